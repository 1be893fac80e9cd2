/** Membership and role checks shared by the organization-scoped handlers. */
import type { OrganizationRecord, Role } from '../db/types.js';
import { notFound, problem } from '../http.js';
import type { Ctx } from '../router.js';

/** The organization (404 when unknown). */
export function organization(ctx: Ctx, orgId: string): OrganizationRecord {
  const org = ctx.db.organizations.get(orgId);
  if (!org) throw notFound('A organização');
  return org;
}

/** The user's roles in the organization: 404 unknown org, 403 `not-a-member`. */
export function requireMember(ctx: Ctx, orgId: string): Role[] {
  organization(ctx, orgId);
  const roles = ctx.db.rolesIn(ctx.user.id, orgId);
  if (!roles) throw problem(403, 'not-a-member', 'Você não está vinculado a esta organização.');
  return roles;
}

export function isAdmin(ctx: Ctx, orgId: string): boolean {
  return ctx.db.rolesIn(ctx.user.id, orgId)?.includes('admin') ?? false;
}

/** 404 unknown org, 403 `not-a-member`, 403 `admin-only`. */
export function requireAdmin(ctx: Ctx, orgId: string, detail = 'Peça a um administrador da organização.'): void {
  const roles = requireMember(ctx, orgId);
  if (!roles.includes('admin')) throw problem(403, 'admin-only', detail);
}

export function param(ctx: Ctx, name: string): string {
  return ctx.params[name] ?? '';
}
