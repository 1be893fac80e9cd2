/**
 * The one call <me-dashboard> makes. Keyed under `['organizations', orgId, 'dashboard', …]`: the
 * prefix `<me-tickets>` and `<me-os-approval>` invalidate after a change, so the figures refetch
 * when a ticket or a service order changes anywhere under the same portal; each period has its
 * own entry (going back to a period shows it from the cache).
 */
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { DashboardSchema, type Dashboard } from '../../core/schemas/dashboard.js';
import type { DashboardRange } from './dashboard-period.js';
import { liveKeys } from '../../core/live/keys.js';

export const dashboardKeys = {
  all: (organizationId: string) => ['organizations', organizationId, 'dashboard'] as const,
  range: (organizationId: string, range: DashboardRange) =>
    ['organizations', organizationId, 'dashboard', range.from, range.to, range.granularity] as const,
};

/** `GET /v1/organizations/{orgId}/dashboard?from&to&granularity` (starts before `/v1/me` when the host names the organization). */
export function dashboardQuery(portal: PortalContext | undefined, range: DashboardRange | undefined): QueryOptions<Dashboard> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId || !range) return undefined;
  return {
    queryKey: dashboardKeys.range(organizationId, range),
    queryFn: async ({ signal }) => (await portal.client.get(
      `/organizations/${encodeURIComponent(organizationId)}/dashboard`,
      DashboardSchema,
      { query: { from: range.from, to: range.to, granularity: range.granularity }, signal },
    )).data,
  };
}

// live updates: the figures count tickets and service orders
liveKeys(['ticket.created', 'ticket.updated', 'service-order.created', 'service-order.decided'], (event) => [
  event.organizationId && dashboardKeys.all(event.organizationId),
]);
