/** Company — Dados cadastrais. */
import type { Organization } from '../../core/schemas/index.js';
import type { OrganizationRecord } from '../db/types.js';
import { json } from '../http.js';
import type { Route } from '../router.js';
import { organization, param, requireMember } from './access.js';

export function toOrganization(o: OrganizationRecord): Organization {
  const { name: _name, domain: _domain, ddd: _ddd, ...rest } = o;
  return structuredClone(rest);
}

export const companyRoutes: Route[] = [
  {
    method: 'GET',
    path: '/organizations/:orgId',
    handle: (ctx) => {
      const orgId = param(ctx, 'orgId');
      requireMember(ctx, orgId);
      return json(toOrganization(organization(ctx, orgId)));
    },
  },
];
