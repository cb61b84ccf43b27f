// The custom functions Excel sees (namespace LANSNYCKEL). custom-functions-metadata-plugin reads the JSDoc
// below into functions.json and appends CustomFunctions.associate(id, fn) for each; keep every wrapper a
// one-liner over its pure implementation, and keep parameter types inline (the generator rejects aliases).
// Descriptions are Swedish (the default locale); English ones live in localizedNames.ts.
import { bland } from './bland';
import { fordela } from './fordela';
import { fordelaBas } from './fordelaBas';
import { kontroll } from './kontroll';
import { unwrapForExcel } from './unwrapForExcel';

/**
 * Fördelar beloppet efter nyckeln, exakt till kronan (största rest). Summan blir alltid beloppet.
 * @customfunction FORDELA FORDELA
 * @param belopp Beloppet att fördela, t.ex. 15711504.
 * @param nyckel Nyckeln: en kolumn med tal ≥ 0, t.ex. befolkning.
 * @param [golv] Minsta belopp per enhet: ett tal för alla eller en kolumn.
 * @param [tak] Högsta belopp per enhet: ett tal för alla eller en kolumn.
 * @param [avrundning] Avrundningsenhet: 1 (kr, standard), 100, 1000 eller 0,01.
 * @param [koder] Enhetskoder som avgör lika rester (lägre kod först).
 * @returns En kolumn med belopp per rad i nyckeln.
 */
export function FORDELA(
  belopp: number,
  nyckel: unknown[][],
  golv?: unknown[][],
  tak?: unknown[][],
  avrundning?: number,
  koder?: unknown[][],
): number[][] {
  return unwrapForExcel(fordela(belopp, nyckel, golv, tak, avrundning, koder));
}

/**
 * Ger varje rad samma grundbelopp och fördelar resten efter nyckeln, exakt till kronan.
 * @customfunction FORDELA_BAS FORDELA.BAS
 * @param belopp Beloppet att fördela.
 * @param grundbelopp Grundbelopp som varje enhet får först.
 * @param nyckel Nyckeln för resten: en kolumn med tal ≥ 0.
 * @param [avrundning] Avrundningsenhet: 1 (kr, standard), 100, 1000 eller 0,01.
 * @param [koder] Enhetskoder som avgör lika rester (lägre kod först).
 * @returns En kolumn med belopp per rad i nyckeln.
 */
export function FORDELA_BAS(
  belopp: number,
  grundbelopp: number,
  nyckel: unknown[][],
  avrundning?: number,
  koder?: unknown[][],
): number[][] {
  return unwrapForExcel(fordelaBas(belopp, grundbelopp, nyckel, avrundning, koder));
}

/**
 * Blandar nycklar med vikter till andelar som summerar till 1: nyckel1; vikt1; nyckel2; vikt2 …
 * @customfunction BLAND BLAND
 * @param nyckelOchVikt Omväxlande nyckel (kolumn) och vikt (50 % eller 50); vikterna ska bli 100 %.
 * @returns En kolumn med blandade andelar.
 */
export function BLAND(nyckelOchVikt: unknown[][][]): number[][] {
  return unwrapForExcel(bland(nyckelOchVikt));
}

/**
 * Σ delar − total, exakt. 0 när delarna stämmer mot totalen.
 * @customfunction KONTROLL KONTROLL
 * @param delar Beloppen som ska summera till totalen.
 * @param total Totalen de ska summera till.
 * @returns Differensen Σ delar − total.
 */
export function KONTROLL(delar: unknown[][], total: number): number {
  return unwrapForExcel(kontroll(delar, total));
}
