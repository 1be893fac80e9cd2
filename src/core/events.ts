/**
 * Dispatches one of our `me-…` events: bubbling and composed (it crosses shadow roots), typed by
 * `GlobalEventHandlersEventMap`. Returns false when a listener cancelled a cancelable event.
 */
export function dispatch<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never,
  options: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
