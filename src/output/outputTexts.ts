import { type FindingCode, type Severity } from '../domain/findings/Finding';
import { type Allocation, type StepKind } from '../domain/allocation/Allocation';
import { type ChecksColumn } from './buildChecksSheet';

/** Every user-visible text the output sheets contain, Swedish (default) and English. */
export interface OutputTexts {
  readonly allocationSheet: (plan: string) => string;
  readonly checksSheet: string;
  readonly basisSheet: string;
  readonly captionPlan: string;
  readonly captionKey: string;
  readonly captionSource: string;
  readonly captionDate: string;
  readonly code: string;
  readonly kommun: string;
  readonly region: string;
  readonly recipient: string;
  readonly share: string;
  readonly shareOf: (pot: string) => string;
  readonly total: string;
  readonly sum: string;
  /** The control row's label; it says which way the difference goes, since findings count the other way. */
  readonly control: string;
  readonly setAside: (name: string) => string;
  readonly severity: Record<Severity, string>;
  readonly checksTitle: string;
  readonly checksHeaders: Record<ChecksColumn, string>;
  /** A short title per finding code, shown beside the code (which stays for searching). */
  readonly findingTitle: Record<FindingCode, string>;
  readonly noErrors: string;
  readonly findingCounts: (errors: number, warnings: number, infos: number) => string;
  readonly basisTitle: (plan: string) => string;
  readonly planInWords: string;
  readonly key: string;
  readonly method: string;
  readonly methodText: Record<Allocation['method'], string>;
  readonly roundingUnit: string;
  readonly sources: string;
  readonly sourceTable: string;
  readonly written: string;
  readonly pots: string;
  readonly frame: string;
  readonly distributed: string;
  readonly planJson: string;
  readonly traceTitle: (pot: string) => string;
  readonly traceHeaders: readonly string[];
  readonly yes: string;
  readonly no: string;
  readonly clamp: Record<'floor' | 'cap', string>;
  readonly step: Record<StepKind, string>;
  readonly notes: string;
  readonly decimalSeparator: string;
  readonly footer: string;
}

const SV: OutputTexts = {
  allocationSheet: (plan) => `Fördelning – ${plan}`,
  checksSheet: 'Kontroller',
  basisSheet: 'Underlag',
  captionPlan: 'Plan',
  captionKey: 'Nyckel',
  captionSource: 'Källa',
  captionDate: 'Datum',
  code: 'Kod',
  kommun: 'Kommun',
  region: 'Region',
  recipient: 'Mottagare',
  share: 'Andel',
  shareOf: (pot) => `Andel – ${pot}`,
  total: 'Totalt',
  sum: 'Summa',
  control: 'Kontroll: summa − ram (ska vara 0)',
  setAside: (name) => `Avsatt: ${name}`,
  severity: { error: 'Fel', warning: 'Varning', info: 'Upplysning' },
  checksTitle: 'Kontroller',
  checksHeaders: {
    severity: 'Allvarlighetsgrad',
    title: 'Kontroll',
    code: 'Kod',
    message: 'Meddelande',
    sheet: 'Blad',
    cells: 'Celler',
    unit: 'Enhet',
    column: 'Kolumn',
    stated: 'Angivet',
    computed: 'Beräknat',
    delta: 'Differens (angivet − beräknat)',
  },
  findingTitle: {
    'column-total-mismatch': 'Kolumnsumman stämmer inte',
    'row-total-mismatch': 'Radsumman stämmer inte',
    'frame-mismatch': 'Beloppen stämmer inte mot ramen',
    'total-formula-range': 'Summaformeln täcker fel rader',
    'hard-coded-total': 'Summa inskriven i stället för formel',
    'inconsistent-formula': 'Avvikande formel',
    'unit-unknown': 'Okänd kommun eller region',
    'unit-duplicate': 'Samma mottagare på flera rader',
    'unit-missing': 'Mottagare saknas',
    'label-whitespace': 'Extra mellanslag i namnet',
    'number-as-text': 'Tal lagrat som text',
    'error-value': 'Felvärde i cell',
    'blank-in-key': 'Nyckelvärde saknas',
    'negative-amount': 'Negativt belopp',
    'key-deviation': 'Avviker från nyckeln',
    'rounding-drift': 'Avrundat cell för cell',
    'reference-mismatch': 'Avviker från referensdata',
    'unclassified-row': 'Varken mottagare eller summa',
    'total-not-checkable': 'Summan kan inte kontrolleras',
    'followup-allocation-mismatch': 'Redovisat tilldelat avviker från fördelningen',
    'followup-overspent': 'Mer förbrukat än tilldelat',
    'followup-balance': 'Tilldelat − förbrukat går inte ihop',
    'followup-unit-missing': 'Återredovisning saknas',
    'followup-unit-unexpected': 'Redovisar utan tilldelning',
  },
  noErrors: 'Inga fel',
  findingCounts: (e, w, i) =>
    `${e === 0 ? 'Inga fel' : `${e} fel`}, ${w} ${w === 1 ? 'varning' : 'varningar'}, ${i} ${i === 1 ? 'upplysning' : 'upplysningar'}`,
  basisTitle: (plan) => `Underlag – ${plan}`,
  planInWords: 'Planen i ord',
  key: 'Nyckel',
  method: 'Avrundning',
  methodText: {
    'largest-remainder':
      'Största rest (Hamilton): varje exakt belopp avrundas nedåt till avrundningsenheten; de mottagare som har störst rest får en avrundningsenhet var tills ramen är fylld. Lika rest: större nyckelvärde först, därefter lägre officiell kod. Radordningen påverkar inte resultatet.',
    'round-each':
      'Avrunda varje cell (halvt från noll, som Excels AVRUNDA); summan kan då avvika från ramen och avvikelsen redovisas.',
    cumulative:
      'Kumulativ avrundning: avrunda den löpande summan och ta skillnaden mot föregående rad; resultatet beror på radordningen.',
  },
  roundingUnit: 'Avrundningsenhet',
  sources: 'Källor och datum',
  sourceTable: 'Källtabell',
  written: 'Skriven',
  pots: 'Potter',
  frame: 'Ram',
  distributed: 'Att fördela',
  planJson: 'Planen som JSON',
  traceTitle: (pot) => `Spårning – ${pot}`,
  traceHeaders: [
    'Kod',
    'Namn',
    'Andel (decimal)',
    'Andel (bråk)',
    'Exakt belopp i kr (decimal)',
    'Exakt belopp i kr (bråk)',
    'Avrundat nedåt',
    'Rest i kr (decimal)',
    'Rang',
    'Avrundat uppåt',
    'Delar per steg',
    'Begränsning',
    'Belopp',
  ],
  yes: 'Ja',
  no: 'Nej',
  clamp: { floor: 'golv', cap: 'tak' },
  step: {
    'set-aside': 'avsättning',
    fixed: 'fast belopp',
    tier: 'nivå',
    base: 'grundbelopp',
    key: 'nyckel',
    floor: 'golv',
    cap: 'tak',
    rounding: 'avrundning',
  },
  notes: 'Anmärkningar',
  decimalSeparator: ',',
  footer: 'Länsnyckel',
};

