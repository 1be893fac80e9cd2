/** Browser services for tests: an in-memory URL hash, so tests never touch the test page's location. */
import { defaultBrowserServices, type BrowserServices } from '../../src/core/browser.js';

export interface MemoryServices extends BrowserServices {
  hash: string;
  /** every hash the page set, in order */
  pushes: string[];
  /** the user navigates (back/forward, a typed hash): listeners hear it */
  go(hash: string): void;
}

export function memoryServices(initial = ''): MemoryServices {
  const listeners = new Set<(hash: string) => void>();
  const services: MemoryServices = {
    ...defaultBrowserServices,
    hash: initial,
    pushes: [],
    getHash: () => services.hash,
    setHash(hash: string) { services.hash = hash; services.pushes.push(hash); },
    onHashChange(listener: (hash: string) => void) { listeners.add(listener); return () => listeners.delete(listener); },
    go(hash: string) { services.hash = hash; listeners.forEach((l) => l(hash)); },
  };
  return services;
}
