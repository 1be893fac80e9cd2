/** Where the organization stands with the current term, in words (the element and the printout say the same). */
import type { Formatters } from '../../core/format.js';
import type { LgpdTerm } from '../../core/schemas/lgpd.js';
import type { LgpdTermKey } from '../../locales/lgpd-term.js';

type T = (key: LgpdTermKey, params?: Record<string, string | number>) => string;

/** `current`: the current version is accepted; `outdated`: an older one is; `never`: none. */
export type AcceptanceKind = 'current' | 'outdated' | 'never';

export function acceptanceKind(term: LgpdTerm): AcceptanceKind {
  if (!term.acceptance) return 'never';
  return term.acceptance.version === term.version ? 'current' : 'outdated';
}

/** The status sentences: the main one first, then who accepted the older version (outdated only). */
export function acceptanceLines(term: LgpdTerm, t: T, format: Formatters): string[] {
  const acceptance = term.acceptance;
  if (!acceptance) return [t('lgpd.status.never')];
  const who = { name: acceptance.acceptedBy.name, date: format.dateTime(acceptance.acceptedAt), version: acceptance.version };
  if (acceptance.version === term.version) return [t('lgpd.status.current', who)];
  return [t('lgpd.status.outdated', { accepted: acceptance.version, current: term.version }), t('lgpd.status.outdatedBy', who)];
}
