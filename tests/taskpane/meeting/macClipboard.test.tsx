import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { type ReactNode } from 'react';
import { createSampleWorkbook } from '../../../src/preview/createSampleWorkbook';
import { type AnalyzeSheet } from '../../../src/taskpane/AnalyzeSheet';
import { App } from '../../../src/taskpane/App';
import { SaveChartImageButton } from '../../../src/taskpane/meeting/CopyForMemoButton';
import { defined } from '../../helpers/defined';

jest.mock('../../../src/taskpane/meeting/clipboard', () => {
  const actual = jest.requireActual('../../../src/taskpane/meeting/clipboard');
  // jsdom has no canvas: the drawing is stubbed, the choice between saving and copying is what is tested.
  return { ...actual, svgToPng: jest.fn(() => Promise.resolve(new Blob(['PNG'], { type: 'image/png' }))) };
});

const SLOW = { timeout: 30_000 };

const wrap = (node: ReactNode) => render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
const MAC = { platform: 'mac', canDownload: false } as const;
const svg = () => document.createElementNS('http://www.w3.org/2000/svg', 'svg');

/** A clipboard that records what was written (jsdom has none). */
function installClipboard(options: { images: boolean }) {
  const written: { text?: string; types?: string[] } = {};
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: jest.fn((text: string) => {
        written.text = text;
        return Promise.resolve();
      }),
      write: jest.fn((items: { types: string[] }[]) => {
        if (!options.images) return Promise.reject(new DOMException('not allowed', 'NotAllowedError'));
        written.types = items.flatMap((i) => i.types);
        return Promise.resolve();
      }),
    },
  });
  (globalThis as { ClipboardItem?: unknown }).ClipboardItem = class {
    readonly types: string[];
    constructor(data: Record<string, Blob>) {
      this.types = Object.keys(data);
    }
  };
  return written;
}

let anchorClicks: jest.SpyInstance;
beforeEach(() => {
  anchorClicks = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  URL.createObjectURL = jest.fn(() => 'blob:test');
  URL.revokeObjectURL = jest.fn();
});
afterEach(() => anchorClicks.mockRestore());
beforeAll(() => {
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

describe('SaveChartImageButton', () => {
  it('downloads the PNG where downloads work, and keeps its URL alive after the click', async () => {
    jest.useFakeTimers();
    wrap(<SaveChartImageButton getSvg={svg} fileName="lansnyckel-diagram.png" />);
    fireEvent.click(screen.getByRole('button', { name: 'Spara diagrammet som bild' }));
    await screen.findByText('Bilden lansnyckel-diagram.png är sparad.');
    expect(anchorClicks).toHaveBeenCalledTimes(1);
    // Revoked later, not right after click() (the browser may still be reading it).
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(60_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test');
    jest.useRealTimers();
  });

  it('copies the chart as an image on a Mac (no dead download link)', async () => {
    const written = installClipboard({ images: true });
    wrap(<SaveChartImageButton getSvg={svg} fileName="x.png" canDownload={false} />);
    expect(screen.queryByRole('button', { name: 'Spara diagrammet som bild' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera diagrammet som bild' }));
    await screen.findByText(/Diagrammet är kopierat som bild/);
    expect(written.types).toEqual(['image/png']);
    expect(anchorClicks).not.toHaveBeenCalled();
  });

  it('shows the image as a data URL to copy where the clipboard takes no image', async () => {
    installClipboard({ images: false });
    wrap(<SaveChartImageButton getSvg={svg} fileName="x.png" canDownload={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Kopiera diagrammet som bild' }));
    const box = await screen.findByRole('textbox', { name: 'Diagrammet som data-adress (PNG)' });
    expect((box as HTMLTextAreaElement).value).toMatch(/^data:image\/png;base64,/);
    expect(anchorClicks).not.toHaveBeenCalled();
  });
});

describe('plan export on a Mac', () => {
  const analyze: AnalyzeSheet = () => ({ tables: [], findings: [] });

  it('offers "Kopiera planen (JSON)" and puts the plan on the clipboard instead of a download', async () => {
    const written = installClipboard({ images: false });
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyze} host={MAC} />);
    fireEvent.click(screen.getByRole('tab', { name: /Nyckel/ }));
    expect(screen.queryByRole('button', { name: 'Spara planen som fil' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Kopiera planen (JSON)' }, SLOW));
    await screen.findByText(/Planen är kopierad som JSON/, undefined, SLOW);
    const plan = JSON.parse(defined(written.text, 'clipboard text')) as { version: number; pots: unknown[] };
    expect(plan.version).toBe(1);
    expect(plan.pots.length).toBeGreaterThan(0);
    expect(anchorClicks).not.toHaveBeenCalled();
  });

  it('still saves a file where downloads work', async () => {
    render(<App port={createSampleWorkbook()} lang="sv" analyze={analyze} />);
    fireEvent.click(screen.getByRole('tab', { name: /Nyckel/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Spara planen som fil' }, SLOW));
    await waitFor(() => expect(anchorClicks).toHaveBeenCalledTimes(1), SLOW);
  });
});
