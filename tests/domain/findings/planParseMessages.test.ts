import { parsePlan, parsePlanText } from '../../../src/domain/plan/parsePlan';
import { PLAN_PARSE_MESSAGES } from '../../../src/domain/findings/planParseMessages';

describe('PLAN_PARSE_MESSAGES', () => {
  it('frames a problem with its JSON path, or without one for the whole plan', () => {
    expect(PLAN_PARSE_MESSAGES.invalid('pots[0].frame', { sv: 'fel typ', en: 'wrong type' })).toEqual({
      sv: 'Planen är ogiltig vid pots[0].frame: fel typ.',
      en: 'The plan is invalid at pots[0].frame: wrong type.',
    });
    expect(PLAN_PARSE_MESSAGES.invalid('', PLAN_PARSE_MESSAGES.tooLarge).sv).toBe(
      'Planen är ogiltig: planen är för stor (över 1 MB).',
    );
  });

  it('is what parsePlan reports: a newer version, bad JSON and a schema issue in both languages', () => {
    const newer = parsePlan({ version: 2, name: 'P', pots: [] });
    expect(!newer.ok && newer.problems[0]?.message.sv).toBe(
      'Planen har version 2 och skapades av en nyare Länsnyckel; den här versionen läser version 1.',
    );
    const bad = parsePlanText('{');
    expect(!bad.ok && bad.problems[0]?.message.sv).toMatch(/^Planen är ogiltig: ogiltig JSON \(/);
    const wrongType = parsePlan({ version: 1, name: 5, pots: [] });
    expect(!wrongType.ok && wrongType.problems[0]?.message.sv).toBe(
      'Planen är ogiltig vid name: fel typ (väntade en text).',
    );
  });
});
