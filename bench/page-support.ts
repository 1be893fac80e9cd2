/** What the bench pages share: waiting without timers, and reading the composed tree (shadow roots included). */

/** the next animation frame */
export const frame = (): Promise<void> => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** the next task turn (a message, not a timer: no 4 ms clamping) */
export const tick = (): Promise<void> => new Promise<void>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
});

/** `text` appears in a text node of the composed tree under `root` */
export function hasText(root: Node, text: string): boolean {
  if (root.nodeType === Node.TEXT_NODE) return root.textContent!.includes(text);
  if (root instanceof Element && root.shadowRoot && hasText(root.shadowRoot, text)) return true;
  for (const child of root.childNodes) if (hasText(child, text)) return true;
  return false;
}

/** elements under `root`, every nested shadow root included */
export function countElements(root: ParentNode): number {
  let count = 0;
  for (const element of root.querySelectorAll('*')) {
    count++;
    if (element.shadowRoot) count += countElements(element.shadowRoot);
  }
  return count;
}
