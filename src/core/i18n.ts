import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The languages every string ships in; pt-BR is the source language. */
export const LOCALES = ['pt-BR', 'en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'pt-BR';

/** Maps a BCP 47 tag (`pt`, `pt-br`, `en-US`, `es-AR`) to a supported locale. */
export function normalizeLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower.startsWith('pt')) return 'pt-BR';
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('es')) return 'es';
  return undefined;
}

export type Catalog<K extends string> = Readonly<Record<K, string>>;
type Loader<K extends string> = () => Promise<{ default: Catalog<K> }>;

/**
 * A namespace of strings: the pt-BR source is bundled with its element; en and es load lazily
 * (one small chunk per namespace and language) the first time that language is shown.
 */
export interface Messages<K extends string> {
  readonly id: string;
  readonly source: Catalog<K>;
  readonly loaders: Readonly<Record<Exclude<Locale, 'pt-BR'>, Loader<K>>>;
}

const loaded = new WeakMap<Messages<string>, Map<Locale, Catalog<string> | Promise<void>>>();

export function defineMessages<K extends string>(
  id: string,
  source: Catalog<K>,
  loaders: Record<Exclude<Locale, 'pt-BR'>, Loader<K>>,
): Messages<K> {
  return { id, source, loaders };
}

function entry<K extends string>(messages: Messages<K>): Map<Locale, Catalog<string> | Promise<void>> {
  let map = loaded.get(messages as Messages<string>);
  if (!map) loaded.set(messages as Messages<string>, (map = new Map()));
  return map;
}

/** Loads a language for a namespace; resolves at once when it is the source or already there. */
export function loadMessages<K extends string>(messages: Messages<K>, locale: Locale): Promise<void> {
  if (locale === 'pt-BR') return Promise.resolve();
  const map = entry(messages);
  const current = map.get(locale);
  if (current && !(current instanceof Promise)) return Promise.resolve();
  if (current) return current;
  const pending = messages.loaders[locale]().then(
    (module: { default: Catalog<K> }) => { map.set(locale, module.default); },
    (error: unknown) => { map.delete(locale); throw error; },
  );
  map.set(locale, pending);
  return pending;
}

export type Params = Record<string, string | number>;

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

/** The string in `locale` if loaded (pt-BR until then), with `{name}` placeholders filled. */
export function translate<K extends string>(messages: Messages<K>, locale: Locale, key: K, params?: Params): string {
  const catalog = locale === SOURCE_LOCALE ? undefined : entry(messages).get(locale);
  const text = catalog && !(catalog instanceof Promise) ? (catalog as Catalog<K>)[key] : undefined;
  return interpolate(text ?? messages.source[key], params);
}

function isLoaded(messages: Messages<string>, locale: Locale): boolean {
  const catalog = locale === SOURCE_LOCALE ? messages.source : entry(messages).get(locale);
  return catalog !== undefined && !(catalog instanceof Promise);
}

const CATALOG_WAIT_MS = 3000;

/** the namespaces each element reads (registered by its MessagesControllers) */
const namespaces = new WeakMap<object, Set<Messages<string>>>();

/**
 * Resolves once every namespace `host` reads is loaded in `locale` (failures included: they leave
 * pt-BR), or after 3 s; `undefined` when nothing is missing. MeElement waits for it before rendering, so a widget
 * shown in English never flashes Portuguese while its catalog arrives.
 */
export function catalogsLoading(host: object, locale: Locale): Promise<unknown> | undefined {
  if (locale === SOURCE_LOCALE) return undefined;
  const missing = [...(namespaces.get(host) ?? [])].filter((messages) => !isLoaded(messages, locale));
  if (!missing.length) return undefined;
  // a chunk stuck on a bad network must not freeze the widget: after 3 s it renders in pt-BR and
  // switches when the strings arrive (MessagesController asks for that render)
  return Promise.race([
    Promise.allSettled(missing.map((messages) => loadMessages(messages, locale))),
    new Promise((resolve) => setTimeout(resolve, CATALOG_WAIT_MS)),
  ]);
}

/**
 * Gives an element `t(key, params)` in its current locale, re-rendering it once a lazily
 * loaded language arrives. Plurals: keys `name.one` / `name.other` through `plural()`.
 */
export class MessagesController<K extends string> implements ReactiveController {
  readonly #host: ReactiveControllerHost & { locale: Locale };
  readonly #messages: Messages<K>;
  #requested: Locale | undefined;

  constructor(host: ReactiveControllerHost & { locale: Locale }, messages: Messages<K>) {
    this.#host = host;
    this.#messages = messages;
    host.addController(this);
    let used = namespaces.get(host);
    if (!used) namespaces.set(host, (used = new Set()));
    used.add(messages as Messages<string>);
  }

  hostUpdate(): void {
    const locale = this.#host.locale;
    if (locale === this.#requested) return;
    this.#requested = locale;
    if (isLoaded(this.#messages, locale)) return; // MeElement waited for it: this render has it
    loadMessages(this.#messages, locale).then(
      () => { if (this.#host.locale === locale && locale !== SOURCE_LOCALE) this.#host.requestUpdate(); },
      () => undefined, // a locale chunk that fails to load leaves the pt-BR source in place
    );
  }

  t = (key: K, params?: Params): string => translate(this.#messages, this.#host.locale, key, params);

  plural = (base: string, count: number, params?: Params): string => {
    const rule = new Intl.PluralRules(this.#host.locale).select(count) === 'one' ? 'one' : 'other';
    return this.t(`${base}.${rule}` as K, { n: count, ...params });
  };
}
