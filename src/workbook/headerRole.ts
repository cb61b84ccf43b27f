import { normalizeLabel } from '../domain/units/normalizeLabel';

/** What a column's header says about it, before the data has a say. */
export type HeaderHint =
  'indicator' | 'share' | 'total' | 'amount' | 'period' | 'rank' | 'average' | 'code' | 'key';

const CODE =
  /(^|[\s_-])(kod|kommunkod|länskod|regionkod|knkod|lnkod|kommunnummer|kommunnr|länsnummer|orgnr|organisationsnummer|org\.?nr|diarienummer|id)$|kod$|^(kommun|län)[\s_-]?(kod|nr|nummer)$/u;
const PERIOD =
  /^(år|årtal|månad|mån|kvartal|vecka|veckonummer|period|datum|tidsperiod|tid|year|month|quarter|week|date|läsår|startläsår)(\s|$|[_:-])/u;
const RANK = /^(rang|rank|ranking|placering|rangordning)(\s|$|[_:–-])/u;
const SHARE =
  /(andel|procent|%|fördelningsnyckel|nyckeltal|\bvikt\b|förändring|ökning|minskning|utveckling|tillväxt|kvot|\bper (100|1 ?000|10 ?000|100 ?000|invånare|capita)\b|ohälsotal|sjuktal|frekvens|\brate\b|\bshare\b|\bchange\b)/u;
const AVERAGE = /(medel|genomsnitt|snitt|median|\bpris|index\b|\bindex|kostnad per|per elev|per person)/u;
const KEY =
  /^(kön|ålder|åldersgrupp|ålderskategori|huvudman|typ av huvudman|huvudmannatyp|kategori|grupp|typ|status|vaccinationsstatus|beslut|studieform|nivå|sun5|utbildningsområde|program|sektor|bransch|sni)(\s|$|[_:-])|nivå$/u;
const INDICATOR =
  /(befolkning|invånare|folkmängd|population|mottagare|antal|brukare|elever|personer|\binv\b|årsarbet|yta|km2|kvadrat|platser|vaccinerade|vaccinationer|poäng|\bkvinnor\b|\bmän\b|\bflickor\b|\bpojkar\b)/u;
const TOTAL = /(^|\s)(totalt?|summa|totalsumma|sammanlagt|s:a)(\s|$)/u;

/**
 * Reads a column's header: codes (kommunkod, orgnr), periods (år, månad, vecka), ranks, shares/rates/changes
 * ("Andel", "%", "Förändring"), averages/prices/indexes, category keys (kön, ålder, huvudman), counts and
 * population (indicators), totals ("Totalt", "Summa"); anything else is an amount.
 * @example headerHint('Befolkning 1/11 2020') //=> 'indicator'
 * @example headerHint('Förändring') //=> 'share'
 */
export function headerHint(header: string): HeaderHint {
  const h = normalizeLabel(header);
  if (h === '') return 'amount';
  if (CODE.test(h)) return 'code';
  if (RANK.test(h)) return 'rank';
  if (PERIOD.test(h)) return 'period';
  if (SHARE.test(h)) return 'share';
  if (AVERAGE.test(h)) return 'average';
  if (KEY.test(h)) return 'key';
  if (INDICATOR.test(h)) return 'indicator';
  if (TOTAL.test(h)) return 'total';
  return 'amount';
}

/**
 * Kronor per stated unit from a header or title: "tkr" → 1 000, "mnkr"/"Mkr" → 1 000 000; undefined for kronor.
 * @example scaleFromText('Belopp (tkr)') //=> 1000
 */
export function scaleFromText(text: string): number | undefined {
  const t = normalizeLabel(text);
  if (/(mnkr|\bmkr\b|miljoner kronor|miljontal kronor|\bmsek\b)/u.test(t)) return 1_000_000;
  if (/(\btkr\b|tusental kronor|tusen kronor|\btsek\b)/u.test(t)) return 1_000;
  return undefined;
}
