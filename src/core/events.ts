type Detail<K extends keyof GlobalEventHandlersEventMap> = GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of a widget's public `me-…` events: bubbling and composed (it crosses shadow
 * roots, so a host hears it on the widget or any ancestor), typed by `GlobalEventHandlersEventMap`.
 * Returns false when a listener cancelled a cancelable event.
 */
export function dispatch<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: Detail<K>,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/**
 * Dispatches an event of an internal part (the kit in `src/ui`, a module's inner views): it
 * neither bubbles nor leaves its shadow root, so only a listener on the part itself hears it —
 * the way its owner's template binds it (`<me-dialog @me-close=…>`). An outer part never reacts to
 * an inner one's event: a confirm dialog's `me-close` inside a drawer does not close the drawer,
 * a list's `me-row-activate` inside a dialog does not reach the page's list. A part that must pass
 * one on re-dispatches it from itself.
 */
export function dispatchOwn<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K, detail: Detail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: false, composed: false }));
}
