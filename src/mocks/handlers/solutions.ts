/**
 * Solutions — busca compartilhada de soluções: search (relevance: accent- and case-insensitive
 * word-prefix matching, title weighed above body, rare words above common ones), suggestions for
 * a new request's subject, one solution, and the readers' votes (one per user, replaceable).
 * Not organization data: any signed-in user reads every solution.
 */
import {
  type HelpfulCounts, type Solution, SolutionListQuerySchema, type SolutionSort, type SolutionSummary, SolutionSuggestionsQuerySchema,
  SolutionVoteBodySchema, type SolutionVoteResult,
} from '../../core/schemas/solutions.js';
import type { MockDb } from '../db/index.js';
import { type SolutionRecord, plainText, words } from '../db/solutions.js';
import { iso } from '../db/time.js';
import { json, notFound, paginate, parseQuery, validate } from '../http.js';
import type { Ctx, Route } from '../router.js';
import { param } from './access.js';

const EXCERPT_MAX = 300;
const SUGGESTIONS_MAX = 5;
const RELATED_MAX = 4;

/** Words too common to mean anything in a query (pt-BR). */
const STOP_WORDS = new Set([
  'a', 'o', 'e', 'as', 'os', 'de', 'da', 'do', 'das', 'dos', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'aos', 'com', 'por',
  'para', 'pra', 'um', 'uma', 'uns', 'umas', 'que', 'se', 'ou', 'sem', 'sob', 'pelo', 'pela', 'meu', 'minha',
]);

/** What a search looks at in a solution, folded once per record. */
interface Indexed {
  text: string;
  title: string[];
  body: string[];
  /** product line name and module: weighed like the body */
  meta: string[];
}

const indexes = new WeakMap<SolutionRecord, Indexed>();

function indexOf(s: SolutionRecord): Indexed {
  let ix = indexes.get(s);
  if (!ix) {
    const text = plainText(s.bodyHtml);
    ix = { text, title: words(s.title), body: words(text), meta: words(`${s.productLine?.name ?? ''} ${s.module ?? ''}`) };
    indexes.set(s, ix);
  }
  return ix;
}

/** The query's meaningful terms, folded and deduplicated. */
export function queryTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(words(q).filter((w) => !STOP_WORDS.has(w) && (w.length > 1 || /\d/.test(w))))];
}

const hasPrefix = (list: readonly string[], term: string) => list.some((w) => w.startsWith(term));

interface Scored {
  s: SolutionRecord;
  score: number;
}

/**
 * The solutions matching at least one term, scored: per term, its rarity (idf over the searched
 * set) × 3 when a title word starts with it, else × 1 when a body, module or line word does.
 */
function rank(items: readonly SolutionRecord[], terms: readonly string[]): Scored[] {
  const hits = items.map((s) => {
    const ix = indexOf(s);
    return terms.map((t) => (hasPrefix(ix.title, t) ? 3 : hasPrefix(ix.body, t) || hasPrefix(ix.meta, t) ? 1 : 0));
  });
  const idf = terms.map((_, k) => {
    const df = hits.reduce((n, h) => n + (h[k] ? 1 : 0), 0);
    return Math.log(1 + items.length / Math.max(1, df));
  });
  const out: Scored[] = [];
  items.forEach((s, i) => {
    const h = hits[i] ?? [];
    const score = h.reduce<number>((sum, weight, k) => sum + weight * (idf[k] ?? 0), 0);
    if (score > 0) out.push({ s, score });
  });
  return out;
}

/** Relevance, then most recently updated, then id (deterministic). */
function byRelevance(a: Scored, b: Scored): number {
  return b.score - a.score || b.s.updatedMs - a.s.updatedMs || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0);
}

