import { FakeExcel } from '../helpers/fakeExcel/FakeExcel';
import { type FakeRequestContext } from '../helpers/fakeExcel/FakeRequestContext';

/** Runs a batch against the fake with its own context type (the adapter sees Excel.RequestContext). */
function run<T>(fake: FakeExcel, batch: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
  return fake.host.run((ctx) => batch(ctx as unknown as FakeRequestContext));
}

function seeded(): FakeExcel {
  const fake = new FakeExcel();
  fake.model.addSheet('Data', [
    ['Kommun', 'Folkmängd'],
    ['Falun', 59000],
    ['Borlänge', 52000],
    ['Summa', '=SUM(B2:B3)'],
  ]);
  return fake;
}

describe('FakeExcel', () => {
  it('throws PropertyNotLoaded when a property is read without load', async () => {
    const fake = seeded();
    await expect(
      run(fake, async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:B2');
        await ctx.sync();
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded', name: 'RichApi.Error' });
  });

  it('throws PropertyNotLoaded when a property is loaded but not yet synced', async () => {
    const fake = seeded();
    await expect(
      run(fake, async (ctx) => {
        const range = ctx.workbook.worksheets.getItem('Data').getRange('A1:B2').load('values');
        return range.values;
      }),
    ).rejects.toMatchObject({ code: 'PropertyNotLoaded' });
  });

  it('returns loaded values, evaluated formulas and value types after sync', async () => {
    const fake = seeded();
    const got = await run(fake, async (ctx) => {
      const range = ctx.workbook.worksheets
        .getItem('data')
        .getRange('A3:B4')
        .load('values,formulas,valueTypes');
      await ctx.sync();
      return { values: range.values, formulas: range.formulas, types: range.valueTypes };
    });
    expect(got).toEqual({
      values: [
        ['Borlänge', 52000],
        ['Summa', 111000],
      ],
      formulas: [
        ['Borlänge', 52000],
        ['Summa', '=SUM(B2:B3)'],
      ],
      types: [
        ['String', 'Double'],
        ['String', 'Double'],
      ],
    });
    expect(fake.stats.cellsRead).toBe(12);
  });

  it('applies writes only at sync', async () => {
    const fake = seeded();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [['Ny']];
      expect(fake.model.peek(fake.model.findSheet('Data')!, 0, 2)).toBeUndefined();
      await ctx.sync();
      expect(fake.model.peek(fake.model.findSheet('Data')!, 0, 2)?.value).toBe('Ny');
    });
    expect(fake.stats).toMatchObject({ syncs: 1, cellsWritten: 1 });
  });

  it('counts the flush that Excel.run makes for operations left queued', async () => {
    const fake = seeded();
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('C1').values = [['Ny']];
    });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.model.peek(fake.model.findSheet('Data')!, 0, 2)?.value).toBe('Ny');
  });

  it('coerces typed text like Excel unless the cell is formatted as text', async () => {
    const fake = seeded();
    await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem('Data');
      sheet.getRange('D1:D2').numberFormat = [['@'], ['General']];
      sheet.getRange('D1:D2').values = [['0980'], ['0980']];
      sheet.getRange('E1:E3').values = [['=1+2'], ["'=1+2"], ['TRUE']];
      await ctx.sync();
    });
    const sheet = fake.model.findSheet('Data')!;
    expect(fake.model.peek(sheet, 0, 3)?.value).toBe('0980');
    expect(fake.model.peek(sheet, 1, 3)?.value).toBe(980);
    expect(fake.model.peek(sheet, 0, 4)?.formula).toBe('=1+2');
    expect(fake.model.peek(sheet, 1, 4)?.value).toBe('=1+2');
    expect(fake.model.peek(sheet, 2, 4)?.value).toBe(true);
  });

  it('rejects a matrix whose shape does not match the range', async () => {
    const fake = seeded();
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Data').getRange('A1:B1').values = [['x']];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('fails getItem of a missing sheet with ItemNotFound at sync, and reports null objects', async () => {
    const fake = seeded();
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Saknas').load('name');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    const isNull = await run(fake, async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItemOrNullObject('Saknas').load('name');
      await ctx.sync();
      return sheet.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('raises an injected error at the chosen sync, keeping the operations before it applied', async () => {
    const fake = seeded();
    fake.inject({ atSync: 2, code: 'InvalidOperationInCellEditMode', afterOps: 1 });
    await expect(
      run(fake, async (ctx) => {
        await ctx.sync();
        ctx.workbook.worksheets.add('A');
        ctx.workbook.worksheets.add('B');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode', name: 'RichApi.Error' });
    expect(fake.model.sheets.map((s) => s.name)).toEqual(['Data', 'A']);
  });

  it('refuses requests and responses over the payload limit', async () => {
    const fake = new FakeExcel({ payloadLimitBytes: 1000 });
    fake.model.addSheet('Stor', []);
    const big = Array.from({ length: 200 }, (_, i) => [`rad ${i}`]);
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Stor').getRange('A1:A200').values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    fake.payloadLimitBytes = 100_000;
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('Stor').getRange('A1:A200').values = big;
      await ctx.sync();
    });
    fake.payloadLimitBytes = 1000;
    await expect(
      run(fake, async (ctx) => {
        ctx.workbook.worksheets.getItem('Stor').getRange('A1:A200').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('rewrites formulas that refer to a renamed sheet, as Excel does', async () => {
    const fake = seeded();
    fake.model.addSheet('Ref', [["='Data'!B4*2"]]);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').name = 'Underlag 2';
      await ctx.sync();
    });
    const ref = fake.model.findSheet('Ref')!;
    expect(fake.model.peek(ref, 0, 0)?.formula).toBe("='Underlag 2'!B4*2");
    expect(fake.model.computedValue(ref, 0, 0)).toBe(222000);
  });

  it('delivers sheet events after the sync that caused them', async () => {
    const fake = seeded();
    const seen: string[] = [];
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.onAdded.add(async (e) => {
        seen.push(e.type);
      });
      await ctx.sync();
    });
    fake.userAction((model) => model.createSheet('Ny'));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['WorksheetAdded']);
    expect(fake.events.handlerErrors).toEqual([]);
  });

  it('returns a deep-equal snapshot only when nothing changed', async () => {
    const fake = seeded();
    const before = fake.model.snapshot();
    expect(fake.model.snapshot()).toEqual(before);
    await run(fake, async (ctx) => {
      ctx.workbook.worksheets.getItem('Data').getRange('A1').format.font.bold = true;
      await ctx.sync();
    });
    expect(fake.model.snapshot()).not.toEqual(before);
  });
});
