/**
 * The calls <me-lgpd-term> makes: the organization's current term (keyed by the organization
 * alone, so it starts before `/v1/me` when the host names the organization) and its acceptance.
 */
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { LgpdTermSchema, type LgpdAcceptanceBody, type LgpdTerm } from '../../core/schemas/lgpd.js';
import { liveKeys } from '../../core/live/keys.js';

export const lgpdTermKey = (organizationId: string) => ['organizations', organizationId, 'lgpd-term'] as const;

const termPath = (organizationId: string) => `/organizations/${encodeURIComponent(organizationId)}/lgpd-term`;

/** `GET /v1/organizations/{orgId}/lgpd-term` for the portal's current organization. */
export function lgpdTermQuery(portal: PortalContext | undefined): QueryOptions<LgpdTerm> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId) return undefined;
  return {
    queryKey: lgpdTermKey(organizationId),
    queryFn: async ({ signal }) => (await portal.client.get(termPath(organizationId), LgpdTermSchema, { signal })).data,
  };
}

/**
 * `POST …/lgpd-term/acceptance` with the action's Idempotency-Key. The answer is the term with its
 * new acceptance: it replaces the cached term (every widget showing it updates, no second GET).
 */
export async function acceptLgpdTerm(portal: PortalContext, organizationId: string, body: LgpdAcceptanceBody, idempotencyKey: string): Promise<LgpdTerm> {
  const { data } = await portal.client.request({
    method: 'POST', path: `${termPath(organizationId)}/acceptance`, body, schema: LgpdTermSchema, idempotencyKey,
  });
  portal.queryClient.setQueryData(lgpdTermKey(organizationId), data);
  return data;
}

/** After a 409 (the version changed meanwhile): the term is read again. */
export function reloadLgpdTerm(portal: PortalContext, organizationId: string): Promise<void> {
  return portal.queryClient.invalidateQueries({ queryKey: lgpdTermKey(organizationId) });
}

// live updates: the term or its acceptance changed
liveKeys(['lgpd-term.updated'], (event) => [event.organizationId && lgpdTermKey(event.organizationId)]);
