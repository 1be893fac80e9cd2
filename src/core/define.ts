import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('meu-espaco/version');
type Versioned = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers a custom element once. Loading the bundle twice never throws: the same class is a
 * no-op, another copy of the same version is silently skipped, a different version is kept
 * as it is and reported by one console warning naming both versions.
 */
export function define(tag: string, ctor: CustomElementConstructor, version: string = VERSION): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (!existing) {
    (ctor as Versioned)[VERSION_KEY] = version;
    registry.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const other = existing[VERSION_KEY] ?? 'unknown';
  if (other !== version) {
    console.warn(`meu-espaco: <${tag}> is already defined by version ${other}; this copy (version ${version}) was not registered.`);
  }
}
