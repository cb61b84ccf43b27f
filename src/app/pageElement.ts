import { InvariantError } from '../domain/errors';

/** An element of our own page's HTML (#root, #status …): a missing one means page and script do not match. */
export function pageElement(id: string): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new InvariantError(`the page has no #${id}`);
  return element;
}
