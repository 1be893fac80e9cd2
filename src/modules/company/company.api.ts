import { queryOrganization, type PortalContext } from '../../core/context.js';
import type { QueryOptions } from '../../core/cache.js';
import { OrganizationSchema, type Organization } from '../../core/schemas/company.js';

export const companyQueryKey = (organizationId: string) => ['organizations', organizationId, 'company'] as const;

/** `GET /v1/organizations/{orgId}` for the portal's current organization (starts before `/v1/me` when the host names it). */
export function companyQuery(portal: PortalContext | undefined): QueryOptions<Organization> | undefined {
  const organizationId = queryOrganization(portal);
  if (!portal || !organizationId) return undefined;
  return {
    queryKey: companyQueryKey(organizationId),
    queryFn: async ({ signal }) =>
      (await portal.client.get(`/organizations/${encodeURIComponent(organizationId)}`, OrganizationSchema, { signal })).data,
  };
}
