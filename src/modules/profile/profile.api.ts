import * as z from 'zod/mini';
import type { PortalContext } from '../../core/context.js';
import { NameSchema, PhoneSchema } from '../../core/schemas/common.js';
import { LanguageSchema, MeSchema, TimeZoneSchema, type Me, type MePatchBody } from '../../core/schemas/session.js';
import { fetchSession, meQueryKey, storeSession, type Session } from '../../core/session.js';

/** The fields of the profile form, in the order they are shown (and compared). */
export const PROFILE_FIELDS = ['name', 'phone', 'jobTitle', 'language', 'timeZone'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];
export type ProfileValues = Record<ProfileField, string>;

let zoneList: string[] | undefined;

/** The IANA zones this browser knows (`Intl.supportedValuesOf`), `UTC` included. */
export function timeZones(): string[] {
  if (!zoneList) {
    let zones: string[] = [];
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      // an engine without the list: any zone Intl accepts still validates below
    }
    zoneList = zones.includes('UTC') ? zones : [...zones, 'UTC'];
  }
  return zoneList;
}

/** Whether `Intl` knows the zone (names the list spells differently, like `Etc/UTC`, included). */
export function isTimeZone(zone: string): boolean {
  if (timeZones().includes(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The form's schema: the API's `PATCH /v1/me` body rules (name 2–120, phone digits 10–13, an
 * IANA zone) with the fields the profile always has made required. `zoneMessage` says, in the
 * user's language, that the typed zone is not one of the list.
 */
export function profileFormSchema(zoneMessage: () => string) {
  return z.object({
    name: NameSchema,
    phone: z.optional(PhoneSchema),
    jobTitle: z.optional(z.string().check(z.trim(), z.maxLength(120))),
    language: LanguageSchema,
    timeZone: TimeZoneSchema.check(z.refine(isTimeZone, { error: zoneMessage })),
  });
}

/** What the form shows for a version of the user. */
export function valuesOf(me: Me): ProfileValues {
  return { name: me.name, phone: me.phone ?? '', jobTitle: me.jobTitle ?? '', language: me.language, timeZone: me.timeZone };
}

/**
 * The `PATCH` body: only the fields whose value differs from the version being edited (an
 * emptied job title is sent empty, which clears it).
 */
export function changesFrom(me: Me, body: Partial<ProfileValues>): MePatchBody {
  const base = valuesOf(me);
  const patch: Record<string, string> = {};
  for (const field of PROFILE_FIELDS) {
    const next = body[field] ?? '';
    if (next !== base[field]) patch[field] = next;
  }
  return patch as MePatchBody;
}

/** `PATCH /v1/me` against the version the form edits; the answer becomes the portal's session. */
export async function saveProfile(portal: PortalContext, patch: MePatchBody, ifMatch: string | undefined): Promise<Session> {
  const response = await portal.client.request({ method: 'PATCH', path: '/me', body: patch, schema: MeSchema, ifMatch });
  const session: Session = { me: response.data, etag: response.etag };
  storeSession(portal.queryClient, session);
  return session;
}

/** The version saved now (after a 412): read again, and the portal's session follows. */
export function reloadSession(portal: PortalContext): Promise<Session> {
  return portal.queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: ({ signal }) => fetchSession(portal.client, signal), staleTime: 0 });
}
