/**
 * Every call <me-licenses> makes: typed, schema-checked, through the portal's client and cache.
 * Keys start with `['organizations', orgId, 'licensing']`, so accepting the EULA (or learning that
 * a new one must be accepted) refreshes the whole module with one invalidation.
 */
import type { Schema } from '../../core/api/client.js';
import type { QueryOptions } from '../../core/cache.js';
import { queryOrganization, type PortalContext } from '../../core/context.js';
import { ApiError } from '../../core/errors.js';
import {
  EulaSchema, InstallationListSchema, InstallationSchema, LicenseListSchema, LicenseSchema, LicensingMessageListSchema,
  type Allocation, type Eula, type Installation, type InstallationBody, type InstallationList, type InstallationPatchBody,
  type License, type LicenseList, type LicensingMessageList,
} from '../../core/schemas/licensing.js';
import { liveKeys } from '../../core/live/keys.js';

export type LicensesTab = 'licenses' | 'installations' | 'messages';
export const LICENSES_TABS: readonly LicensesTab[] = ['licenses', 'installations', 'messages'];

/** Every list here is short (a customer has tens of installations and licences): one page holds it. */
const PAGE_SIZE = 500;

export const licensingKeys = {
  all: (orgId: string) => ['organizations', orgId, 'licensing'] as const,
  eula: (orgId: string) => ['organizations', orgId, 'licensing', 'eula'] as const,
  installations: (orgId: string) => ['organizations', orgId, 'licensing', 'installations'] as const,
  licenses: (orgId: string) => ['organizations', orgId, 'licensing', 'licenses'] as const,
  messages: (orgId: string) => ['organizations', orgId, 'licensing', 'messages'] as const,
};

const org = (orgId: string) => `/organizations/${encodeURIComponent(orgId)}`;

/** A `409 eula-not-accepted`: a (new) EULA must be accepted before anything else. */
export function isEulaRequired(error: unknown): boolean {
  return error instanceof ApiError && error.status === 409 && error.slug === 'eula-not-accepted';
}

/** Whether the organization has accepted the EULA's current version. */
export function eulaAccepted(eula: Eula): boolean {
  return eula.acceptance !== null && eula.acceptance.version === eula.version;
}

/** `GET …/licensing/eula`: may start before `/v1/me` (organization data). */
export function eulaQuery(portal: PortalContext | undefined): QueryOptions<Eula> | undefined {
  const orgId = queryOrganization(portal);
  if (!portal || !orgId) return undefined;
  return {
    queryKey: licensingKeys.eula(orgId),
    queryFn: async ({ signal }) => (await portal.client.get(`${org(orgId)}/licensing/eula`, EulaSchema, { signal })).data,
  };
}

/** One of the organization's short lists (a single page of `PAGE_SIZE`), through the shared cache. */
function orgListQuery<T>(portal: PortalContext | undefined, key: (orgId: string) => readonly unknown[], path: string,
  schema: Schema<T>, sort: string): QueryOptions<T> | undefined {
  const orgId = queryOrganization(portal);
  if (!portal || !orgId) return undefined;
  return {
    queryKey: key(orgId),
    queryFn: async ({ signal }) => (await portal.client.get(`${org(orgId)}${path}`, schema, { query: { pageSize: PAGE_SIZE, sort }, signal })).data,
  };
}

export function licensesQuery(portal: PortalContext | undefined): QueryOptions<LicenseList> | undefined {
  return orgListQuery(portal, licensingKeys.licenses, '/licenses', LicenseListSchema, 'name');
}

export function installationsQuery(portal: PortalContext | undefined): QueryOptions<InstallationList> | undefined {
  return orgListQuery(portal, licensingKeys.installations, '/installations', InstallationListSchema, 'name');
}

/** Messages, newest first (the view puts the unread ones on top); the unread count comes from it. */
export function messagesQuery(portal: PortalContext | undefined): QueryOptions<LicensingMessageList> | undefined {
  return orgListQuery(portal, licensingKeys.messages, '/licensing/messages', LicensingMessageListSchema, '-receivedAt');
}

