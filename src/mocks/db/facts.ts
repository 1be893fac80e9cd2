/**
 * Seeded facts that never depend on the seed: ids, tokens and pinned records tests and stories
 * can rely on (generated bulk data around them does depend on the seed).
 */
import { ORG_A, ORG_B, USER_ADMIN_A2, USER_ADMIN_B, USER_ANA, USER_MEMBER } from './organizations.js';
import { EULA_VERSION } from './licensing.js';
import { LGPD_VERSION } from './lgpd.js';
import { GENERATED_ARTICLES, PINNED_ARTICLE_IDS, RARE_WORDS, TITLE_MATCH_HELPFUL, TITLE_MATCH_TITLE, ticketSolutionId } from './solutions.js';
import { PINNED_TICKETS, TICKETS_IN_ORG_A, TICKETS_IN_ORG_B, ticketId } from './tickets.js';
import { REFERENCE_NOW } from './time.js';

const FIRST_PINNED_NUMBER = 21_400_001 + TICKETS_IN_ORG_A + TICKETS_IN_ORG_B - PINNED_TICKETS.length;

function pinned(key: string): string {
  const index = PINNED_TICKETS.findIndex((p) => p.key === key);
  if (index < 0) throw new Error(`unknown pinned ticket ${key}`);
  return ticketId(FIRST_PINNED_NUMBER + index);
}

export const FACTS = {
  referenceNow: REFERENCE_NOW,
  tokens: { admin: 'demo-token', member: 'member-token', expired: 'expired-token' },
  users: { ana: USER_ANA, member: USER_MEMBER, secondAdminA: USER_ADMIN_A2, adminB: USER_ADMIN_B },
  orgs: { a: ORG_A, b: ORG_B },
  counts: { ticketsInOrgA: TICKETS_IN_ORG_A, ticketsInOrgB: TICKETS_IN_ORG_B },
  /** Pinned portal tickets (all requested by Ana unless noted). */
  tickets: {
    /** org A, status new, urgent, no comments */
    new: pinned('new'),
    /** org A, open, high; agent comments with hostile htmlBody; Carlos in cc */
    open: pinned('open'),
    /** org A, pending (awaiting customer) */
    pending: pinned('pending'),
    /** org A, hold */
    hold: pinned('hold'),
    /** org A, solved, no satisfaction yet (reply reopens it; satisfaction allowed) */
    solved: pinned('solved'),
    /** org A, closed, no satisfaction yet (replies answer 409) */
    closed: pinned('closed'),
    /** org A, open, requested by Carlos (admin) with Ana in copy */
    cc: pinned('cc'),
    /** org A, open, requested by Bruno (the member user) */
    member: pinned('member'),
    /** org B, open, requested by Ana (a member there: no canChangeRequester) */
    orgBMine: pinned('orgBMine'),
    /** org B, pending, requested by Fernanda with Ana in copy */
    orgBCc: pinned('orgBCc'),
  },
  /** First archived ticket of each source (legacy = org A; cmnet/consinco = org B). */
  archive: { legacy: 'arc-leg-a-00001', legacyOrgB: 'arc-leg-b-00001', cmnet: 'arc-cmn-00001', consinco: 'arc-csc-00001' },
  products: { inUse: 'prd-a01', withoutTickets: 'prd-a08', orgB: 'prd-b01' },
  installations: { a: 'ins-a01', test: 'ins-a03', blocked: 'ins-a04', b: 'ins-b01' },
  licenses: { active: 'lic-a01', expiring: 'lic-a04', expired: 'lic-a06', suspended: 'lic-a07', unallocated: 'lic-a09', orgB: 'lic-b01' },
  messages: { unread: 'msg-a01', read: 'msg-a04', hostile: 'msg-a03' },
  serviceOrders: { pending: 'os-a064', pending2: 'os-a063', approved: 'os-a002', rejected: 'os-a001', orgBPending: 'os-b020' },
  /**
   * The solution search (`/v1/solutions…`): pinned knowledge-base articles (seed-independent; the
   * generated ones around them depend on the seed) and the shared solved tickets.
   */
  solutions: {
    /** A query only the pinned articles below contain (accent-free "rejeicao 539" finds them too). */
    rareWords: RARE_WORDS,
    /** Protheus / SIGAFAT article whose TITLE contains `rareWords`: first for that query (and its suggestions); votes 42 yes / 3 no */
    titleMatch: PINNED_ARTICLE_IDS.titleMatch,
    /** the title of `titleMatch` */
    titleMatchTitle: TITLE_MATCH_TITLE,
    /** base votes of `titleMatch` (before any signed-in user votes) */
    helpful: TITLE_MATCH_HELPFUL,
    /** articles with `rareWords` only in their BODY (two Protheus, one Datasul): ranked after `titleMatch` */
    bodyMatches: PINNED_ARTICLE_IDS.bodyMatches,
    /** Fluig article nobody voted on (0 / 0) */
    noVotes: PINNED_ARTICLE_IDS.noVotes,
    /** Winthor and CMNET articles whose bodyHtml carries `<script>`, `onerror`, `javascript:` links, inline handlers, svg, iframe */
    hostile: PINNED_ARTICLE_IDS.hostile,
    /** an article without product line or module */
    general: PINNED_ARTICLE_IDS.general,
    /** solution id of the pinned solved ticket `tickets.solved` (org A, product `sharingProduct`, which shares) */
    sharedTicket: ticketSolutionId(pinned('solved')),
    /** the product of `sharedTicket` (Protheus 12.1.2310 of org A, sharing on): PATCH it off and its tickets leave the search */
    sharingProduct: 'prd-a01',
    /** products whose `shareTicketsInSolutionSearch` is off: none of their tickets is ever in the search */
    notSharingProducts: ['prd-a03', 'prd-a05', 'prd-a07', 'prd-a08', 'prd-b03'],
    /** articles in the knowledge base (8 pinned + 8 per module of the catalogue) */
    articles: 8 + GENERATED_ARTICLES,
  },
  eulaVersion: EULA_VERSION,
  lgpdVersion: LGPD_VERSION,
} as const;

export type Facts = typeof FACTS;
