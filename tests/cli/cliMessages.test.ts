import { CliInputError } from '../../src/cli/CliInputError';
import { CLI_MESSAGES, CLI_REPORT_WORDS } from '../../src/cli/cliMessages';
import { parseCliArgs } from '../../src/cli/parseCliArgs';

function refusal(run: () => unknown): CliInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliInputError) return error;
    throw error;
  }
  throw new Error('expected a CliInputError');
}

describe('CLI_MESSAGES', () => {
  it('gives a refused command line in Swedish as the message and in English beside it', () => {
    const error = refusal(() =>
      parseCliArgs(['allocate', 'a.csv', '--plan', 'p.json', '--key', 'Befolkning']),
    );
    expect(error.message).toBe('Ange antingen --plan eller --key och --total, inte båda.');
    expect(error.text.en).toBe('Give either --plan or --key and --total, not both.');
  });

  it('names the flag that lacks a value', () => {
    expect(refusal(() => parseCliArgs(['check', 'a.csv', '--sheet'])).text).toEqual({
      sv: '--sheet behöver ett värde.',
      en: '--sheet needs a value.',
    });
  });

  it('says how many other problems stdout lists after the first kind', () => {
    const head = { sv: 'text i nyckeln', en: 'text in the key' };
    expect(CLI_MESSAGES.nothingAllocated(head, 1, 2)).toEqual({
      sv: 'Inget fördelades: text i nyckeln (och 2 andra problem; alla står på stdout)',
      en: 'Nothing was allocated: text in the key (and 2 other problems; all are on stdout)',
    });
    expect(CLI_MESSAGES.nothingAllocated(head, 3, 0).sv).toBe(
      'Inget fördelades: text i nyckeln (alla står på stdout)',
    );
    expect(CLI_MESSAGES.nothingAllocated(head, 1, 0).en).toBe('Nothing was allocated: text in the key');
  });

  it('keeps a plain string (call sites not yet in the catalogue) as the Swedish and the English text', () => {
    expect(new CliInputError('Filen finns inte: x.csv').text).toEqual({
      sv: 'Filen finns inte: x.csv',
      en: 'Filen finns inte: x.csv',
    });
  });
});

describe('CLI_REPORT_WORDS', () => {
  it('heads the allocation report with the frame, the key and the pots, as the report has always read', () => {
    expect(CLI_REPORT_WORDS.sv.allocationHeading('15 700 000', 'Befolkning dec 2019', 1)).toBe(
      'Fördelning av 15 700 000 kr efter "Befolkning dec 2019" (1 pott, största rest)',
    );
    expect(CLI_REPORT_WORDS.en.allocationHeading('15 700 000', undefined, 3)).toBe(
      'Allocation of 15 700 000 kr (3 pots, largest remainder)',
    );
  });

  it('gives the follow-up verdict with or without errors', () => {
    expect(CLI_REPORT_WORDS.sv.verdict(2, 1, 0)).toBe(
      'Resultat: 2 fel, 1 varningar, 0 info – återredovisningen stämmer inte mot fördelningen.',
    );
    expect(CLI_REPORT_WORDS.sv.verdict(0, 0, 3)).toBe(
      'Resultat: inga fel (0 varningar, 3 info) – återredovisningen stämmer mot fördelningen.',
    );
  });
});
