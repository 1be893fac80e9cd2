/**
 * Every call of the solution search: `<me-solutions>`, the solution view and the new-request
 * form's suggestions. Solutions are not organization data: they need only the client (and its
 * token), so they may start before `/v1/me`. Everything lives under the `['solutions']` prefix,
 * which a product's share toggle invalidates (products.api.ts): a product that stops sharing its
 * tickets takes them out of every result on the page.
 */
import type { QueryOptions } from '../../core/cache.js';
import type { PortalContext } from '../../core/context.js';
import {
  SolutionListSchema, SolutionSchema, SolutionSuggestionsSchema, SolutionVoteResultSchema, type Solution, type SolutionList,
  type SolutionListQuery, type SolutionSuggestions, type SolutionSummary, type SolutionVoteResult,
} from '../../core/schemas/solutions.js';

/** The fewest characters the suggestions endpoint takes (it answers 400 below). */
export const SUGGESTIONS_MIN_LENGTH = 3;

export const solutionKeys = {
  all: () => ['solutions'] as const,
  list: (query: SolutionListQuery) => ['solutions', 'list', query] as const,
  one: (id: string) => ['solutions', 'one', id] as const,
  suggestions: (q: string, productLineId: string | undefined) => ['solutions', 'suggestions', { q, productLineId }] as const,
};

const usable = (portal: PortalContext | undefined): portal is PortalContext => Boolean(portal && portal.status !== 'error');

/** `GET /v1/solutions`: one page of the search. */
export function solutionsQuery(portal: PortalContext | undefined, query: SolutionListQuery): QueryOptions<SolutionList> | undefined {
  if (!usable(portal)) return undefined;
  return {
    queryKey: solutionKeys.list(query),
    queryFn: async ({ signal }) => (await portal.client.get('/solutions', SolutionListSchema, { query: { ...query }, signal })).data,
    staleTime: 60_000,
  };
}

/** `GET /v1/solutions/{id}`: the body, the reader's vote, the related ids. */
export function solutionQuery(portal: PortalContext | undefined, id: string | undefined): QueryOptions<Solution> | undefined {
  if (!usable(portal) || !id) return undefined;
  return {
    queryKey: solutionKeys.one(id),
    queryFn: async ({ signal }) =>
      (await portal.client.get(`/solutions/${encodeURIComponent(id)}`, SolutionSchema, { signal })).data,
    staleTime: 60_000,
  };
}

/**
 * `GET /v1/solutions/suggestions` for a subject typed so far (trimmed, at least
 * {@link SUGGESTIONS_MIN_LENGTH} characters, else no query at all). A failure is the caller's to
 * keep silent: suggestions must never stand in the way of opening a request, so no retry either.
 */
export function suggestionsQuery(portal: PortalContext | undefined, subject: string, productLineId?: string): QueryOptions<SolutionSuggestions> | undefined {
  const q = subject.trim();
  if (!usable(portal) || q.length < SUGGESTIONS_MIN_LENGTH) return undefined;
  return {
    queryKey: solutionKeys.suggestions(q, productLineId),
    queryFn: async ({ signal }) =>
      (await portal.client.get('/solutions/suggestions', SolutionSuggestionsSchema, { query: { q, productLineId }, signal })).data,
    staleTime: 5 * 60_000,
    retry: false,
  };
}

/**
 * `POST /v1/solutions/{id}/votes` with the action's Idempotency-Key. The answer's counts and vote
 * replace what every cached view of that solution shows (its page, the result lists, the
 * suggestions): no refetch.
 */
export async function voteSolution(portal: PortalContext, id: string, helpful: boolean, idempotencyKey: string): Promise<SolutionVoteResult> {
  const { data } = await portal.client.request({
    method: 'POST', path: `/solutions/${encodeURIComponent(id)}/votes`, body: { helpful }, schema: SolutionVoteResultSchema, idempotencyKey,
  });
  const { queryClient } = portal;
  queryClient.setQueryData<Solution>(solutionKeys.one(id), (solution) => solution && { ...solution, helpful: data.helpful, myVote: data.myVote });
  const patch = <T extends { items: SolutionSummary[] }>(page: T | undefined): T | undefined =>
    page && page.items.some((item) => item.id === id)
      ? { ...page, items: page.items.map((item) => (item.id === id ? { ...item, helpful: data.helpful } : item)) }
      : page;
  queryClient.setQueriesData<SolutionList>({ queryKey: ['solutions', 'list'] }, patch);
  queryClient.setQueriesData<SolutionSuggestions>({ queryKey: ['solutions', 'suggestions'] }, patch);
  return data;
}

/** After a product's share setting changes (or anything else that changes what the search holds). */
export function invalidateSolutions(portal: PortalContext): Promise<void> {
  return portal.queryClient.invalidateQueries({ queryKey: solutionKeys.all() });
}
