import { rangeAddress } from '../../../src/domain/a1/rangeAddress';
import { FakeOfficeError } from './FakeOfficeError';
import { forEachCell, type FakeRange, type RangeEntity } from './FakeRange';
import { type FakeRequestContext } from './FakeRequestContext';
import { type FakeCell, type FakeConditionalFormat } from './FakeWorkbookModel';

/** Queues an action on every cell of the range at sync. */
function queueCells(
  context: FakeRequestContext,
  range: FakeRange,
  label: string,
  edit: (cell: FakeCell) => void,
): void {
  context.enqueue({
    label,
    requestBytes: 48,
    apply: () => {
      const e = range.resolve()!;
      if (e.rect.endRow - e.rect.startRow > 100_000)
        throw new Error('The fake formats cells, not whole columns.');
      forEachCell(e.rect, (r, c) => edit(context.model.cellAt(e.sheet, r, c)));
      return { responseBytes: 8 };
    },
  });
}

/** range.format: font, fill, column width. */
export class FakeRangeFormat {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {
    this.font = writeOnly<{ bold: boolean; color: string }>('RangeFont', (prop, value) =>
      queueCells(context, range, `font.${prop}`, (cell) => {
        if (prop === 'bold') cell.bold = Boolean(value);
        else cell.fontColor = String(value);
      }),
    );
    this.fill = writeOnly<{ color: string }>('RangeFill', (_prop, value) =>
      queueCells(context, range, 'fill.color', (cell) => {
        cell.fill = String(value);
      }),
    );
  }

  /** Excel's unit is points; stored per column. */
  set columnWidth(points: number) {
    this.context.enqueue({
      label: 'format.columnWidth=',
      requestBytes: 24,
      apply: () => {
        const e = this.range.resolve()!;
        if (!(points >= 0 && points <= 1_000))
          throw new FakeOfficeError('InvalidArgument', `Bad width ${points}`);
        for (let c = e.rect.startCol; c <= e.rect.endCol; c++) e.sheet.columnWidths.set(c, points);
        return { responseBytes: 8 };
      },
    });
  }

  autofitColumns(): void {
    this.context.enqueue({
      label: 'autofitColumns()',
      requestBytes: 16,
      apply: () => ({ responseBytes: 8 }),
    });
  }
}

/** range.conditionalFormats (ExcelApi 1.6); the fake supports the CellValue type the adapter writes. */
export class FakeConditionalFormatCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string): {
    cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: object };
  } {
    let created: FakeConditionalFormat | undefined;
    this.context.enqueue({
      label: `conditionalFormats.add(${type})`,
      requestBytes: 48,
      apply: () => {
        if (type !== 'CellValue') throw new FakeOfficeError('InvalidArgument', `Unsupported type ${type}`);
        const e: RangeEntity = this.range.resolve()!;
        created = { sheetId: e.sheet.id, address: rangeAddress(e.rect), type };
        this.context.model.conditionalFormats.push(created);
        return { responseBytes: 8 };
      },
    });
    const edit = (label: string, change: (f: FakeConditionalFormat) => void): void =>
      this.context.enqueue({
        label,
        requestBytes: 48,
        apply: () => {
          if (!created) throw new FakeOfficeError('ItemNotFound', 'Conditional format was not created.');
          change(created);
          return { responseBytes: 8 };
        },
      });
    const cellValue = {
      format: {
        fill: writeOnly<{ color: string }>('ConditionalFill', (_p, v) =>
          edit('cf.fill', (f) => (f.fill = String(v))),
        ),
        font: writeOnly<{ color: string }>('ConditionalFont', (_p, v) =>
          edit('cf.font', (f) => (f.fontColor = String(v))),
        ),
      },
      set rule(rule: { formula1: string; operator: string }) {
        edit('cf.rule', (f) => (f.rule = { formula1: rule.formula1, operator: rule.operator }));
      },
      get rule(): object {
        throw new Error('The fake does not load conditional format rules.');
      },
    };
    return { cellValue };
  }
}

/** A proxy object whose property writes are queued and whose reads throw (the adapter never reads them). */
function writeOnly<T extends object>(name: string, onSet: (prop: string, value: unknown) => void): T {
  return new Proxy({} as T, {
    set: (_t, prop, value: unknown) => {
      onSet(String(prop), value);
      return true;
    },
    get: (_t, prop) => {
      throw new Error(`${name}.${String(prop)} is write-only in the fake`);
    },
  });
}
