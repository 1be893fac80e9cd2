/** Session: GET/PATCH /v1/me. */
import { type Me, MePatchBodySchema } from '../../core/schemas/index.js';
import type { MockDb } from '../db/index.js';
import type { UserRecord } from '../db/types.js';
import { checkIfMatch, json, validate, validationFailed } from '../http.js';
import type { Route } from '../router.js';

export function toMe(db: MockDb, user: UserRecord): Me {
  const me: Me = {
    id: user.id,
    name: user.name,
    email: user.email,
    language: user.language,
    timeZone: user.timeZone,
    organizations: db.organizationsOf(user.id).map((o) => ({ id: o.id, name: o.name, code: o.code, roles: db.rolesIn(user.id, o.id) ?? [] })),
    defaultOrganizationId: user.defaultOrganizationId,
  };
  if (user.phone !== undefined) me.phone = user.phone;
  if (user.jobTitle !== undefined) me.jobTitle = user.jobTitle;
  return me;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const sessionRoutes: Route[] = [
  {
    method: 'GET',
    path: '/me',
    handle: ({ db, user }) => json(toMe(db, user), { etag: true }),
  },
  {
    method: 'PATCH',
    path: '/me',
    handle: async (ctx) => {
      const { db, user } = ctx;
      checkIfMatch(ctx.request, toMe(db, user));
      const body = validate(MePatchBodySchema, await ctx.body());
      if (body.timeZone !== undefined && !isTimeZone(body.timeZone)) {
        throw validationFailed([{ path: 'timeZone', message: 'Fuso horário IANA desconhecido' }]);
      }
      if (body.name !== undefined) user.name = body.name;
      if (body.phone !== undefined) user.phone = body.phone;
      if (body.jobTitle !== undefined) {
        if (body.jobTitle.trim() === '') delete user.jobTitle;
        else user.jobTitle = body.jobTitle.trim();
      }
      if (body.language !== undefined) user.language = body.language;
      if (body.timeZone !== undefined) user.timeZone = body.timeZone;
      // The user is a contact of their organizations too: keep those in sync.
      for (const contacts of db.contacts.values()) {
        const c = contacts.get(user.id);
        if (!c) continue;
        c.name = user.name;
        if (user.phone !== undefined) c.phone = user.phone;
        if (user.jobTitle !== undefined) c.jobTitle = user.jobTitle;
        else delete c.jobTitle;
      }
      return json(toMe(db, user), { etag: true });
    },
  },
];
