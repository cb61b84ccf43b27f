import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startReleaseServer } from '../helpers/runNodeScript';

// The task pane page's own CSP meta, read from src/app/taskpane.html (the header must repeat it verbatim, so a
// change to the page's policy flows into the header).
const TASKPANE_CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync(join(ROOT, 'src', 'app', 'taskpane.html'), 'utf8'),
)![1];

describe('scripts/serve-release.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lansnyckel-serve-'));
  let server: { origin: string; stop: () => void };

  beforeAll(async () => {
    copyFileSync(join(ROOT, 'src', 'app', 'taskpane.html'), join(dir, 'taskpane.html'));
    writeFileSync(join(dir, 'taskpane.0123abcd.js'), 'console.log(1);');
    writeFileSync(join(dir, 'functions.js'), 'console.log(2);');
    writeFileSync(join(dir, 'functions.json'), '{"functions":[]}');
    writeFileSync(join(dir, 'manifest.xml'), '<OfficeApp/>');
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'assets', 'icon-32.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = await startReleaseServer(dir);
  });

  afterAll(() => {
    server?.stop();
    rmSync(dir, { recursive: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}${path}`, { headers });

  it('sends the page CSP meta tag as a Content-Security-Policy header, and no-cache', async () => {
    const res = await get('/taskpane.html');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(TASKPANE_CSP).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(res.headers.get('content-security-policy')).toBe(TASKPANE_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('caches content-hashed scripts for a year, immutable', async () => {
    const res = await get('/taskpane.0123abcd.js');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(await res.text()).toBe('console.log(1);');
  });

  it.each([
    ['/functions.js', 'text/javascript; charset=utf-8', '*'],
    ['/functions.json', 'application/json; charset=utf-8', '*'],
    ['/manifest.xml', 'application/xml; charset=utf-8', null],
    ['/assets/icon-32.png', 'image/png', null],
  ])('serves fixed-name file %s with no-cache', async (path, type, cors) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('access-control-allow-origin')).toBe(cors);
  });

  it('answers a revalidation with the same ETag by 304', async () => {
    const first = await get('/functions.js');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get('/functions.js', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
  });

  it('returns 404 for missing files, folders and paths outside the folder', async () => {
    expect((await get('/finns-inte.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get('/..%2fpackage.json')).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(`${server.origin}/taskpane.html`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });
});
