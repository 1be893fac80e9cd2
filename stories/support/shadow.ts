/**
 * Play-function helpers for open shadow roots: what a user reads (text through nested shadow
 * roots) and Testing Library queries scoped to one element's shadow root.
 */
import { waitFor, within } from 'storybook/test';

/** Text a user sees in `node`, descending into every open shadow root (slots are read once, in place). */
export function deepText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLStyleElement || node instanceof HTMLScriptElement) return '';
  let text = '';
  const element = node instanceof Element ? node : undefined;
  if (element?.shadowRoot) {
    for (const child of element.shadowRoot.childNodes) text += deepText(child);
    return text;
  }
  if (node instanceof HTMLSlotElement) {
    for (const child of node.assignedNodes({ flatten: true })) text += deepText(child);
    if (text) return text;
  }
  for (const child of node.childNodes) text += deepText(child);
  return text;
}

/** Collapses runs of whitespace, so assertions read like the rendered text. */
export function visibleText(node: Node): string {
  return deepText(node).replace(/\s+/g, ' ').trim();
}

/** The first element matching `selector`, searching through open shadow roots. */
export function queryDeep<E extends Element = HTMLElement>(root: ParentNode, selector: string): E | null {
  const direct = root.querySelector<E>(selector);
  if (direct) return direct;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = queryDeep<E>(element.shadowRoot, selector);
      if (found) return found;
    }
  }
  return null;
}

/** Waits for an element matching `selector` (through shadow roots) and returns it. */
export async function findDeep<E extends Element = HTMLElement>(root: ParentNode, selector: string): Promise<E> {
  const found = await waitFor(() => {
    const element = queryDeep<E>(root, selector);
    if (!element) throw new Error(`no ${selector} yet`);
    return element;
  });
  // a Lit element renders once its language's strings are in: wait for that render, and its children's
  const pending = (element: Element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  await pending(found);
  if (found.shadowRoot) await Promise.all([...found.shadowRoot.querySelectorAll('*')].map(pending));
  return found;
}

/** Testing Library queries scoped to an element's open shadow root. */
export function shadow(element: Element) {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return within(element.shadowRoot as unknown as HTMLElement);
}
