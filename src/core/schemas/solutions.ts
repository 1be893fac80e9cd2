/**
 * Solutions — busca compartilhada de soluções: `/v1/solutions…`. Knowledge-base articles and the
 * solved tickets that organizations share (product setting `shareTicketsInSolutionSearch`), with the
 * requester's personal data removed; readers vote whether a solution helped.
 */
import * as z from 'zod/mini';
import { IdSchema, IntSchema, ListQuerySchema, TimestampSchema, listEnvelope } from './common.js';

export const SolutionSourceSchema = z.enum(['article', 'ticket']);
export type SolutionSource = z.infer<typeof SolutionSourceSchema>;

/** How many readers found a solution helpful, and how many did not. */
export const HelpfulCountsSchema = z.object({ yes: IntSchema, no: IntSchema });
export type HelpfulCounts = z.infer<typeof HelpfulCountsSchema>;

export const SolutionSummarySchema = z.object({
  id: IdSchema,
  source: SolutionSourceSchema,
  title: z.string(),
  /** plain text, at most 300 characters */
  excerpt: z.string().check(z.maxLength(300)),
  productLine: z.optional(z.object({ id: IdSchema, name: z.string() })),
  module: z.optional(z.string()),
  updatedAt: TimestampSchema,
  helpful: HelpfulCountsSchema,
});
export type SolutionSummary = z.infer<typeof SolutionSummarySchema>;

export const SolutionListSchema = listEnvelope(SolutionSummarySchema);
export type SolutionList = z.infer<typeof SolutionListSchema>;

/** `GET /v1/solutions/{id}`: the summary, its body, the reader's own vote and related solutions. */
export const SolutionSchema = z.extend(SolutionSummarySchema, {
  /** UNTRUSTED: sanitize before rendering */
  bodyHtml: z.string(),
  /** the reader's vote: `true` helpful, `false` not, `null` not voted */
  myVote: z.nullable(z.boolean()),
  relatedIds: z.array(IdSchema),
});
export type Solution = z.infer<typeof SolutionSchema>;

/** Sort of the search: relevance to `q` (no `sort`), else these fields. */
export const SolutionSortSchema = z.enum(['updatedAt', '-updatedAt', 'title', '-title']);
export type SolutionSort = z.infer<typeof SolutionSortSchema>;

/** `GET /v1/solutions`: default order is relevance to `q`, then `-updatedAt`; without `q`, `-updatedAt`. */
export const SolutionListQuerySchema = z.extend(ListQuerySchema, {
  productLineId: z.optional(IdSchema),
  source: z.optional(SolutionSourceSchema),
  sort: z.optional(SolutionSortSchema),
});
export type SolutionListQuery = z.infer<typeof SolutionListQuerySchema>;

/** `POST /v1/solutions/{id}/votes` (Idempotency-Key): a later vote by the same user replaces the earlier one. */
export const SolutionVoteBodySchema = z.object({ helpful: z.boolean() });
export type SolutionVoteBody = z.infer<typeof SolutionVoteBodySchema>;

export const SolutionVoteResultSchema = z.object({ helpful: HelpfulCountsSchema, myVote: z.boolean() });
export type SolutionVoteResult = z.infer<typeof SolutionVoteResultSchema>;

/** `GET /v1/solutions/suggestions`: `q` of at least 3 characters (else 400). */
export const SolutionSuggestionsQuerySchema = z.object({
  q: z.string().check(z.trim(), z.minLength(3)),
  productLineId: z.optional(IdSchema),
});
export type SolutionSuggestionsQuery = z.infer<typeof SolutionSuggestionsQuerySchema>;

/** At most 5 suggestions, best first. */
export const SolutionSuggestionsSchema = z.object({ items: z.array(SolutionSummarySchema).check(z.maxLength(5)) });
export type SolutionSuggestions = z.infer<typeof SolutionSuggestionsSchema>;
