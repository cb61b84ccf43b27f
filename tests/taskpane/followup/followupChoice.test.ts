import { mergeFollowupChoice, parseFollowupChoice } from '../../../src/taskpane/followup/followupChoice';

describe('parseFollowupChoice', () => {
  it('reads the saved tables and the picked column per role, and drops unknown roles and non-text values', () => {
    const json = JSON.stringify({
      allocation: 'Fördelning!A1:C20',
      report: 'Återredovisning 2020!A3:D19',
      columns: { used: 'D', unused: 3, colour: 'B' },
    });
    expect(parseFollowupChoice(json)).toEqual({
      allocation: 'Fördelning!A1:C20',
      report: 'Återredovisning 2020!A3:D19',
      columns: { used: 'D' },
    });
  });

  it('returns no choice for text that is not a JSON object', () => {
    expect(parseFollowupChoice('not json')).toEqual({});
    expect(parseFollowupChoice('null')).toEqual({});
    expect(parseFollowupChoice('"Fördelning"')).toEqual({});
  });
});

describe('mergeFollowupChoice', () => {
  const saved = { allocation: 'A!A1:B3', report: 'R!A1:D9', columns: { used: 'C' } };

  it('keeps the picked columns when only the allocation changes', () => {
    expect(mergeFollowupChoice(saved, { allocation: 'B!A1:B3' }, false)).toEqual({
      allocation: 'B!A1:B3',
      report: 'R!A1:D9',
      columns: { used: 'C' },
    });
  });

  it('forgets the picked columns when another report is chosen', () => {
    expect(mergeFollowupChoice(saved, { report: 'S!A1:D9' }, true)).toEqual({
      allocation: 'A!A1:B3',
      report: 'S!A1:D9',
    });
  });
});
