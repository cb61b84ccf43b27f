import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The built preview (`npx webpack --mode production`). */
export const DIST = resolve(__dirname, '../../dist');
/** Where browser runs put screenshots (git-ignored); scripts/update-screenshots.mjs copies chosen ones to docs/. */
export const SHOTS = resolve(__dirname, '../../test-output/screenshots');
export const CHROMIUM_PATH = '/usr/bin/chromium';
/** Headless Debian chromium that makes no background requests of its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface PreviewOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Browser permissions for the preview's origin, e.g. ['clipboard-read', 'clipboard-write']. */
  readonly permissions?: readonly string[];
  /** Open preview.html right away (default); false leaves the page blank, for timing the load yourself. */
  readonly navigate?: boolean;
}

/** A running preview: one page on dist/preview.html served from loopback, and what it tried or logged. */
export interface Preview {
  readonly origin: string;
  readonly url: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Every request to anywhere but the local server (each was refused). */
  readonly external: string[];
  /** Page errors, console errors and HTTP responses ≥ 400. */
  readonly consoleErrors: string[];
  /** A fresh context + page on the same server and browser, recording into the same lists. */
  readonly newPage: (options?: PreviewOptions) => Promise<Page>;
  readonly close: () => Promise<void>;
}

/**
 * Serves dist/ on a random loopback port, launches headless chromium and opens preview.html in sv-SE with
 * reduced motion. Throws when dist/preview.html or chromium is missing (no silent skip).
 */
export async function launchPreview(options: PreviewOptions = {}): Promise<Preview> {
  if (!existsSync(join(DIST, 'preview.html')))
    throw new Error('dist/preview.html is missing: run `npx webpack --mode production` first.');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: install Debian chromium.`);
  const server = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const external: string[] = [];
  const consoleErrors: string[] = [];
  const contexts: BrowserContext[] = [];
  const newPage = async (o: PreviewOptions = {}) => {
    const context = await browser.newContext({
      viewport: { ...(o.viewport ?? { width: 1440, height: 900 }) },
      locale: 'sv-SE',
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    if (o.permissions) await context.grantPermissions([...o.permissions], { origin: server.origin });
    // Nothing may leave the machine: every request not to our server is recorded and refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.origin + '/')) return route.continue();
      external.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
    });
    if (o.navigate !== false) await page.goto(`${server.origin}/preview.html`);
    return page;
  };
  try {
    const page = await newPage(options);
    return {
      origin: server.origin,
      url: `${server.origin}/preview.html`,
      browser,
      context: contexts[0]!,
      page,
      external,
      consoleErrors,
      newPage,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}

/** A tiny static file server over `root` on a random loopback port. */
export async function serveStatic(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/**
 * Registers the jest hooks that open the preview once for a test file (screenshot folder made, page ready) and close
 * it afterwards; the returned getter gives the open preview inside tests.
 */
export function usePreviewPage(options: PreviewOptions = {}): () => Preview {
  let preview: Preview | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    preview = await launchPreview(options);
    await preview.page.getByRole('heading', { name: 'Länsnyckel – förhandsvisning' }).waitFor();
  });
  afterAll(async () => {
    await preview?.close();
  });
  return () => {
    if (!preview) throw new Error('the preview is not open (usePreviewPage registers beforeAll)');
    return preview;
  };
}
