// What-if in a meeting: a knob moves → parse the plan, allocate 290 kommuner × 3 pots, diff against the other
// scenario (the work the pane does before it repaints); and the repaint itself in the built preview.
import fs from 'node:fs';
import path from 'node:path';
import { diffAllocations } from '../../src/domain/allocation/diffAllocations';
import { fromBigInt } from '../../src/domain/money/arithmetic';
import { fromNumber } from '../../src/domain/money/fromNumber';
import { type Rational } from '../../src/domain/money/Rational';
import { allocatePlan } from '../../src/domain/plan/allocatePlan';
import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type PlanJson } from '../../src/domain/plan/planSchema';
import { setKnob, type KnobId } from '../../src/taskpane/meeting/whatIfKnobs';
import { CHROMIUM_PATH, DIST, launchPreview } from '../../tests/helpers/launchPreview';
import { summarize, type Timing } from '../measure';
import { need } from '../need';

const FIXTURE = path.join(
  __dirname,
  '..',
  '..',
  'tests',
  'fixtures',
  'engine',
  'befolkning-1nov2024-kommun.csv',
);

function meetingInputs() {
  const rows = fs
    .readFileSync(FIXTURE, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split(','));
  const units = rows.map(([code, name]) => ({
    id: need(code, 'kommun code'),
    code: need(code, 'kommun code'),
    name: need(name, 'kommun name'),
  }));
  const population: Record<string, Rational> = {};
  const mottagare: Record<string, Rational> = {};
  rows.forEach(([code, , pop], i) => {
    const id = need(code, 'kommun code');
    population[id] = fromBigInt(BigInt(need(pop, 'population')));
    mottagare[id] = fromBigInt(BigInt(need(pop, 'population')) / 25n + BigInt((i * 37) % 400));
  });
  type Step = PlanJson['pots'][number]['steps'][number];
  const blend: Step = {
    kind: 'key',
    key: {
      type: 'blend',
      parts: [
        { indicator: 'population', weight: 50 },
        { indicator: 'mottagare', weight: 50 },
      ],
    },
  };
  const byPopulation = { kind: 'key', key: { type: 'indicator', indicator: 'population' } } as const;
  const plan: PlanJson = {
    version: 1,
    name: '290 kommuner × 3 potter',
    pots: [
      {
        id: 'nara-vard',
        name: 'Nära vård',
        frame: { amount: '750000000' },
        steps: [
          { kind: 'set-aside', name: 'Samordning', amount: '1900000' },
          blend,
          { kind: 'limits', floor: '300000' },
        ],
      },
      {
        id: 'medarbetare',
        name: 'Vårdens medarbetare',
        frame: { amount: '150000000' },
        steps: [byPopulation],
      },
      {
        id: 'vidareutbildning',
        name: 'Vidareutbildning',
        frame: { amount: '100000000' },
        steps: [{ kind: 'base', amount: '100000' }, byPopulation],
      },
    ],
  };
  const parsed = parsePlan(plan);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message.en).join('\n'));
  const indicators = { population, mottagare };
  const before = allocatePlan(parsed.plan, units, indicators);
  if (!before.ok) throw new Error('the meeting plan does not allocate');
  return { plan, units, indicators, before: before.allocation };
}

function knobCase(knob: KnobId, values: readonly number[]): () => void {
  const { plan, units, indicators, before } = meetingInputs();
  // Knob positions become exact amounts before timing, as the slider hands the panel a Rational.
  const amounts = values.map(fromNumber);
  let i = 0;
  return () => {
    // A different value each run, as in a meeting: nothing can be cached between runs.
    const next = setKnob(plan, 0, knob, need(amounts[i++ % amounts.length], 'knob value'));
    const parsed = parsePlan(next);
    if (!parsed.ok) throw new Error(`${knob}: ${parsed.problems[0]?.message.en}`);
    const after = allocatePlan(parsed.plan, units, indicators);
    if (!after.ok) throw new Error(`${knob}: ${after.problems[0]?.message.en}`);
    if (diffAllocations(before, after.allocation).length !== units.length) throw new Error('diff lost units');
  };
}

/**
 * More values than a case has runs (warm-up and the 500-run cap included), each new: the engine remembers recent
 * pots, so cycling through a few values would time cache hits instead of the recomputation of the changed pot.
 */
function distinct(from: number, step: number): number[] {
  return Array.from({ length: 600 }, (_, i) => Math.round((from + i * step) * 100) / 100);
}

/** Recompute after one knob change, 290 kommuner × 3 pots (target: median < 16 ms, one frame). */
export const whatIfCases: { name: string; run: () => void }[] = [
  {
    name: 'what-if: set-aside → recompute 290 × 3 + diff',
    run: knobCase('setAside', distinct(900_000, 1_000)),
  },
  {
    name: 'what-if: floor → recompute 290 × 3 + diff',
    run: knobCase('floor', distinct(250_000, 100)),
  },
  {
    name: 'what-if: grundbelopp → recompute 290 × 3 + diff',
    run: knobCase('base', distinct(0, 100)),
  },
  {
    name: 'what-if: blend weight → recompute 290 × 3 + diff',
    run: knobCase('blendWeight', distinct(30, 0.05)),
  },
];

/**
 * In the built preview (dist/preview.html) at 1920 × 1080: opens presentation mode, types a new set-aside into
 * the what-if box, and times in the page from the commit (Enter) to the frame after the sum cell shows the new
 * total; `runs` (≥ 10) different values. Undefined (with a note) only when dist/ or chromium is missing; throws
 * when the page does not behave. Target: median < 50 ms.
 */
export async function measureWhatIfRepaint(runs = 15): Promise<Timing | undefined> {
  if (runs < 10) throw new RangeError(`at least 10 runs for a median: ${runs}`);
  if (!fs.existsSync(path.join(DIST, 'preview.html')) || !fs.existsSync(CHROMIUM_PATH)) {
    console.log('what-if repaint: not measured (needs dist/ from `npm run build` and /usr/bin/chromium)');
    return undefined;
  }
  const preview = await launchPreview({ viewport: { width: 1920, height: 1080 } });
  try {
    const page = preview.page;
    await page.getByRole('tab', { name: /Förhandsgranska/ }).click();
    const toggle = page.getByRole('button', { name: 'Presentationsläge' });
    await toggle.and(page.locator(':enabled')).waitFor({ timeout: 20_000 });
    await toggle.click();
    await page.getByTestId('presentation-total').waitFor();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const amount = 1_000_000 + 100_000 * (i % 2 === 0 ? i : i + 17);
      samples.push(await page.evaluate(timeOneEdit, amount));
    }
    if (preview.consoleErrors.length > 0) throw new Error(`the preview logged: ${preview.consoleErrors}`);
    return summarize(samples);
  } finally {
    await preview.close();
  }
}

/** Runs in the page: commit a typed set-aside, resolve with ms until the frame after the total changed. */
async function timeOneEdit(amount: number): Promise<number> {
  const input = document.querySelector<HTMLInputElement>(
    '[data-testid="what-if"] input[aria-label="Länsgemensamt, avsätts först"]',
  );
  const total = document.querySelector('[data-testid="presentation-total"]');
  if (!input || !total) throw new Error('what-if box or total missing');
  const before = total.textContent;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setValue.call(input, String(amount));
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const changed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the total did not change within 5 s')), 5000);
    const observer = new MutationObserver(() => {
      if (total.textContent !== before) {
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    observer.observe(total, { characterData: true, childList: true, subtree: true });
  });
  const t0 = performance.now();
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  await changed;
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  return performance.now() - t0;
}
