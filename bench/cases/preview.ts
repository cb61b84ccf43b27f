// Preview host time to interactive in headless Chromium: navigation until the pane lists the workbook's sheets.
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, DIST, launchPreview } from '../../tests/helpers/launchPreview';
import { summarize, type Timing } from '../measure';

/** Median over fresh page loads (new context each time, so no warm cache). */
export async function previewTimeToInteractive(loads = 7): Promise<Timing | undefined> {
  if (!fs.existsSync(path.join(DIST, 'preview.html')) || !fs.existsSync(CHROMIUM_PATH)) {
    console.log(
      'preview time to interactive: not measured (needs dist/ from `npm run build` and /usr/bin/chromium)',
    );
    return undefined;
  }
  const preview = await launchPreview({ navigate: false });
  const samples: number[] = [];
  try {
    for (let i = 0; i < loads; i++) {
      const page = i === 0 ? preview.page : await preview.newPage({ navigate: false });
      const t0 = Date.now();
      await page.goto(preview.url);
      await page.getByRole('list', { name: 'Blad i arbetsboken' }).getByRole('listitem').first().waitFor();
      samples.push(Date.now() - t0);
      await page.context().close();
    }
  } finally {
    await preview.close();
  }
  if (preview.consoleErrors.length > 0 || preview.external.length > 0)
    throw new Error(
      `the preview logged errors or called out: ${[...preview.consoleErrors, ...preview.external]}`,
    );
  return summarize(samples);
}
