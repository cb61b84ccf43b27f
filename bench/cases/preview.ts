// Preview host time to interactive in headless Chromium: navigation until the pane lists the workbook's sheets.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/e2e/staticServer';
import { summarize, type Timing } from '../measure';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Median over fresh page loads (new context each time, so no warm cache). */
export async function previewTimeToInteractive(loads = 7): Promise<Timing | undefined> {
  const dist = path.join(__dirname, '..', '..', 'dist');
  if (!fs.existsSync(path.join(dist, 'preview.html')) || !fs.existsSync('/usr/bin/chromium')) {
    console.log(
      'preview time to interactive: skipped (needs dist/ from `npm run build` and /usr/bin/chromium)',
    );
    return undefined;
  }
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'sv-SE' });
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${server.origin}/preview.html`);
      await page.getByRole('list', { name: 'Blad i arbetsboken' }).getByRole('listitem').first().waitFor();
      samples.push(Date.now() - t0);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return summarize(samples);
}
