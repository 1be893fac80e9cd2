/** Reading what a user sees through shadow roots (no portal or mocks imported here). */
import { waitUntil } from '@open-wc/testing';

/** All text an element shows, in the composed (flattened) tree: shadow roots and slotted content once each. */
export function textOf(node: Node): string {
  let text = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) text += current.textContent;
    else if (current instanceof Element && current.shadowRoot) walk(current.shadowRoot);
    else if (current instanceof HTMLSlotElement && current.assignedNodes().length) current.assignedNodes({ flatten: true }).forEach(walk);
    else current.childNodes.forEach(walk);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

/** Waits until `node` shows `text` (through shadow roots); the timeout only bounds a failing test, it is generous for a loaded 2-core machine. */
export async function waitForText(node: Node, text: string, timeout = 8000): Promise<void> {
  await waitUntil(() => textOf(node).includes(text), `never showed “${text}”; showed: ${textOf(node).slice(0, 300)}`, { timeout });
}

/** querySelector through shadow roots (first match, depth-first). */
export function deepQuery<T extends Element = HTMLElement>(root: Node, selector: string): T | null {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  if (!(scope instanceof Element || scope instanceof DocumentFragment || scope instanceof Document)) return null;
  const direct = scope.querySelector<T>(selector);
  if (direct) return direct;
  for (const element of scope.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const found = deepQuery<T>(element, selector);
      if (found) return found;
    }
  }
  return null;
}

/** The element that has focus, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Elements under `root` (a shadow root, or an element with its own shadow root), every nested shadow root included. */
export function countElements(root: ParentNode): number {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  let count = 0;
  for (const element of scope.querySelectorAll('*')) count += 1 + (element.shadowRoot ? countElements(element.shadowRoot) : 0);
  return count;
}