const EN: OutputTexts = {
  allocationSheet: (plan) => `Allocation – ${plan}`,
  checksSheet: 'Checks',
  basisSheet: 'Basis',
  captionPlan: 'Plan',
  captionKey: 'Key',
  captionSource: 'Source',
  captionDate: 'Date',
  code: 'Code',
  kommun: 'Municipality',
  region: 'Region',
  recipient: 'Recipient',
  share: 'Share',
  shareOf: (pot) => `Share – ${pot}`,
  total: 'Total',
  sum: 'Sum',
  control: 'Check: sum − frame (must be 0)',
  setAside: (name) => `Set aside: ${name}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  checksTitle: 'Checks',
  checksHeaders: {
    severity: 'Severity',
    title: 'Check',
    code: 'Code',
    message: 'Message',
    sheet: 'Sheet',
    cells: 'Cells',
    unit: 'Unit',
    column: 'Column',
    stated: 'Stated',
    computed: 'Computed',
    delta: 'Difference (stated − computed)',
  },
  findingTitle: {
    'column-total-mismatch': 'Column total does not match',
    'row-total-mismatch': 'Row total does not match',
    'frame-mismatch': 'Amounts do not match the frame',
    'total-formula-range': 'Total formula covers the wrong rows',
    'hard-coded-total': 'Total typed in instead of a formula',
    'inconsistent-formula': 'Inconsistent formula',
    'unit-unknown': 'Unknown municipality or region',
    'unit-duplicate': 'Same recipient on several rows',
    'unit-missing': 'Recipient missing',
    'label-whitespace': 'Extra spaces in the name',
    'number-as-text': 'Number stored as text',
    'error-value': 'Error value in a cell',
    'blank-in-key': 'Key value missing',
    'negative-amount': 'Negative amount',
    'key-deviation': 'Deviates from the key',
    'rounding-drift': 'Rounded cell by cell',
    'reference-mismatch': 'Differs from the reference data',
    'unclassified-row': 'Neither a recipient nor a total',
    'total-not-checkable': 'Total cannot be checked',
    'followup-allocation-mismatch': 'Reported allocation differs from the allocation',
    'followup-overspent': 'More used than allocated',
    'followup-balance': 'Allocated − used does not add up',
    'followup-unit-missing': 'Report missing',
    'followup-unit-unexpected': 'Reports without an allocation',
  },
  noErrors: 'No errors',
  findingCounts: (e, w, i) =>
    `${e === 0 ? 'No errors' : `${e} ${e === 1 ? 'error' : 'errors'}`}, ${w} ${w === 1 ? 'warning' : 'warnings'}, ${i} info`,
  basisTitle: (plan) => `Basis – ${plan}`,
  planInWords: 'The plan in words',
  key: 'Key',
  method: 'Rounding',
  methodText: {
    'largest-remainder':
      'Largest remainder (Hamilton): every exact amount is rounded down to the rounding unit; the recipients with the largest remainders get one rounding unit each until the frame is met. Equal remainders: larger key value first, then lower official code. Row order does not matter.',
    'round-each':
      'Round each cell (half away from zero, like Excel ROUND); the sum may then miss the frame and the drift is reported.',
    cumulative:
      'Cumulative rounding: round the running total and take the difference from the previous row; the result depends on row order.',
  },
  roundingUnit: 'Rounding unit',
  sources: 'Sources and dates',
  sourceTable: 'Source table',
  written: 'Written',
  pots: 'Pots',
  frame: 'Frame',
  distributed: 'To distribute',
  planJson: 'The plan as JSON',
  traceTitle: (pot) => `Trace – ${pot}`,
  traceHeaders: [
    'Code',
    'Name',
    'Share (decimal)',
    'Share (fraction)',
    'Exact amount in kr (decimal)',
    'Exact amount in kr (fraction)',
    'Rounded down',
    'Remainder in kr (decimal)',
    'Rank',
    'Rounded up',
    'Parts per step',
    'Clamp',
    'Amount',
  ],
  yes: 'Yes',
  no: 'No',
  clamp: { floor: 'floor', cap: 'cap' },
  step: {
    'set-aside': 'set-aside',
    fixed: 'fixed amount',
    tier: 'tier',
    base: 'base amount',
    key: 'key',
    floor: 'floor',
    cap: 'cap',
    rounding: 'rounding',
  },
  notes: 'Notes',
  decimalSeparator: '.',
  footer: 'Länsnyckel',
};

/** The output texts for a sheet language. */
export function outputTexts(lang: 'sv' | 'en'): OutputTexts {
  return lang === 'en' ? EN : SV;
}

/** The words of the one-sentence plan description (describePlanSentence), per language. */
export const PLAN_SENTENCE_WORDS = {
  sv: {
    setAside: 'länsgemensamt',
    rest: 'resten',
    by: 'efter',
    equal: 'lika delar',
    base: 'grundbelopp',
    floor: 'golv',
    cap: 'tak',
    fixed: (n: number) => `fasta belopp till ${n} mottagare`,
    tiers: (indicator: string) => `fasta belopp per storleksklass efter ${indicator.toLowerCase()}`,
    each: 'var',
    allPots: (n: number) => `alla ${n} potter`,
    nothing: 'ingen nyckel',
  },
  en: {
    setAside: 'set aside for the county',
    rest: 'the rest',
    by: 'by',
    equal: 'equal shares',
    base: 'base amount',
    floor: 'floor',
    cap: 'cap',
    fixed: (n: number) => `fixed amounts to ${n} ${n === 1 ? 'recipient' : 'recipients'}`,
    tiers: (indicator: string) => `fixed amounts per size class by ${indicator.toLowerCase()}`,
    each: 'each',
    allPots: (n: number) => `all ${n} pots`,
    nothing: 'no key',
  },
} as const;

/** The words of the plan summary on Underlag (summarizePlan), per language. */
export const PLAN_SUMMARY_WORDS = {
  sv: {
    sep: ',',
    frame: 'ram',
    frameCell: 'ram från cell',
    noKey: 'ingen nyckel',
    equal: 'lika delar',
    setAside: 'avsätts',
    fixed: 'fasta belopp för',
    units: 'mottagare',
    tiers: 'nivåer efter',
    base: 'grundbelopp',
    floor: 'golv',
    cap: 'tak',
    key: 'nyckel',
  },
  en: {
    sep: '.',
    frame: 'frame',
    frameCell: 'frame from cell',
    noKey: 'no key',
    equal: 'equal shares',
    setAside: 'set aside',
    fixed: 'fixed amounts for',
    units: 'recipients',
    tiers: 'tiers by',
    base: 'base amount',
    floor: 'floor',
    cap: 'cap',
    key: 'key',
  },
};

/** One language's words of the plan summary. */
export type PlanSummaryWords = (typeof PLAN_SUMMARY_WORDS)['sv'];

/** The memo table's headers and caption words (buildMemoTable), per language. */
export const MEMO_WORDS = {
  sv: {
    code: 'Kod',
    name: 'Namn',
    total: 'Totalt',
    sum: 'Summa',
    key: 'Nyckel',
    source: 'Källa',
    date: 'Datum',
  },
  en: { code: 'Code', name: 'Name', total: 'Total', sum: 'Sum', key: 'Key', source: 'Source', date: 'Date' },
} as const;
