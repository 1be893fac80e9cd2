import type { PortalContext } from '../../core/context.js';
import type { QueryOptions } from '../../core/cache.js';
import { OrganizationSchema, type Organization } from '../../core/schemas/company.js';

export const companyQueryKey = (organizationId: string) => ['organizations', organizationId, 'company'] as const;

/** `GET /v1/organizations/{orgId}` for the portal's current organization. */
export function companyQuery(portal: PortalContext | undefined): QueryOptions<Organization> | undefined {
  const organizationId = portal?.status === 'ready' ? portal.organizationId : undefined;
  if (!portal || !organizationId) return undefined;
  return {
    queryKey: companyQueryKey(organizationId),
    queryFn: async ({ signal }) =>
      (await portal.client.get(`/organizations/${encodeURIComponent(organizationId)}`, OrganizationSchema, { signal })).data,
  };
}
