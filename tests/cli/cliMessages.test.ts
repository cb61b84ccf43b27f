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

  it('gives a refused input file in both languages, the Swedish worded as the CLI has always printed it', () => {
    const error = new CliInputError(CLI_MESSAGES.fileMissing('x.csv'));
    expect(error.message).toBe('Filen finns inte: x.csv');
    expect(error.text.en).toBe('The file does not exist: x.csv');
    expect(CLI_MESSAGES.sheetMissing('Blad9', 'bok.xlsx', ['Blad1', 'Totalt'])).toEqual({
      sv: 'Bladet "Blad9" finns inte i bok.xlsx (blad: Blad1, Totalt).',
      en: 'Sheet "Blad9" is not in bok.xlsx (sheets: Blad1, Totalt).',
    });
  });

  it('names a tab separator in words and quotes the others', () => {
    expect(CLI_MESSAGES.csvSeparatorMix(3, 'a.csv', '\t', ';')).toEqual({
      sv: 'Rad 3 i a.csv är skriven med tabb som avgränsare men resten av filen med ";". Använd samma avgränsare på alla rader; inget lästes.',
      en: 'Line 3 of a.csv uses tab as separator but the rest of the file ";". Use the same separator on every line; nothing was read.',
    });
  });

  it('says which sheet was searched for a table to check only when one was named', () => {
    expect(CLI_MESSAGES.noTableToCheck('a.xlsx', 'Blad2').sv).toBe(
      'Ingen tabell med kommuner eller regioner hittades i a.xlsx (blad "Blad2"). Länsnyckel letar efter en kolumn med minst två kommun- eller regionnamn; inget kontrollerades.',
    );
    expect(CLI_MESSAGES.noTableToCheck('a.xlsx', undefined).en).toBe(
      'No table of kommuner or regions was found in a.xlsx. Länsnyckel looks for a column with at least two kommun or region names; nothing was checked.',
    );
    expect(CLI_MESSAGES.checkKeyMissing('Vikt', '"Kommun", "Belopp"').sv).toBe(
      'Nyckelkolumnen "Vikt" finns inte i någon tabell ("Kommun", "Belopp").',
    );
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
