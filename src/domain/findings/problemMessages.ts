import { formatAmount } from '../money/formatAmount';
import { type Rational } from '../money/Rational';
import { type LocalizedText } from './Finding';

const q = (s: string): string => `”${s}”`;

/**
 * Every user-facing text of a problem that stops or qualifies an allocation (allocation input, plan inputs read
 * from a table, the rounding engine, plan pots), keyed by problem; callers pass values, never wording. Findings
 * on a table have their own catalogue, MESSAGES in ./messages.
 */
export const PROBLEM_MESSAGES = {
  // checkAllocationInput
  mergedCells: (p: { areas: string }): LocalizedText => ({
    sv: `Tabellen har sammanslagna celler (${p.areas}). En sammanslagen cell har bara ett värde, i sin översta cell; de andra raderna blir tomma. Dela upp sammanslagningen och fyll i varje rad.`,
    en: `The table has merged cells (${p.areas}). A merged cell has only one value, in its top cell; the other rows are blank. Unmerge the cells and fill in every row.`,
  }),
  keyCellError: (p: { column: string; unit: string; cell: string; error: string }): LocalizedText => ({
    sv: `Nyckeln ${q(p.column)} för ${q(p.unit)} (${p.cell}) visar felvärdet ${p.error}. Rätta formeln.`,
    en: `The key "${p.column}" for "${p.unit}" (${p.cell}) shows the error ${p.error}. Fix the formula.`,
  }),
  /** `text` as the user should see it (already shortened). */
  keyCellText: (p: { column: string; unit: string; cell: string; text: string }): LocalizedText => ({
    sv: `Nyckeln ${q(p.column)} för ${q(p.unit)} (${p.cell}) är texten ${q(p.text)}, inte ett tal. Skriv in ett tal.`,
    en: `The key "${p.column}" for "${p.unit}" (${p.cell}) is the text "${p.text}", not a number. Enter a number.`,
  }),
  keyCellBlank: (p: { column: string; unit: string; cell: string }): LocalizedText => ({
    sv: `Nyckeln ${q(p.column)} för ${q(p.unit)} (${p.cell}) är tom. Fyll i värdet (0 om enheten inte ska ha något).`,
    en: `The key "${p.column}" for "${p.unit}" (${p.cell}) is blank. Fill in the value (0 if the unit gets nothing).`,
  }),
  keyNegative: (p: { column: string; unit: string; cell: string; value: number }): LocalizedText => ({
    sv: `Nyckeln ${q(p.column)} för ${q(p.unit)} (${p.cell}) är negativ (${formatAmount(p.value, 'sv')}). En nyckel måste vara 0 eller mer.`,
    en: `The key "${p.column}" for "${p.unit}" (${p.cell}) is negative (${formatAmount(p.value, 'en')}). A key must be 0 or more.`,
  }),
  keyAllZero: (p: { column: string; first: string; last: string }): LocalizedText => ({
    sv: `Nyckeln ${q(p.column)} är 0 för alla rader (${p.first}:${p.last}), så det finns inget att fördela efter. Kontrollera att rätt kolumn är vald.`,
    en: `The key "${p.column}" is 0 on every row (${p.first}:${p.last}), so there is nothing to allocate by. Check that the right column is chosen.`,
  }),
  unknownUnit: (p: { unit: string; cell: string }): LocalizedText => ({
    sv: `${q(p.unit)} (${p.cell}) är ingen känd kommun eller region men får ett belopp. Kontrollera namnet.`,
    en: `"${p.unit}" (${p.cell}) is not a known kommun or region but gets an amount. Check the name.`,
  }),
  /** `list`: the hidden rows as the user should see them ("4 (Mora), 9 (Rättvik)"). */
  hiddenRows: (p: { count: number; list: string }): LocalizedText => ({
    sv: `Dolda eller filtrerade rader räknas med i fördelningen: ${p.count > 1 ? 'raderna' : 'rad'} ${p.list}. Visa raderna om de inte ska vara med och ta bort dem.`,
    en: `Hidden or filtered rows are included in the allocation: ${p.count > 1 ? 'rows' : 'row'} ${p.list}. Show the rows and delete them if they do not belong.`,
  }),
  unallocatedRows: (p: { rows: readonly string[]; list: string }): LocalizedText => ({
    sv: `${p.rows.length > 1 ? 'Raderna' : 'Rad'} ${p.list} inne i tabellen har inget kommun- eller regionnamn och får inget belopp.`,
    en: `${p.rows.length > 1 ? 'Rows' : 'Row'} ${p.list} inside the table ${p.rows.length > 1 ? 'have' : 'has'} no kommun or region name and ${p.rows.length > 1 ? 'get' : 'gets'} no amount.`,
  }),

  // planInputsFromTable
  referencePopulationNote: (): LocalizedText => ({
    sv: 'Befolkning 1 nov 2024 (SCB) från referenslistan',
    en: 'Population 1 Nov 2024 (SCB) from the reference list',
  }),
  missingColumn: (p: { indicator: string; table: string }): LocalizedText => ({
    sv: `Kolumnen "${p.indicator}" finns inte i tabellen ${p.table}.`,
    en: `The column "${p.indicator}" is not in the table ${p.table}.`,
  }),
  missingValue: (p: { indicator: string; unit: string; cell: string }): LocalizedText => ({
    sv: `Nyckeln "${p.indicator}" saknar värde för "${p.unit}" i ${p.cell}.`,
    en: `The key "${p.indicator}" has no value for "${p.unit}" in ${p.cell}.`,
  }),
  missingReferencePopulation: (p: { indicator: string; unit: string }): LocalizedText => ({
    sv: `Tabellen saknar kolumnen "${p.indicator}" och referenslistan har ingen befolkning för "${p.unit}".`,
    en: `The table has no column "${p.indicator}" and the reference list has no population for "${p.unit}".`,
  }),

  // the rounding engine (prepareQuotas)
  frameNotMultiple: (p: { total: Rational; unit: Rational }): LocalizedText => ({
    sv: `Ramen (${formatAmount(p.total, 'sv')} kr) är inte en jämn multipel av avrundningsenheten (${formatAmount(p.unit, 'sv')} kr).`,
    en: `The frame (${formatAmount(p.total, 'en')} kr) is not a whole multiple of the rounding unit (${formatAmount(p.unit, 'en')} kr).`,
  }),
  /** Names the unit when known; otherwise `row`, its 1-based position among the weights ("rad N"). */
  negativeKey: (p: { row: number; name?: string }): LocalizedText => ({
    sv: `Fördelningsnyckeln är negativ för ${p.name === undefined ? `rad ${p.row}` : q(p.name)}; en nyckel måste vara 0 eller större.`,
    en: `The key is negative for ${p.name === undefined ? `row ${p.row}` : `"${p.name}"`}; a key must be 0 or more.`,
  }),
  zeroKey: (): LocalizedText => ({
    sv: 'Fördelningsnyckeln summerar till 0, så inget kan fördelas efter den.',
    en: 'The key sums to 0, so nothing can be distributed by it.',
  }),

  // plan pots (allocatePlan, allocatePot)
  /** A pot-level problem's text, led by the pot's name. */
  inPot: (p: { pot: string; text: LocalizedText }): LocalizedText => ({
    sv: `Potten ${q(p.pot)}: ${p.text.sv}`,
    en: `Pot "${p.pot}": ${p.text.en}`,
  }),

  // prepareAllocation: a key column with suppressed values ("..", "<15") is refused as a whole.
  /** `cells`: the first cells, already joined; `more`: how many are not listed. */
  keySuppressed: (p: {
    column: string;
    count: number;
    marks: string;
    cells: string;
    more: number;
  }): LocalizedText => ({
    sv: `Nyckeln ${q(p.column)} har ${p.count} ${p.count === 1 ? 'undertryckt värde' : 'undertryckta värden'} (${p.marks}) i ${p.cells}${p.more > 0 ? ` och ${p.more} till` : ''}. Ett undertryckt värde är okänt, så kolumnen kan inte användas som nyckel; välj en annan nyckel eller fyll i värdena.`,
    en: `The key "${p.column}" has ${p.count} suppressed ${p.count === 1 ? 'value' : 'values'} (${p.marks}) in ${p.cells}${p.more > 0 ? ` and ${p.more} more` : ''}. A suppressed value is unknown, so the column cannot be used as a key; choose another key or fill in the values.`,
  }),
  /** Several problems of one kind, told once: `first` is the first one's text. */
  manyProblems: (p: { count: number; first: LocalizedText }): LocalizedText => ({
    sv: `${p.count} problem av samma slag, t.ex.: ${p.first.sv}`,
    en: `${p.count} problems of the same kind, e.g.: ${p.first.en}`,
  }),
};

