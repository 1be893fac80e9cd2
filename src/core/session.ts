import type { QueryClient } from '@tanstack/query-core';
import type { ApiClient } from './api/client.js';
import { MeSchema, type Me } from './schemas/session.js';

/**
 * `/v1/me`, the portal's cached resource: the signed-in user and the version (`ETag`) the cache
 * holds. One entry per portal; a profile save writes its response here (no second GET) and every
 * widget follows: the language, the time zone of every date shown, the roles.
 */
export interface Session {
  me: Me;
  /** the `ETag` of this version (`If-Match` of `PATCH /v1/me`) */
  etag?: string;
}

/** Cache key of the session (`GET /v1/me`). */
export const meQueryKey = ['me'] as const;

/** `GET /v1/me` with its ETag. */
export async function fetchSession(client: ApiClient, signal?: AbortSignal): Promise<Session> {
  const response = await client.get('/me', MeSchema, { signal });
  return { me: response.data, etag: response.etag };
}

/** Puts a newer version of the session in the cache (the response of `PATCH /v1/me`). */
export function storeSession(queryClient: QueryClient, session: Session): void {
  queryClient.setQueryData<Session>(meQueryKey, session);
}
