/**
 * Every call <me-contacts> makes: typed, schema-checked, through the portal's client and cache.
 * Keys start with `['organizations', orgId, 'contacts']` (the admins notice's key too), so a
 * mutation here refreshes every view of the organization's contacts with one invalidation.
 */
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import {
  ContactImportResultSchema, ContactListSchema, ContactSchema, type Contact, type ContactCreateBody, type ContactImportBody,
  type ContactImportResult, type ContactList, type ContactPatchBody, type ContactStatus,
} from '../../core/schemas/contacts.js';
import type { OrganizationRole } from '../../core/schemas/session.js';
import { adminsQuery } from '../../portal/me-admins-notice.js';
import { liveKeys } from '../../core/live/keys.js';

/** What the toolbar sets; `undefined` fields are not sent. */
export interface ContactFilters {
  q?: string;
  status?: ContactStatus;
  role?: OrganizationRole;
  /** `field` or `-field` */
  sort?: string;
}

export const CONTACTS_PAGE_SIZE = 50;
export const DEFAULT_CONTACT_FILTERS: ContactFilters = { sort: 'name' };
/** The API's batch limit (`POST …/contacts/import`). */
export const IMPORT_MAX_ROWS = 1000;

export const contactKeys = {
  all: (orgId: string) => ['organizations', orgId, 'contacts'] as const,
  page: (orgId: string, filters: ContactFilters, page: number, pageSize: number) =>
    ['organizations', orgId, 'contacts', 'list', filters, page, pageSize] as const,
};

const base = (orgId: string) => `/organizations/${encodeURIComponent(orgId)}/contacts`;

async function loadPage(portal: PortalContext, orgId: string, filters: ContactFilters, page: number, pageSize: number, signal: AbortSignal): Promise<ContactList> {
  const { data } = await portal.client.get(base(orgId), ContactListSchema, { query: { ...filters, page, pageSize }, signal });
  return data;
}

/** One page of the list, through the cache (the data list asks for pages as the user scrolls). */
export function fetchContactPage(portal: PortalContext, filters: ContactFilters, page: number, pageSize: number, signal?: AbortSignal): Promise<ContactList> {
  const orgId = portal.organizationId!;
  return portal.queryClient.fetchQuery({
    queryKey: contactKeys.page(orgId, filters, page, pageSize),
    queryFn: ({ signal: cacheSignal }) => loadPage(portal, orgId, filters, page, pageSize, signal ?? cacheSignal),
    staleTime: 30_000,
  });
}

/** Page 1 as the list first shows it: keyed by the organization alone, so it may start before `/v1/me`. */
export function firstPageQuery(portal: PortalContext | undefined): QueryOptions<ContactList> | undefined {
  const orgId = queryOrganization(portal);
  if (!portal || !orgId) return undefined;
  return {
    queryKey: contactKeys.page(orgId, DEFAULT_CONTACT_FILTERS, 1, CONTACTS_PAGE_SIZE),
    queryFn: ({ signal }) => loadPage(portal, orgId, DEFAULT_CONTACT_FILTERS, 1, CONTACTS_PAGE_SIZE, signal),
    refetchOnWindowFocus: false,
  };
}

/**
 * The organization's active admins, under the admins notice's own key and request (one cache
 * entry for both): its `total` tells whether a contact is the last active admin.
 */
export function activeAdminsQuery(portal: PortalContext): QueryOptions<ContactList> {
  return adminsQuery(portal, portal.organizationId!);
}

/** The active admins now (cached for a few seconds; a mutation here invalidates it). */
export function fetchActiveAdmins(portal: PortalContext): Promise<ContactList> {
  return portal.queryClient.fetchQuery({ ...activeAdminsQuery(portal), staleTime: 5_000 });
}

/** Whether `contact` is the organization's only active admin (it cannot be demoted, deactivated or deleted). */
export function isLastActiveAdmin(contact: Contact, admins: ContactList | undefined): boolean {
  if (contact.role !== 'admin' || contact.status !== 'active' || !admins) return false;
  return admins.total <= 1 && admins.items.every((a) => a.id === contact.id);
}

/** The server's `409 last-admin`. */
export function isLastAdminError(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.slug === 'last-admin';
}

export function isDuplicateEmail(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.slug === 'duplicate-email';
}

export function isStale(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}

/** After any mutation: every view of the organization's contacts (lists, admins notice) refetches. */
function changed(portal: PortalContext, orgId: string): Promise<void> {
  return portal.queryClient.invalidateQueries({ queryKey: contactKeys.all(orgId) });
}

/** A single resource and the ETag its editor sends back (If-Match). */
export interface Versioned<T> {
  data: T;
  etag: string | undefined;
}

export async function fetchContact(portal: PortalContext, id: string): Promise<Versioned<Contact>> {
  const { data, etag } = await portal.client.get(`${base(portal.organizationId!)}/${encodeURIComponent(id)}`, ContactSchema);
  return { data, etag };
}

export async function inviteContact(portal: PortalContext, body: ContactCreateBody, idempotencyKey: string): Promise<Contact> {
  const orgId = portal.organizationId!;
  const { data } = await portal.client.request({ method: 'POST', path: base(orgId), body, schema: ContactSchema, idempotencyKey });
  void changed(portal, orgId);
  return data;
}

export async function patchContact(portal: PortalContext, id: string, body: ContactPatchBody, ifMatch: string | undefined, idempotencyKey?: string): Promise<Versioned<Contact>> {
  const orgId = portal.organizationId!;
  const { data, etag } = await portal.client.request({
    method: 'PATCH', path: `${base(orgId)}/${encodeURIComponent(id)}`, body, schema: ContactSchema, ifMatch, idempotencyKey,
  });
  void changed(portal, orgId);
  return { data, etag };
}

export async function deleteContact(portal: PortalContext, id: string, idempotencyKey: string): Promise<void> {
  const orgId = portal.organizationId!;
  await portal.client.request({ method: 'DELETE', path: `${base(orgId)}/${encodeURIComponent(id)}`, idempotencyKey });
  void changed(portal, orgId);
}

export async function importContacts(portal: PortalContext, body: ContactImportBody, idempotencyKey: string): Promise<ContactImportResult> {
  const orgId = portal.organizationId!;
  const { data } = await portal.client.request({
    method: 'POST', path: `${base(orgId)}/import`, body, schema: ContactImportResultSchema, idempotencyKey,
  });
  void changed(portal, orgId);
  return data;
}

// live updates: the contacts (and, under the same prefix, who the admins are)
liveKeys(['contact.updated'], (event) => [event.organizationId && contactKeys.all(event.organizationId)]);
