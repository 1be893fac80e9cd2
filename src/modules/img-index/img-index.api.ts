import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { MaturityIndexSchema, type CompareBy, type MaturityIndex } from '../../core/schemas/maturity.js';

export const COMPARE_BY: readonly CompareBy[] = ['segment', 'subsegment', 'size'];

export const maturityQueryKey = (organizationId: string, compareBy: CompareBy) =>
  ['organizations', organizationId, 'maturity-index', compareBy] as const;

/**
 * `GET /v1/organizations/{orgId}/maturity-index?compareBy=…`, one cache entry per comparison (going
 * back to one already seen is served from the cache). It starts before `/v1/me` when the host names
 * the organization. While another comparison loads, the last one of the same organization stays on
 * screen (the switch keeps its focus), flagged `isPlaceholderData`.
 */
export function maturityQuery(portal: PortalContext | undefined, compareBy: CompareBy): QueryOptions<MaturityIndex> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId) return undefined;
  return {
    queryKey: maturityQueryKey(organizationId, compareBy),
    queryFn: async ({ signal }) =>
      (await portal.client.get(`/organizations/${encodeURIComponent(organizationId)}/maturity-index`, MaturityIndexSchema, { query: { compareBy }, signal })).data,
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === organizationId ? previous : undefined),
  };
}
