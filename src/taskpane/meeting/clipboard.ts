/**
 * What this browser or host could not do (copy, draw the chart, encode a PNG): not a bug and not the user's input;
 * the button shows the message in its failure notice.
 */
export class BrowserCapabilityError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'BrowserCapabilityError';
  }
}

/** Puts HTML and plain text on the clipboard: the async Clipboard API, else a copy event (older hosts). */
export async function copyHtmlAndText(html: string, text: string): Promise<'clipboard-api' | 'copy-event'> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.write === 'function' && typeof ClipboardItem !== 'undefined') {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'clipboard-api';
    } catch (error) {
      // Office on the web may deny the permission; the copy event below still works inside a user gesture.
      if (!(error instanceof DOMException)) throw error;
    }
  }
  copyViaEvent(html, text);
  return 'copy-event';
}

/**
 * The fallback: a hidden contenteditable holds a selection so execCommand('copy') fires a copy event, whose
 * handler sets both formats (no markup is ever parsed into the page).
 */
function copyViaEvent(html: string, text: string, withHtml = true): void {
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  holder.textContent = text;
  document.body.appendChild(holder);
  const onCopy = (event: ClipboardEvent) => {
    if (withHtml) event.clipboardData?.setData('text/html', html);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (!document.execCommand('copy')) throw new BrowserCapabilityError('the browser refused to copy');
  } finally {
    document.removeEventListener('copy', onCopy);
    window.getSelection()?.removeAllRanges();
    holder.remove();
  }
}

/**
 * Puts plain text (a plan's JSON) on the clipboard: the async Clipboard API, else a copy event inside the click.
 * @example await copyText('{"version":1}') //=> 'clipboard-api'
 */
export async function copyText(text: string): Promise<'clipboard-api' | 'copy-event'> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (clipboard && typeof clipboard.writeText === 'function') {
    try {
      await clipboard.writeText(text);
      return 'clipboard-api';
    } catch (error) {
      if (!(error instanceof DOMException)) throw error;
    }
  }
  copyViaEvent(text, text, false);
  return 'copy-event';
}

/**
 * Puts a PNG on the clipboard where the webview allows images there (ClipboardItem with image/png); false where
 * it does not, so the caller can show the image as a data URL to copy instead.
 */
export async function copyPng(png: Blob): Promise<boolean> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard || typeof clipboard.write !== 'function' || typeof ClipboardItem === 'undefined')
    return false;
  try {
    await clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return true;
  } catch (error) {
    if (error instanceof DOMException) return false;
    throw error;
  }
}

/** How long a download's object URL lives: revoking right after click() can cancel the save in some webviews. */
export const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/**
 * Saves a blob as a file through `<a download>`; the object URL is revoked a minute later, not right after the
 * click (the browser may still be reading it). Do not use where the host cannot download (Excel for Mac).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
}

/** The file name a plan is saved under: its name without characters Windows or macOS refuse. */
export function planFileName(planName: string): string {
  return `${planName.replace(/[\\/:*?"<>|]+/g, '-')}.json`;
}

/**
 * Renders an <svg> to a PNG (2× for sharp slides) on a white background; nothing leaves the machine. The SVG is
 * loaded as a `data:` URL because the pages' CSP allows images only from 'self' and data: (a `blob:` image is
 * refused there, and widening img-src to blob: would allow any blob the page makes to be shown).
 */
export async function svgToPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // currentColor has no context outside the page: pin it to the color the chart shows now.
  clone.setAttribute('color', getComputedStyle(svg).color || '#000000');
  const source = new XMLSerializer().serializeToString(clone);
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new BrowserCapabilityError('the chart could not be drawn as an image'));
    image.src = svgDataUrl(source);
  });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new BrowserCapabilityError('no 2D canvas in this browser');
  context.fillStyle = '#FFFFFF';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (b) => (b ? resolve(b) : reject(new BrowserCapabilityError('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/**
 * An SVG document as a `data:image/svg+xml` URL (percent-encoded UTF-8, so å ä ö and − survive).
 * @example svgDataUrl('<svg/>') //=> 'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E'
 */
export function svgDataUrl(source: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
}

/** A blob as a `data:` URL (the Mac fallback: shown to copy when the clipboard takes no image). */
export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // readAsDataURL always yields a string; anything else is a broken reader.
    reader.onload = () =>
      typeof reader.result === 'string'
        ? resolve(reader.result)
        : reject(new BrowserCapabilityError('the image could not be read'));
    reader.onerror = () => reject(reader.error ?? new BrowserCapabilityError('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

/** "Spara som bild" where downloads work: the chart as a PNG file. */
export async function downloadSvgAsPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  downloadBlob(await svgToPng(svg, scale), fileName);
}