const byId = (a: SolutionRecord, b: SolutionRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const SORTS: Record<SolutionSort, (a: SolutionRecord, b: SolutionRecord) => number> = {
  'updatedAt': (a, b) => a.updatedMs - b.updatedMs || byId(a, b),
  '-updatedAt': (a, b) => b.updatedMs - a.updatedMs || byId(a, b),
  'title': (a, b) => a.title.localeCompare(b.title, 'pt-BR') || byId(a, b),
  '-title': (a, b) => b.title.localeCompare(a.title, 'pt-BR') || byId(a, b),
};

/** The search: filtered, matched and ordered (relevance unless `sort`; `-updatedAt` without `q`). */
interface SearchQuery {
  q?: string | undefined;
  productLineId?: string | undefined;
  source?: SolutionRecord['source'] | undefined;
  sort?: SolutionSort | undefined;
}

function search(db: MockDb, query: SearchQuery): SolutionRecord[] {
  const pool = db.solutions().filter((s) => (query.productLineId === undefined || s.productLine?.id === query.productLineId)
    && (query.source === undefined || s.source === query.source));
  const q = query.q?.trim() ?? '';
  if (q === '') return pool.sort(SORTS[query.sort ?? '-updatedAt']);
  const terms = queryTerms(q);
  const ranked = rank(pool, terms);
  if (query.sort !== undefined) return ranked.map((r) => r.s).sort(SORTS[query.sort]);
  return ranked.sort(byRelevance).map((r) => r.s);
}

/** Plain text, at most 300 characters: from a little before the first body word a term matches, else from the start. */
export function excerptOf(s: SolutionRecord, terms: readonly string[]): string {
  const { text } = indexOf(s);
  if (text.length <= EXCERPT_MAX) return text;
  let start = 0;
  if (terms.length > 0) {
    const re = /[\p{L}\p{N}]+/gu;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const w = words(m[0])[0] ?? '';
      if (terms.some((t) => w.startsWith(t))) {
        // some context before the match, from a word boundary
        if (m.index > 80) start = text.indexOf(' ', m.index - 60) + 1;
        break;
      }
    }
  }
  const prefix = start > 0 ? '…' : '';
  const rest = text.slice(start);
  if (prefix.length + rest.length <= EXCERPT_MAX) return prefix + rest;
  const room = EXCERPT_MAX - prefix.length - 1;
  let chunk = rest.slice(0, room);
  const cut = chunk.lastIndexOf(' ');
  if (cut > room / 2) chunk = chunk.slice(0, cut);
  return `${prefix}${chunk.trimEnd()}…`;
}

/** The counts: the readers' before the users, plus each user's vote. */
function helpfulOf(db: MockDb, s: SolutionRecord): HelpfulCounts {
  const counts = { ...s.baseHelpful };
  for (const vote of db.solutionVotes.get(s.id)?.values() ?? []) {
    if (vote) counts.yes += 1;
    else counts.no += 1;
  }
  return counts;
}

function toSummary(db: MockDb, s: SolutionRecord, terms: readonly string[]): SolutionSummary {
  const out: SolutionSummary = {
    id: s.id, source: s.source, title: s.title, excerpt: excerptOf(s, terms), updatedAt: iso(s.updatedMs), helpful: helpfulOf(db, s),
  };
  if (s.productLine) out.productLine = { ...s.productLine };
  if (s.module !== undefined) out.module = s.module;
  return out;
}

/** Up to 4 articles of the same line (same module first), most helpful first. */
function relatedIds(db: MockDb, s: SolutionRecord): string[] {
  if (!s.productLine) return [];
  const lineId = s.productLine.id;
  return db.articles
    .filter((a) => a.id !== s.id && a.productLine?.id === lineId)
    .map((a) => ({ a, same: a.module === s.module ? 1 : 0, yes: a.baseHelpful.yes }))
    .sort((x, y) => y.same - x.same || y.yes - x.yes || byId(x.a, y.a))
    .slice(0, RELATED_MAX)
    .map((x) => x.a.id);
}

function solutionOf(ctx: Ctx): SolutionRecord {
  const s = ctx.db.solution(param(ctx, 'id'));
  if (!s) throw notFound('A solução');
  return s;
}

export const solutionRoutes: Route[] = [
  {
    method: 'GET',
    path: '/solutions',
    handle: (ctx) => {
      const query = parseQuery(ctx.url, SolutionListQuerySchema);
      const terms = queryTerms(query.q);
      const page = paginate(search(ctx.db, query), query);
      return json({ ...page, items: page.items.map((s) => toSummary(ctx.db, s, terms)) });
    },
  },
  {
    method: 'GET',
    path: '/solutions/suggestions',
    handle: (ctx) => {
      const query = parseQuery(ctx.url, SolutionSuggestionsQuerySchema);
      const terms = queryTerms(query.q);
      const items = search(ctx.db, query).slice(0, SUGGESTIONS_MAX);
      return json({ items: items.map((s) => toSummary(ctx.db, s, terms)) });
    },
  },
  {
    method: 'GET',
    path: '/solutions/:id',
    handle: (ctx) => {
      const s = solutionOf(ctx);
      const out: Solution = {
        ...toSummary(ctx.db, s, []),
        bodyHtml: s.bodyHtml,
        myVote: ctx.db.solutionVotes.get(s.id)?.get(ctx.user.id) ?? null,
        relatedIds: relatedIds(ctx.db, s),
      };
      return json(out);
    },
  },
  {
    method: 'POST',
    path: '/solutions/:id/votes',
    handle: async (ctx) => {
      const s = solutionOf(ctx);
      const body = validate(SolutionVoteBodySchema, await ctx.body());
      let votes = ctx.db.solutionVotes.get(s.id);
      if (!votes) {
        votes = new Map();
        ctx.db.solutionVotes.set(s.id, votes);
      }
      // one vote per user: a later one replaces it, the same one again changes nothing
      votes.set(ctx.user.id, body.helpful);
      const out: SolutionVoteResult = { helpful: helpfulOf(ctx.db, s), myVote: body.helpful };
      return json(out);
    },
  },
];
