import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Content-Security-Policy meta of a page in src/app, as directive → sources. */
function csp(page: string): Record<string, string[]> {
  const html = readFileSync(join(__dirname, '../../src/app', page), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  if (!content) throw new Error(`${page} has no CSP meta`);
  return Object.fromEntries(
    content.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name ?? '', sources];
    }),
  );
}

describe('the pages’ Content-Security-Policy', () => {
  it('draws images only from self and data: on every page (the chart PNG goes through a data: URL, not blob:)', () => {
    for (const page of ['taskpane.html', 'preview.html', 'presentation.html'])
      expect(csp(page)['img-src']).toEqual(["'self'", 'data:']);
  });

  it('lets the Office pages reach office.js telemetry (Aria collectors) and nothing else beyond self', () => {
    // office.js loads telemetry/oteljs_agave.js, which posts to https://<region>.pipe.aria.microsoft.com/Collector/3.0.
    for (const page of ['taskpane.html', 'presentation.html'])
      expect(csp(page)['connect-src']).toEqual(["'self'", 'https://*.pipe.aria.microsoft.com']);
    // The preview loads no office.js and may connect nowhere else.
    expect(csp('preview.html')['connect-src']).toEqual(["'self'"]);
  });

  it('gives the presentation window the task pane’s policy (it loads office.js as an Office dialog)', () => {
    expect(csp('presentation.html')).toEqual(csp('taskpane.html'));
  });
});
