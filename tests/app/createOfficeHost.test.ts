import { createOfficeHost } from '../../src/app/createOfficeHost';
import { createPreviewHost } from '../../src/app/previewHost/createPreviewHost';
import { type PresentationEvents } from '../../src/port/HostCapabilities';

type Handler = (arg: unknown) => void;

/** Office as documented: PlatformType values are their names; displayDialogAsync answers through its callback. */
function installOffice(options: { platform: string; dialogApi12?: boolean; failWith?: number }) {
  const handlers = new Map<string, Handler>();
  const calls: { url: string; options: unknown }[] = [];
  const messages: string[] = [];
  const closed = { count: 0 };
  (globalThis as unknown as { Office: unknown }).Office = {
    PlatformType: {
      PC: 'PC',
      Mac: 'Mac',
      OfficeOnline: 'OfficeOnline',
      iOS: 'iOS',
      Android: 'Android',
      Universal: 'Universal',
    },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    context: {
      platform: options.platform,
      requirements: {
        isSetSupported: (name: string, v: string) =>
          name === 'DialogApi' && v === '1.2' && options.dialogApi12 !== false,
      },
      ui: {
        displayDialogAsync: (url: string, o: unknown, callback: (r: unknown) => void) => {
          calls.push({ url, options: o });
          if (options.failWith !== undefined)
            return callback({ status: 'failed', error: { code: options.failWith, message: 'nope' } });
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type: string, h: Handler) => handlers.set(type, h),
              messageChild: (text: string) => messages.push(text),
              close: () => (closed.count += 1),
            },
          });
        },
      },
    },
  };
  return { handlers, calls, messages, closed };
}

function recorder() {
  const heard: string[] = [];
  const gone = { count: 0 };
  const events: PresentationEvents = { onMessage: (t) => heard.push(t), onClosed: () => (gone.count += 1) };
  return { events, heard, gone };
}

beforeAll(() => {
  (globalThis as unknown as { window: unknown }).window = {
    location: { href: 'https://lansnyckel.example.se/taskpane.html' },
  };
});

describe('createOfficeHost', () => {
  it('returns no downloads on Mac (Office.PlatformType.Mac), so the pane offers Kopiera', () => {
    installOffice({ platform: 'Mac' });
    expect(createOfficeHost()).toMatchObject({ platform: 'mac', canDownload: false, presentInWindow: true });
  });

  it('returns downloads on Windows and on the web', () => {
    installOffice({ platform: 'PC' });
    expect(createOfficeHost()).toMatchObject({ platform: 'windows', canDownload: true });
    installOffice({ platform: 'OfficeOnline' });
    expect(createOfficeHost()).toMatchObject({ platform: 'web', canDownload: true });
  });

  it('opens presentation.html nearly full screen in its own window and links messages both ways', async () => {
    const office = installOffice({ platform: 'PC' });
    const r = recorder();
    const result = await createOfficeHost().openPresentation!(r.events);
    expect(office.calls).toEqual([
      {
        url: 'https://lansnyckel.example.se/presentation.html',
        options: { height: 90, width: 90, displayInIframe: false },
      },
    ]);
    if (!result.ok) throw new Error('expected the dialog to open');
    office.handlers.get('dialogMessageReceived')!({ message: 'hello pane' });
    expect(r.heard).toEqual(['hello pane']);
    result.link.send('hello window');
    expect(office.messages).toEqual(['hello window']);
    // The user closes the dialog (12006): the pane hears it once, and sends nothing more.
    office.handlers.get('dialogEventReceived')!({ error: 12006 });
    office.handlers.get('dialogEventReceived')!({ error: 12006 });
    expect(r.gone.count).toBe(1);
    result.link.send('late');
    result.link.close();
    expect(office.messages).toEqual(['hello window']);
    expect(office.closed.count).toBe(0);
  });

  it('closes the dialog when the pane closes the link', async () => {
    const office = installOffice({ platform: 'PC' });
    const result = await createOfficeHost().openPresentation!(recorder().events);
    if (!result.ok) throw new Error('expected the dialog to open');
    result.link.close();
    result.link.close();
    expect(office.closed.count).toBe(1);
  });

  it.each([12007, 12009, 12011])(
    'returns blocked with code %i (one open already, ignored, popup blocker)',
    async (code) => {
      installOffice({ platform: 'OfficeOnline', failWith: code });
      await expect(createOfficeHost().openPresentation!(recorder().events)).resolves.toEqual({
        ok: false,
        reason: 'blocked',
        code,
        message: 'nope',
      });
    },
  );

  it('returns unsupported without DialogApi 1.2 (no messageChild) and opens nothing', async () => {
    const office = installOffice({ platform: 'PC', dialogApi12: false });
    await expect(createOfficeHost().openPresentation!(recorder().events)).resolves.toEqual({
      ok: false,
      reason: 'unsupported',
    });
    expect(office.calls).toEqual([]);
  });
});

describe('createPreviewHost', () => {
  it('returns the browser host with downloads, and plays Excel for Mac with ?platform=mac', () => {
    expect(createPreviewHost('')).toMatchObject({
      platform: 'browser',
      canDownload: true,
      presentInWindow: false,
    });
    expect(createPreviewHost('?platform=mac')).toMatchObject({ platform: 'mac', canDownload: false });
  });
});
