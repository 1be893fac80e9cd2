import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DELAY = 250;
const cache = new Map<string, { number: Intl.NumberFormat; plural: Intl.PluralRules }>();

/** Number format and plural rules of a locale, built once (the list re-renders on every scroll). */
export function intl(locale: string): { number: Intl.NumberFormat; plural: Intl.PluralRules } {
  let entry = cache.get(locale);
  if (!entry) cache.set(locale, (entry = { number: new Intl.NumberFormat(locale), plural: new Intl.PluralRules(locale) }));
  return entry;
}

/**
 * The text of the list's polite live region. It follows what the list wants to say after a short
 * pause, so a count that changes on every keystroke of a filter is announced once, when it settles
 * (and the work stays off the path to the first paint of new rows).
 */
export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #pending?: { text: string; timer: ReturnType<typeof setTimeout> };
  /** what the live region says now */
  text = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#pending?.timer);
    this.#pending = undefined;
  }

  say(text: string): void {
    if (text === (this.#pending?.text ?? this.text)) return;
    clearTimeout(this.#pending?.timer);
    const timer = setTimeout(() => {
      this.text = text;
      this.#pending = undefined;
      this.#host.requestUpdate();
    }, DELAY);
    this.#pending = { text, timer };
  }
}
