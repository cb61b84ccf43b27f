import { PORT_ERROR_MESSAGES } from '../../src/port/portMessages';
import { ExcelWorkbookPort } from '../../src/excel/ExcelWorkbookPort';
import { type PortErrorCode } from '../../src/port/WorkbookPort';
import { handBuiltPlan, workbookWithSource } from '../helpers/fakeExcel/handBuiltPlan';

// All five Office error codes at every sync of a write and of a read. tests/excel/writeSheetPlan.test.ts varies
// the position inside a sync for three codes; this matrix covers every code at every sync of a chunked write.

const CODES: Readonly<Record<string, PortErrorCode>> = {
  InvalidOperationInCellEditMode: 'cell-edit-mode',
  RequestPayloadSizeLimitExceeded: 'payload-too-large',
  ItemNotFound: 'not-found',
  AccessDenied: 'access-denied',
  GeneralException: 'general',
};
const PLAN = handBuiltPlan(40);
// Small enough that even the speculative write (inspection in its first batch) takes four syncs or more.
const BUDGET = { budgetBytes: 4_000 };

async function reference(replacing: boolean) {
  const fake = workbookWithSource(40);
  if (replacing)
    await new ExcelWorkbookPort(fake.host).writePlan(handBuiltPlan(40, 'old'), { replaceExisting: false });
  const before = fake.model.snapshot();
  const base = fake.stats.syncs;
  const result = await new ExcelWorkbookPort(fake.host, BUDGET).writePlan(PLAN, { replaceExisting: true });
  expect(result.ok).toBe(true);
  return { before, after: fake.model.snapshot(), syncs: fake.stats.syncs - base };
}

describe('Excel failures during a write', () => {
  it.each([false, true])(
    'each of the five codes at every sync leaves the workbook unchanged or fully written (replacing output: %s)',
    async (replacing) => {
      const ref = await reference(replacing);
      expect(ref.syncs).toBeGreaterThanOrEqual(4);
      const seen = { unchanged: 0, written: 0 };
      for (const [code, portCode] of Object.entries(CODES)) {
        for (let s = 1; s <= ref.syncs; s++) {
          const fake = workbookWithSource(40);
          if (replacing)
            await new ExcelWorkbookPort(fake.host).writePlan(handBuiltPlan(40, 'old'), {
              replaceExisting: false,
            });
          fake.inject({ atSync: fake.stats.syncs + s, code, afterOps: 1 });
          const result = await new ExcelWorkbookPort(fake.host, BUDGET).writePlan(PLAN, {
            replaceExisting: true,
          });
          const after = fake.model.snapshot();
          if (result.ok) {
            seen.written++;
            expect(after).toEqual(ref.after);
            continue;
          }
          seen.unchanged++;
          expect(after).toEqual(ref.before);
          expect(result.error.code).toBe(portCode);
          if (portCode === 'general')
            expect(result.error.message.sv).toMatch(
              /^Excel kunde inte slutföra åtgärden\. \(GeneralException: /,
            );
          else expect(result.error.message).toEqual(PORT_ERROR_MESSAGES[portCode]);
        }
      }
      expect(seen.unchanged).toBeGreaterThan(0);
      expect(seen.written).toBeGreaterThan(0);
    },
  );

  it('says what to do in Swedish for every code', () => {
    expect(Object.values(CODES).map((c) => PORT_ERROR_MESSAGES[c].sv)).toEqual([
      'Excel redigerar en cell just nu. Avsluta redigeringen av cellen (Enter eller Esc) och försök igen.',
      'Området är för stort för att skickas till Excel i ett svep. Gör det mindre och försök igen.',
      'Bladet eller området finns inte längre. Det kan ha bytt namn eller tagits bort.',
      'Excel nekade ändringen. Arbetsboken kan vara skrivskyddad eller skyddad.',
      'Excel kunde inte slutföra åtgärden.',
    ]);
  });
});

describe('Excel failures during a read', () => {
  it('each of the five codes at every sync gives the same Grid (payload: retried smaller) or a PortError; nothing changes', async () => {
    const small = { budgetBytes: 4_000 };
    const whole = await new ExcelWorkbookPort(workbookWithSource(60).host, small).readSheet('Befolkning');
    if (!whole.ok) throw new Error(whole.error.message.en);
    const syncs = (() => {
      const f = workbookWithSource(60);
      return new ExcelWorkbookPort(f.host, small).readSheet('Befolkning').then(() => f.stats.syncs);
    })();
    const total = await syncs;
    expect(total).toBeGreaterThanOrEqual(4);
    for (const [code, portCode] of Object.entries(CODES)) {
      for (let s = 1; s <= total; s++) {
        const fake = workbookWithSource(60);
        const before = fake.model.snapshot();
        fake.inject({ atSync: s, code });
        const result = await new ExcelWorkbookPort(fake.host, small).readSheet('Befolkning');
        expect(fake.model.snapshot()).toEqual(before);
        if (result.ok) {
          // Only a payload refusal of a chunk is recoverable (Excel on the web may report it as a bare
          // GeneralException): the chunk is read again in halves.
          expect(['RequestPayloadSizeLimitExceeded', 'GeneralException']).toContain(code);
          expect(result.value).toEqual(whole.value);
          continue;
        }
        expect(result.error.code).toBe(portCode);
        if (portCode === 'not-found')
          expect(result.error.message.sv).toBe(
            'Bladet Befolkning finns inte längre. Det kan ha bytt namn eller tagits bort.',
          );
      }
    }
  });
});
