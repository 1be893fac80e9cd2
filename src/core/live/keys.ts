/**
 * Which cache entries each live event makes stale. Every module declares it next to its own
 * query keys (`liveKeys([...types], (event) => [keys…])` in its `*.api.ts`), so a module that is
 * not on the page costs nothing and a new module joins live updates by declaring its keys:
 * nothing in `core/` knows a module's key shapes.
 */
import type { QueryKey } from '@tanstack/query-core';
import type { LiveEvent, LiveEventType } from '../schemas/events.js';

export type LiveKeyRule = (event: LiveEvent) => ReadonlyArray<QueryKey | undefined | false | ''>;

const rules: Array<{ types: ReadonlySet<string>; keys: LiveKeyRule }> = [];

/** Declares the query keys (prefixes) that events of `types` make stale. */
export function liveKeys(types: readonly Exclude<LiveEventType, 'stream.reset'>[], keys: LiveKeyRule): void {
  rules.push({ types: new Set(types), keys });
}

/** The keys an event makes stale, over every module that declared some. */
export function keysFor(event: LiveEvent): QueryKey[] {
  return rules.flatMap((rule) => (rule.types.has(event.type) ? rule.keys(event).filter((key): key is QueryKey => !!key) : []));
}
