/**
 * Focus checks for the UI-kit stories. jest-dom's `toHaveFocus` compares with
 * `document.activeElement`, which is the outermost shadow host: these look through shadow roots.
 */
import { expect, waitFor } from 'storybook/test';

/** The element that has focus, through shadow roots. */
export function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Waits until `element` has focus. */
export async function expectFocus(element: Element): Promise<void> {
  await waitFor(() => expect(focused() === element, `focus is on ${focused()?.outerHTML.slice(0, 120)}`).toBe(true));
}
