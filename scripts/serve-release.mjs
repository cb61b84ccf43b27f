#!/usr/bin/env node
// Reference static server for Länsnyckel's built files (dist/ or the release zip's web/ folder): it sends exactly
// the headers docs/deploy.md asks a production host for, and the release tests check them against it. Plain Node
// ≥ 20, no dependencies. Production hosting must add HTTPS in front (Office loads add-ins over https only).
//
//   node serve-release.mjs [folder=dist] [--port 8080] [--host 127.0.0.1]
//
// Headers:
//   Content-Security-Policy   on every .html page: the page's own <meta http-equiv="Content-Security-Policy">,
//                             copied verbatim, so the header and the meta tag can never disagree.
//   Cache-Control             content-hashed files (name.0123abcd.js): public, max-age=31536000, immutable;
//                             everything else (functions.js, functions*.json, *.html, manifest.xml, icons): no-cache,
//                             so a new release is picked up on the next load (ETag revalidation, 304).
//   X-Content-Type-Options    nosniff
//   Access-Control-Allow-Origin  * on the custom functions' files (functions.js, functions*.json), as the Office
//                             dev server sends them.
import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** webpack's `[name].[contenthash:8].js`: the content decides the name, so it may be cached for ever. */
export const HASHED_FILE = /\.[0-9a-f]{8}\.(?:js|css)$/;
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

/** Cache-Control for a file by its path relative to the served folder. */
export function cacheControl(relativePath) {
  return HASHED_FILE.test(relativePath) ? IMMUTABLE : NO_CACHE;
}

/** The content of a page's `<meta http-equiv="Content-Security-Policy">`, or undefined when it has none. */
export function metaContentSecurityPolicy(html) {
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = Object.fromEntries(
      [...tag.matchAll(/([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)].map((m) => [
        m[1].toLowerCase(),
        decodeEntities(m[2] ?? m[3] ?? m[4]),
      ]),
    );
    if (attributes['http-equiv']?.toLowerCase() === 'content-security-policy') return attributes.content;
  }
  return undefined;
}

function decodeEntities(text) {
  return text
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The response headers for one file of the served folder. */
export function headersFor(relativePath, absolutePath, stat) {
  const headers = {
    'Content-Type': TYPES[extname(relativePath)] ?? 'application/octet-stream',
    'Content-Length': String(stat.size),
    'Cache-Control': cacheControl(relativePath),
    ETag: `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`,
    'Last-Modified': stat.mtime.toUTCString(),
    'X-Content-Type-Options': 'nosniff',
  };
  if (relativePath.endsWith('.html')) {
    const csp = metaContentSecurityPolicy(readFileSync(absolutePath, 'utf8'));
    if (csp) headers['Content-Security-Policy'] = csp;
  }
  if (/^functions(\.[a-z]{2})?\.(js|json)$/.test(relativePath)) headers['Access-Control-Allow-Origin'] = '*';
  return headers;
}

/**
 * Serves `folder` on host:port (port 0 = any free port) with the headers above. GET and HEAD only; anything outside
 * the folder, missing, or a directory is 404.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function serveRelease(folder, { port = 0, host = '127.0.0.1' } = {}) {
  const root = realpathSync(resolve(folder));
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let file;
    try {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      file = realpathSync(join(root, pathname));
      if (!file.startsWith(root + sep) || !statSync(file).isFile()) file = undefined;
    } catch {
      file = undefined;
    }
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end('not found');
      return;
    }
    const rel = relative(root, file).split(sep).join('/');
    const headers = headersFor(rel, file, statSync(file));
    if (req.headers['if-none-match'] === headers.ETag) {
      delete headers['Content-Length'];
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, headers);
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  const address = server.address();
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    origin: `http://${shownHost}:${address.port}`,
    close: () => new Promise((done, fail) => server.close((e) => (e ? fail(e) : done()))),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    if (i < 0) return fallback;
    const [, value] = args.splice(i, 2);
    return value;
  };
  const port = Number(option('--port', '8080'));
  const host = option('--host', '127.0.0.1');
  const folder = args[0] ?? 'dist';
  try {
    const { origin } = await serveRelease(folder, { port, host });
    console.log(`Länsnyckel: serving ${resolve(folder)} at ${origin}/ (Ctrl+C stops)`);
  } catch (error) {
    console.error(`serve-release: ${error.message}`);
    process.exitCode = 2;
  }
}
