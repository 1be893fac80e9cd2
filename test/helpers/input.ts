/**
 * Real pointer input, the way a user with a mouse drives a widget: the element is scrolled into
 * view, waited for until it stops moving (a drawer sliding in, a dialog's entry animation), hit-
 * tested through shadow roots (a click that something else would catch fails here, not silently),
 * then clicked by the browser at its centre (`sendMouse`: trusted events, real focus changes).
 */
import { nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse } from '@web/test-runner-commands';

/** The innermost element at a point, through open shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/** Whether `node` is `ancestor` or inside it in the composed tree (slots and shadow roots crossed). */
function composedContains(ancestor: Element, node: Node | null): boolean {
  for (let current: Node | null = node; current; ) {
    if (current === ancestor) return true;
    current = (current as Element).assignedSlot ?? current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return false;
}

async function settledCentre(element: Element): Promise<[number, number]> {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  let last = '';
  await waitUntil(async () => {
    await nextFrame();
    const r = element.getBoundingClientRect();
    const now = `${r.left},${r.top},${r.width},${r.height}`;
    const still = now === last && r.width > 0 && r.height > 0;
    last = now;
    return still;
  }, `${element.localName} never came to rest on screen`, { timeout: 4000 });
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

/**
 * Clicks `element` with the mouse. Fails when the click would land elsewhere (something covers
 * the element) or did not reach it: the trusted click's composed path must contain `element`.
 */
export async function click(element: Element): Promise<void> {
  const [x, y] = await settledCentre(element);
  const hit = deepElementFromPoint(x, y);
  // the hit may be a host whose slotted text the element shows (a button's label)
  if (!hit || !(composedContains(element, hit) || (hit.shadowRoot && composedContains(hit, element)))) {
    throw new Error(`a click on ${describe(element)} would hit ${hit?.outerHTML.slice(0, 120) ?? 'nothing'}`);
  }
  let path: EventTarget[] | undefined;
  const seen = (event: Event) => { path = event.composedPath(); };
  window.addEventListener('click', seen, { capture: true, once: true });
  try {
    await sendMouse({ type: 'click', position: [x, y] });
    if (!path) throw new Error(`the click on ${describe(element)} fired no click event`);
    if (!path.includes(element)) throw new Error(`the click on ${describe(element)} reached ${describe(path[0] as Element)} instead`);
  } finally {
    window.removeEventListener('click', seen, { capture: true });
  }
}

/**
 * Double-clicks `element` with the mouse: the browser's own double click (the second click has
 * `detail` 2), sent in one command so no delay on a loaded machine splits it into two clicks.
 * `gap`: ms between the clicks (a person's double click takes 100–300 ms: long enough for a fast
 * server to answer the first). Fails, like `click()`, when something else would take the clicks.
 */
export async function doubleClick(element: Element, options: { gap?: number } = {}): Promise<void> {
  const [x, y] = await settledCentre(element);
  const hit = deepElementFromPoint(x, y);
  if (!hit || !(composedContains(element, hit) || (hit.shadowRoot && composedContains(hit, element)))) {
    throw new Error(`a double click on ${describe(element)} would hit ${hit?.outerHTML.slice(0, 120) ?? 'nothing'}`);
  }
  const details: number[] = [];
  const seen = (event: MouseEvent) => { if (event.composedPath().includes(element)) details.push(event.detail); };
  window.addEventListener('click', seen, { capture: true });
  try {
    await executeServerCommand('double-click', { position: [x, y], gap: options.gap ?? 0 });
    if (details.length === 0) throw new Error(`the double click on ${describe(element)} never reached it`);
  } finally {
    window.removeEventListener('click', seen, { capture: true });
  }
}

function describe(element: Element | undefined): string {
  if (!(element instanceof Element)) return String(element);
  return `<${element.localName}${element.className ? ` class="${String(element.className)}"` : ''}>`;
}

/** Mocha hook: the mouse goes back to its rest state after each test (no button left pressed). */
export function useMouse(): void {
  afterEach(() => resetMouse());
}