/** The EULA was accepted: every licensing list of the organization refetches (the EULA itself is set). */
export function invalidateLicensing(portal: PortalContext): Promise<void> {
  return portal.queryClient.invalidateQueries({ queryKey: licensingKeys.all(portal.organizationId!), predicate: (query) => query.queryKey[3] !== 'eula' });
}

export async function acceptEula(portal: PortalContext, version: string, idempotencyKey: string): Promise<Eula> {
  const orgId = portal.organizationId!;
  const { data } = await portal.client.request({
    method: 'POST', path: `${org(orgId)}/licensing/eula/acceptance`, body: { version }, schema: EulaSchema, idempotencyKey,
  });
  portal.queryClient.setQueryData(licensingKeys.eula(orgId), data);
  await invalidateLicensing(portal);
  return data;
}

/** A single resource and the ETag its editor sends back (If-Match). */
export interface Versioned<T> {
  data: T;
  etag: string | undefined;
}

export async function fetchInstallation(portal: PortalContext, id: string): Promise<Versioned<Installation>> {
  const { data, etag } = await portal.client.get(`${org(portal.organizationId!)}/installations/${encodeURIComponent(id)}`, InstallationSchema);
  return { data, etag };
}

export async function createInstallation(portal: PortalContext, body: InstallationBody, idempotencyKey: string): Promise<Installation> {
  const { data } = await portal.client.request({
    method: 'POST', path: `${org(portal.organizationId!)}/installations`, body, schema: InstallationSchema, idempotencyKey,
  });
  await portal.queryClient.invalidateQueries({ queryKey: licensingKeys.installations(portal.organizationId!) });
  return data;
}

export async function patchInstallation(portal: PortalContext, id: string, body: InstallationPatchBody, ifMatch: string | undefined): Promise<Installation> {
  const { data } = await portal.client.request({
    method: 'PATCH', path: `${org(portal.organizationId!)}/installations/${encodeURIComponent(id)}`, body, schema: InstallationSchema, ifMatch,
  });
  await portal.queryClient.invalidateQueries({ queryKey: licensingKeys.installations(portal.organizationId!) });
  return data;
}

export async function fetchLicense(portal: PortalContext, id: string): Promise<Versioned<License>> {
  const { data, etag } = await portal.client.get(`${org(portal.organizationId!)}/licenses/${encodeURIComponent(id)}`, LicenseSchema);
  return { data, etag };
}

export async function saveAllocations(portal: PortalContext, id: string, allocations: Allocation[], ifMatch: string | undefined): Promise<Versioned<License>> {
  const { data, etag } = await portal.client.request({
    method: 'PUT', path: `${org(portal.organizationId!)}/licenses/${encodeURIComponent(id)}/allocations`,
    body: { allocations }, schema: LicenseSchema, ifMatch,
  });
  await portal.queryClient.invalidateQueries({ queryKey: licensingKeys.licenses(portal.organizationId!) });
  return { data, etag };
}

/** `POST …/messages/{id}/read` (a read-mark: no Idempotency-Key), then the list and its count refresh. */
export async function markMessageRead(portal: PortalContext, id: string): Promise<void> {
  const orgId = portal.organizationId!;
  await portal.client.request({ method: 'POST', path: `${org(orgId)}/licensing/messages/${encodeURIComponent(id)}/read` });
  portal.queryClient.setQueryData<LicensingMessageList>(licensingKeys.messages(orgId), (list) =>
    list && { ...list, items: list.items.map((m) => (m.id === id ? { ...m, read: true } : m)) });
  await portal.queryClient.invalidateQueries({ queryKey: licensingKeys.messages(orgId) });
}

// live updates: licences and their distribution, installations, messages
liveKeys(['license.updated'], (event) => [event.organizationId && licensingKeys.licenses(event.organizationId)]);
liveKeys(['installation.updated'], (event) => event.organizationId
  ? [licensingKeys.installations(event.organizationId), licensingKeys.licenses(event.organizationId)] : []);
liveKeys(['licensing.message.created'], (event) => [event.organizationId && licensingKeys.messages(event.organizationId)]);
