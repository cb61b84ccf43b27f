import { type FindingCode, type Severity } from '../domain/findings/Finding';
import { type FollowupStatus } from '../domain/followup/Followup';
import { outputTexts } from './outputTexts';

/** The words of the Återredovisning sheet, per output language. */
export interface FollowupTexts {
  readonly lang: 'sv' | 'en';
  readonly sheetName: string;
  readonly title: string;
  readonly captionAllocation: string;
  readonly captionReport: string;
  readonly captionDate: string;
  readonly code: string;
  readonly unit: string;
  readonly pot: string;
  readonly allocated: string;
  readonly reported: string;
  readonly used: string;
  readonly unused: string;
  readonly transferred: string;
  readonly usedShare: string;
  readonly rowControl: string;
  readonly status: string;
  readonly statusText: Record<FollowupStatus, string>;
  readonly sum: string;
  readonly control: string;
  readonly summaryTitle: string;
  readonly received: string;
  readonly setAside: string;
  readonly distributed: string;
  readonly reportedUsed: string;
  readonly toRepay: string;
  readonly overspent: string;
  readonly reportedTransferred: string;
  readonly summaryControl: string;
  readonly findingsTitle: string;
  readonly noFindings: string;
  readonly severity: Record<Severity, string>;
  readonly findingTitle: Record<FindingCode, string>;
  readonly goTo: (cell: string) => string;
}

export const FOLLOWUP_TEXTS: Record<'sv' | 'en', FollowupTexts> = {
  sv: {
    lang: 'sv',
    sheetName: 'Återredovisning',
    title: 'Återredovisning – uppföljning mot fördelningen',
    captionAllocation: 'Fördelning',
    captionReport: 'Kommunernas redovisning',
    captionDate: 'Datum',
    code: 'Kod',
    unit: 'Kommun',
    pot: 'Pott',
    allocated: 'Tilldelat',
    reported: 'Redovisat tilldelat',
    used: 'Förbrukat',
    unused: 'Ej förbrukat',
    transferred: 'Överfört',
    usedShare: 'Andel förbrukad',
    rowControl: 'Kontroll (tilldelat − förbrukat − ej förbrukat)',
    status: 'Status',
    statusText: { ok: 'stämmer', deviation: 'avvikelse', missing: 'saknas', unexpected: 'ej tilldelad' },
    sum: 'Summa',
    control: 'Kontroll (summa − fördelat)',
    summaryTitle: 'Ekonomisk redovisning',
    received: 'Mottaget av RSS',
    setAside: 'Avsatt länsgemensamt',
    distributed: 'Fördelat till kommunerna',
    reportedUsed: 'Redovisat förbrukat',
    toRepay: 'Ej förbrukat (att återbetala)',
    overspent: 'Förbrukat utöver tilldelat (negativt ej förbrukat)',
    reportedTransferred: 'Överfört',
    summaryControl: 'Kontroll (fördelat − förbrukat − ej förbrukat)',
    findingsTitle: 'Anmärkningar',
    noFindings: 'Inga anmärkningar: redovisningen stämmer mot fördelningen.',
    severity: { error: 'Fel', warning: 'Varning', info: 'Info' },
    findingTitle: outputTexts('sv').findingTitle,
    goTo: (cell) => `Gå till ${cell}`,
  },
  en: {
    lang: 'en',
    sheetName: 'Follow-up',
    title: 'Follow-up – reports against the allocation',
    captionAllocation: 'Allocation',
    captionReport: 'Municipalities’ report',
    captionDate: 'Date',
    code: 'Code',
    unit: 'Municipality',
    pot: 'Pot',
    allocated: 'Allocated',
    reported: 'Reported allocated',
    used: 'Used',
    unused: 'Unused',
    transferred: 'Transferred',
    usedShare: 'Share used',
    rowControl: 'Check (allocated − used − unused)',
    status: 'Status',
    statusText: { ok: 'matches', deviation: 'deviation', missing: 'missing', unexpected: 'not allocated' },
    sum: 'Total',
    control: 'Check (total − distributed)',
    summaryTitle: 'Financial report',
    received: 'Received by the RSS',
    setAside: 'Set aside for the county',
    distributed: 'Distributed to municipalities',
    reportedUsed: 'Reported used',
    toRepay: 'Unused (to be repaid)',
    overspent: 'Used beyond allocated (negative unused)',
    reportedTransferred: 'Transferred',
    summaryControl: 'Check (distributed − used − unused)',
    findingsTitle: 'Findings',
    noFindings: 'No findings: the report matches the allocation.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    findingTitle: outputTexts('en').findingTitle,
    goTo: (cell) => `Go to ${cell}`,
  },
};
