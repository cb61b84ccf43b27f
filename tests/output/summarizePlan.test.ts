import { parsePlan } from '../../src/domain/plan/parsePlan';
import { type Plan } from '../../src/domain/plan/planSchema';
import { summarizePlan } from '../../src/output/summarizePlan';

const JSON_PLAN = {
  version: 1,
  name: 'Jönköping 2021',
  indicators: [{ id: 'bef', name: 'Befolkning 31 dec 2020', source: 'SCB' }],
  pots: [
    {
      id: 'p1',
      name: 'Nära vård',
      frame: { amount: '10 000 000' },
      steps: [
        { kind: 'set-aside', name: 'Samordning', amount: 1900000 },
        { kind: 'key', key: { type: 'indicator', indicator: 'bef' } },
      ],
    },
  ],
};

function parsed(): Plan {
  const result = parsePlan(JSON_PLAN);
  if (!result.ok) throw new Error('fixture plan does not parse');
  return result.plan;
}

describe('summarizePlan', () => {
  it('returns the key, steps in words, sources and the JSON', () => {
    const json = JSON.stringify(JSON_PLAN);
    expect(summarizePlan(parsed(), json, 'sv')).toEqual({
      name: 'Jönköping 2021',
      keyInWords: 'Befolkning 31 dec 2020',
      steps: [
        'Nära vård: ram 10 000 000 kr',
        '  – Samordning: 1 900 000 kr avsätts',
        '  – nyckel: Befolkning 31 dec 2020',
      ],
      json,
      sources: [{ label: 'Befolkning 31 dec 2020', value: 'SCB' }],
    });
  });
});