/**
 * Kronor in a message: Swedish "−1 900 000,50 kr" (no-break space, U+2212 minus, decimal comma) or English
 * "-1,900,000.50 kr"; two decimals when not whole.
 * @example krText({ num: -1900000n, den: 1n }) //=> '−1 900 000 kr'
 */
export function krText(r: Rational, lang: 'sv' | 'en' = 'sv'): string {
  return `${formatAmount(r, lang, r.den === 1n ? 0 : 2)} kr`;
}
const kr = krText;

/**
 * The plan's rules, as its checks (checkPlan: JSON path, PLAN_MESSAGES.atPath) and its pots (checkPot, keyShares:
 * PROBLEM_MESSAGES.inPot) report them, and the notes a pot's audit trail carries. Callers pass values, never
 * wording.
 */
export const PLAN_MESSAGES = {
  /** A plan-level problem's text, led by its JSON path. */
  atPath: (p: { path: string; text: LocalizedText }): LocalizedText => ({
    sv: `Planen vid ${p.path}: ${p.text.sv}`,
    en: `The plan at ${p.path}: ${p.text.en}`,
  }),

  // checkPlan: what the schema cannot express
  duplicatePotId: (p: { id: string }): LocalizedText => ({
    sv: `pottens id "${p.id}" finns redan.`,
    en: `pot id "${p.id}" is used twice.`,
  }),
  planFrameNotMultiple: (): LocalizedText => ({
    sv: 'ramen är inte en jämn multipel av avrundningsenheten.',
    en: 'the frame is not a whole multiple of the rounding unit.',
  }),
  oneKeyPerPot: (): LocalizedText => ({
    sv: 'en pott kan ha högst en nyckel.',
    en: 'a pot can have at most one key.',
  }),
  oneLimitsPerPot: (): LocalizedText => ({
    sv: 'en pott kan ha högst ett golv/tak-steg.',
    en: 'a pot can have at most one floor/cap step.',
  }),
  limitsNeedKey: (): LocalizedText => ({
    sv: 'golv och tak kräver en nyckel som omfördelar.',
    en: 'floors and caps need a key to redistribute by.',
  }),
  blendWeightsNot100: (): LocalizedText => ({
    sv: 'vikterna i en viktad nyckel måste summera till 100 %.',
    en: 'the weights of a blended key must sum to 100 %.',
  }),
  tiersNotAscending: (): LocalizedText => ({
    sv: 'storleksklassernas gränser måste vara stigande.',
    en: 'tier thresholds must be ascending.',
  }),
  capBelowFloor: (): LocalizedText => ({
    sv: 'taket är lägre än golvet.',
    en: 'the cap is below the floor.',
  }),
  setAsidesExceedFrame: (): LocalizedText => ({
    sv: 'avsättningarna är större än ramen.',
    en: 'the set-asides exceed the frame.',
  }),

  // a pot's frame (allocatePlan)
  frameUnresolved: (p: { cell: string }): LocalizedText => ({
    sv: `ramen ska hämtas från ${p.cell} men har inget värde.`,
    en: `the frame should come from ${p.cell} but has no value.`,
  }),
  negativeFrame: (p: { frame: Rational }): LocalizedText => ({
    sv: `ramen (${kr(p.frame, 'sv')}) är negativ.`,
    en: `the frame (${kr(p.frame, 'en')}) is negative.`,
  }),
  frameNotMultiple: (p: { frame: Rational }): LocalizedText => ({
    sv: `ramen (${kr(p.frame, 'sv')}) är inte en jämn multipel av avrundningsenheten.`,
    en: `the frame (${kr(p.frame, 'en')}) is not a whole multiple of the rounding unit.`,
  }),

  // a pot's steps (checkPot)
  distributedNotMultiple: (p: { distributed: Rational }): LocalizedText => ({
    sv: `det som fördelas (${kr(p.distributed, 'sv')}) är inte en jämn multipel av avrundningsenheten.`,
    en: `the amount to distribute (${kr(p.distributed, 'en')}) is not a whole multiple of the rounding unit.`,
  }),
  fixedForUnknownUnit: (p: { unit: string }): LocalizedText => ({
    sv: `fast belopp för ${q(p.unit)}, som inte finns bland enheterna.`,
    en: `fixed amount for "${p.unit}", which is not among the units.`,
  }),
  fixedExceedFrame: (p: { fixed: Rational; distributed: Rational }): LocalizedText => ({
    sv: `fasta belopp, storleksklasser och grundbelopp (${kr(p.fixed, 'sv')}) överstiger det som fördelas (${kr(p.distributed, 'sv')}).`,
    en: `fixed amounts, tiers and base amounts (${kr(p.fixed, 'en')}) exceed the amount to distribute (${kr(p.distributed, 'en')}).`,
  }),
  restWithoutKey: (p: { rest: Rational }): LocalizedText => ({
    sv: `${kr(p.rest, 'sv')} blir kvar men potten har ingen nyckel att fördela resten efter.`,
    en: `${kr(p.rest, 'en')} is left over but the pot has no key to distribute the rest by.`,
  }),
  floorsExceedFrame: (p: { floors: Rational; target: Rational }): LocalizedText => ({
    sv: `golven (${kr(p.floors, 'sv')} med grundbelopp och storleksklasser) är större än det som fördelas (${kr(p.target, 'sv')}).`,
    en: `the floors (${kr(p.floors, 'en')} with base amounts and tiers) exceed the amount to distribute (${kr(p.target, 'en')}).`,
  }),
  capsBelowFrame: (p: { target: Rational }): LocalizedText => ({
    sv: `taken räcker inte för att fördela hela beloppet (${kr(p.target, 'sv')}).`,
    en: `the caps are too low to distribute the whole amount (${kr(p.target, 'en')}).`,
  }),

  // a pot's key (keyShares)
  indicatorSumsToZero: (p: { indicator: string }): LocalizedText => ({
    sv: `indikatorn ${q(p.indicator)} summerar till 0.`,
    en: `indicator "${p.indicator}" sums to 0.`,
  }),
  indicatorMissing: (p: { unit: string; indicator: string }): LocalizedText => ({
    sv: `${p.unit} saknar värde för ${q(p.indicator)}.`,
    en: `${p.unit} has no value for "${p.indicator}".`,
  }),
  indicatorNegative: (p: { unit: string; indicator: string }): LocalizedText => ({
    sv: `${p.unit} har ett negativt värde för ${q(p.indicator)}.`,
    en: `${p.unit} has a negative value for "${p.indicator}".`,
  }),

  // a pot's notes (computePot)
  roundEachDrift: (p: { drift: Rational }): LocalizedText => ({
    sv: `Varje belopp avrundat för sig: summan avviker från ramen med ${kr(p.drift, 'sv')}.`,
    en: `Each amount rounded on its own: the sum misses the frame by ${kr(p.drift, 'en')}.`,
  }),
  roundEachWouldAddUp: (): LocalizedText => ({
    sv: 'Att avrunda varje belopp för sig hade också gått jämnt ut den här gången.',
    en: 'Rounding each amount on its own would also have added up this time.',
  }),
  roundEachWouldMiss: (p: { drift: Rational }): LocalizedText => ({
    sv: `Att avrunda varje belopp för sig hade missat ramen med ${kr(p.drift, 'sv')}; här stämmer summan exakt.`,
    en: `Rounding each amount on its own would have missed the frame by ${kr(p.drift, 'en')}; here the sum is exact.`,
  }),
  liftedToFloor: (p: { count: number }): LocalizedText => ({
    sv: `${p.count} enheter lyftes till golvet; övriga betalar i proportion till nyckeln.`,
    en: `${p.count} units were lifted to the floor; the others pay in proportion to the key.`,
  }),
  heldAtCap: (p: { count: number }): LocalizedText => ({
    sv: `${p.count} enheter begränsades av taket; överskottet fördelas på övriga efter nyckeln.`,
    en: `${p.count} units were held at the cap; the excess goes to the others by the key.`,
  }),
};
