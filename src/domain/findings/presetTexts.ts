import { type LocalizedText } from './Finding';

/** The ids of the shipped plan presets (domain/presets). */
export type PresetId =
  | 'kommun-befolkning'
  | 'storleksklasser-befolkning'
  | 'ok2021-ambulans'
  | 'ok2021-kommuner-per-lan'
  | 'ok2021-regioner';

/** What the preset list shows for a preset: its name and one sentence on what it does. */
export interface PresetText {
  readonly name: LocalizedText;
  readonly description: LocalizedText;
}

/**
 * Every preset's user-visible name and description in both languages, in one place with the other catalogues; a
 * preset takes its text from here by id. The plans' own names (a pot's "Insatsområde Nära vård") are plan data
 * that the user edits, not UI text, and stay in the plans.
 */
export const PRESET_TEXTS: Readonly<Record<PresetId, PresetText>> = {
  'kommun-befolkning': {
    name: { sv: 'Per kommun efter befolkning', en: 'Per kommun by population' },
    description: {
      sv: 'Länets belopp fördelat på kommunerna efter befolkning, som Dalarna 2020.',
      en: 'The län’s amount split over its kommuner by population, as Dalarna did in 2020.',
    },
  },
  'storleksklasser-befolkning': {
    name: { sv: 'Storleksklasser + befolkning (Jönköping)', en: 'Size tiers + population (Jönköping)' },
    description: {
      sv: 'Avsättningar först, två potter efter befolkning och vidareutbildning med fasta belopp per storleksklass.',
      en: 'Set-asides first, two pots by population and training as fixed amounts per size class.',
    },
  },
  'ok2021-ambulans': {
    name: { sv: 'Ambulans – grundbelopp + befolkning', en: 'Ambulance – base amount + population' },
    description: {
      sv: '500 000 kr till varje region, resten (74,5 Mkr av 85 Mkr) efter befolkning.',
      en: '500 000 kr to each region, the rest (74.5 Mkr of 85 Mkr) by population.',
    },
  },
  'ok2021-kommuner-per-lan': {
    name: {
      sv: 'ÖK 2021 – kommunernas medel per län (Bilaga 3)',
      en: 'ÖK 2021 – the kommuner’s funds per län (Annex 3)',
    },
    description: {
      sv: 'Tre potter per län: hälften efter mottagare av kommunal hälso- och sjukvård, hälften efter befolkning.',
      en: 'Three pots per län: half by recipients of municipal health care, half by population.',
    },
  },
  'ok2021-regioner': {
    name: { sv: 'ÖK 2021 – regionernas potter (Bilaga 4)', en: 'ÖK 2021 – the regions’ pots (Annex 4)' },
    description: {
      sv: 'Sex potter till de 21 regionerna efter befolkning 1 november 2020, avrundat med största rest.',
      en: 'Six pots to the 21 regions by population on 1 November 2020, rounded by largest remainder.',
    },
  },
};
