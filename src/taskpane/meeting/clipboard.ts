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
function copyViaEvent(html: string, text: string): void {
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
  holder.textContent = text;
  document.body.appendChild(holder);
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/html', html);
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
    if (!document.execCommand('copy')) throw new Error('the browser refused to copy');
  } finally {
    document.removeEventListener('copy', onCopy);
    window.getSelection()?.removeAllRanges();
    holder.remove();
  }
}

/**
 * Renders an <svg> to a PNG (2× for sharp slides) on a white background and downloads it; nothing leaves the
 * machine (data stays in object URLs).
 */
export async function downloadSvgAsPng(svg: SVGSVGElement, fileName: string, scale = 2): Promise<void> {
  const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
  const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  // currentColor has no context outside the page: pin it to the color the chart shows now.
  clone.setAttribute('color', getComputedStyle(svg).color || '#000000');
  const source = new XMLSerializer().serializeToString(clone);
  const svgUrl = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
      image.src = svgUrl;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas in this browser');
    context.fillStyle = '#FFFFFF';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    const pngUrl = URL.createObjectURL(png);
    const link = document.createElement('a');
    link.href = pngUrl;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(pngUrl), 10_000);
  } finally {
    URL.revokeObjectURL(svgUrl);
  }
}
