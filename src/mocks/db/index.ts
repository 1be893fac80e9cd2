/**
 * createMockDb(seed): the deterministic in-memory database behind the mock API.
 * Small collections are built eagerly; the 10,600 portal tickets and the archives on first
 * access (a few milliseconds); ticket details on demand per ticket id.
 */
import { generateArchive } from './archive.js';
import { PRODUCT_LINES } from './catalog.js';
import { generateDetail } from './details.js';
import { EventLog, type LiveEventInput, type LiveEventRecord } from './events.js';
import { FACTS } from './facts.js';
import { createLgpdTerms } from './lgpd.js';
import { createLicensing } from './licensing.js';
import { createMaturity, createProjects } from './maturity.js';
import { ORG_A, ORG_B, USER_ADMIN_A2, USER_ADMIN_B, USER_ANA, USER_MEMBER, createAgents, createContacts, createOrganizations, createUsers } from './organizations.js';
import { createProducts, productName } from './products.js';
import { createServiceOrders } from './service-orders.js';
import { type SolutionRecord, generateArticles, isShared, ticketSolution } from './solutions.js';
import { PINNED_HOSTILE, generateTickets } from './tickets.js';
import { REF_MS, createClock, iso } from './time.js';
import type {
  AttachmentRecord, ContactRecord, LgpdTermRecord, LicensingRecord, MaturityRecord, OrganizationRecord, PersonRecord,
  ProductRecord, ProjectRecord, ServiceOrderRecord, TicketDetailRecord, TicketRecord, UploadRecord, UserRecord,
} from './types.js';

export interface StoredResponse {
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string;
}

export class MockDb {
  readonly seed: number;
  /** Logical clock for mutations: the reference now + 1 minute per call. */
  readonly now: () => number;
  readonly organizations: Map<string, OrganizationRecord>;
  readonly users: Map<string, UserRecord>;
  /** orgId → (contactId → contact). A contact's id is the person's id. */
  readonly contacts: Map<string, Map<string, ContactRecord>>;
  readonly agents: PersonRecord[];
  /** People known only by e-mail (ticket CCs outside the contacts). */
  readonly extraPeople = new Map<string, PersonRecord>();
  readonly products: Map<string, ProductRecord>;
  readonly productLines = PRODUCT_LINES;
  readonly licensing: Map<string, LicensingRecord>;
  readonly lgpd: Map<string, LgpdTermRecord>;
  readonly projects: Map<string, ProjectRecord[]>;
  readonly uploads = new Map<string, UploadRecord>();
  /** Every attachment id a client has seen → its record (the signed links serve them). */
  readonly attachments = new Map<string, AttachmentRecord>();
  /** Idempotency-Key store: `${userId} ${key}` → first response. */
  readonly idempotency = new Map<string, StoredResponse>();
  readonly counters = { contact: 0, product: 0, installation: 0, upload: 0, comment: 0 };
  readonly facts = FACTS;
  /** The live-updates event log (`GET /v1/events`): append with `emit()`. */
  readonly events = new EventLog();
  /** Tokens the mock control expired (`live.expireTokens()`): they answer 401 like `expired…` ones. */
  readonly expiredTokens = new Set<string>();
  /** The time of the last mutation (what `now()` last returned; the reference now before the first). */
  #lastNow = REF_MS;

  #tickets?: TicketRecord[];
  #ticketIndex?: Map<string, TicketRecord>;
  #archive?: TicketRecord[];
  #details = new Map<string, TicketDetailRecord>();
  #serviceOrders?: Map<string, ServiceOrderRecord[]>;
  #maturity = new Map<string, MaturityRecord>();
  #articles?: SolutionRecord[];
  #articleIndex?: Map<string, SolutionRecord>;
  /** Solution votes: solution id → (user id → helpful). */
  readonly solutionVotes = new Map<string, Map<string, boolean>>();

  constructor(seed = 1) {
    this.seed = seed >>> 0;
    const clock = createClock();
    this.now = () => (this.#lastNow = clock());
    const orgs = createOrganizations();
    this.organizations = new Map(orgs.map((o) => [o.id, o]));
    this.users = new Map(createUsers().map((u) => [u.id, u]));
    this.contacts = createContacts(this.seed, orgs);
    this.agents = createAgents();
    this.products = new Map(createProducts().map((p) => [p.id, p]));
    const fernanda = this.person(USER_ADMIN_B) as PersonRecord;
    this.licensing = createLicensing(this.seed, { fernanda });
    this.lgpd = createLgpdTerms(fernanda);
    this.projects = createProjects();
  }

  /**
   * Appends a live event, `occurredAt` = the time of the mutation that caused it (the clock is not
   * advanced: timestamps of later mutations stay what they were before events existed).
   */
  emit(input: LiveEventInput): LiveEventRecord {
    return this.events.append(input, iso(this.#lastNow));
  }

  /** Portal tickets of both organizations (10,000 in A), oldest first. */
  get tickets(): TicketRecord[] {
    if (!this.#tickets) {
      const { tickets } = generateTickets(this.seed, this.contacts, this.products);
      this.#tickets = tickets;
    }
    return this.#tickets;
  }

  /** Archived tickets (legacy, cmnet, consinco). */
  get archive(): TicketRecord[] {
    this.#archive ??= generateArchive(this.seed, this.contacts);
    return this.#archive;
  }

  ticket(id: string): TicketRecord | undefined {
    if (!this.#ticketIndex) {
      this.#ticketIndex = new Map();
      for (const t of this.tickets) this.#ticketIndex.set(t.id, t);
      for (const t of this.archive) this.#ticketIndex.set(t.id, t);
    }
    return this.#ticketIndex.get(id);
  }

  addTicket(t: TicketRecord, detail: TicketDetailRecord): void {
    this.tickets.push(t);
    this.ticket(t.id);
    this.#ticketIndex?.set(t.id, t);
    this.#details.set(t.id, detail);
    this.registerAttachments(detail);
  }

  /** Description, comments and attachments of a ticket (generated on first access). */
  detail(t: TicketRecord): TicketDetailRecord {
    let d = this.#details.get(t.id);
    if (!d) {
      const product = t.productId ? this.products.get(t.productId) : undefined;
      const pinnedKey = Object.entries(FACTS.tickets).find(([, id]) => id === t.id)?.[0];
      d = generateDetail(t, {
        seed: this.seed,
        person: (id) => this.person(id) ?? { id, name: 'Contato removido', email: 'contato.removido@example.com' },
        agents: this.agents,
        productLabel: product ? productName(product) : t.productName,
        hostile: pinnedKey !== undefined && PINNED_HOSTILE.has(pinnedKey),
      });
      this.#details.set(t.id, d);
      this.registerAttachments(d);
    }
    return d;
  }

  registerAttachments(d: TicketDetailRecord): void {
    for (const a of d.attachments) this.attachments.set(a.id, a);
    for (const c of d.comments) for (const a of c.attachments) this.attachments.set(a.id, a);
  }

  get serviceOrders(): Map<string, ServiceOrderRecord[]> {
    if (!this.#serviceOrders) {
      const admins = (org: string) => [...(this.contacts.get(org)?.values() ?? [])]
        .filter((c) => c.role === 'admin')
        .map((c) => ({ id: c.id, name: c.name, email: c.email }));
      const numbers = (org: string) => this.tickets.filter((t) => t.organizationId === org).slice(-400).map((t) => t.number);
      this.#serviceOrders = createServiceOrders(this.seed, { a: admins(ORG_A), b: admins(ORG_B) }, { a: numbers(ORG_A), b: numbers(ORG_B) });
    }
    return this.#serviceOrders;
  }

  maturity(orgId: string): MaturityRecord | undefined {
    const org = this.organizations.get(orgId);
    if (!org) return undefined;
    let m = this.#maturity.get(orgId);
    if (!m) {
      m = createMaturity(this.seed, org);
      this.#maturity.set(orgId, m);
    }
    return m;
  }

  /** Knowledge-base articles (built on first access: other tests pay nothing). */
  get articles(): SolutionRecord[] {
    this.#articles ??= generateArticles(this.seed);
    return this.#articles;
  }

  /**
   * Solved tickets of products that share them, as solutions: derived on every call from the
   * tickets and products, so a product's share toggle (or a reopened ticket) counts at once.
   */
  sharedTicketSolutions(): SolutionRecord[] {
    const out: SolutionRecord[] = [];
    for (const t of this.tickets) {
      const product = t.productId ? this.products.get(t.productId) : undefined;
      if (isShared(t, product)) out.push(ticketSolution(this.seed, t, product));
    }
    return out;
  }

  /** Every solution the search holds right now: articles, then shared tickets. */
  solutions(): SolutionRecord[] {
    return [...this.articles, ...this.sharedTicketSolutions()];
  }

  /** One solution by id: an article, or a ticket that is still solved and shared (else undefined). */
  solution(id: string): SolutionRecord | undefined {
    this.#articleIndex ??= new Map(this.articles.map((a) => [a.id, a]));
    const article = this.#articleIndex.get(id);
    if (article) return article;
    if (!id.startsWith('sol-')) return undefined;
    const t = this.ticket(id.slice('sol-'.length));
    const product = t?.productId ? this.products.get(t.productId) : undefined;
    return t && isShared(t, product) ? ticketSolution(this.seed, t, product) : undefined;
  }

  /** A person by id: signed-in users, contacts of any organization, agents, CC-only people. */
  person(id: string): PersonRecord | undefined {
    const user = this.users.get(id);
    if (user) return { id: user.id, name: user.name, email: user.email };
    for (const contacts of this.contacts.values()) {
      const c = contacts.get(id);
      if (c) return { id: c.id, name: c.name, email: c.email };
    }
    const agent = this.agents.find((a) => a.id === id);
    if (agent) return { ...agent };
    const extra = this.extraPeople.get(id);
    return extra ? { ...extra } : undefined;
  }

  /** The user a bearer token signs in (undefined = 401). */
  userForToken(token: string | undefined): UserRecord | undefined {
    if (!token || token.startsWith('expired') || this.expiredTokens.has(token)) return undefined;
    return this.users.get(token === FACTS.tokens.member ? USER_MEMBER : USER_ANA);
  }

  /** The user's roles in an organization (active contacts only); undefined = not linked. */
  rolesIn(userId: string, orgId: string): ('admin' | 'member')[] | undefined {
    const c = this.contacts.get(orgId)?.get(userId);
    if (!c || c.status !== 'active') return undefined;
    return [c.role];
  }

  /** Organizations the user is an active contact of. */
  organizationsOf(userId: string): OrganizationRecord[] {
    return [...this.organizations.values()].filter((o) => this.rolesIn(userId, o.id) !== undefined);
  }
}

/** Builds a fresh deterministic database: same seed → same data. */
export function createMockDb(seed = 1): MockDb {
  return new MockDb(seed);
}

export { FACTS } from './facts.js';
export type { Facts } from './facts.js';
export { REFERENCE_NOW } from './time.js';
export { HOSTILE_SNIPPETS } from './details.js';
export { productName } from './products.js';
export { EVENT_RETENTION, EventLog, cursorOf, parseCursor } from './events.js';
export type { LiveEventInput, LiveEventRecord } from './events.js';
export type { SolutionRecord } from './solutions.js';
export { USER_ANA, USER_MEMBER, USER_ADMIN_A2, USER_ADMIN_B, ORG_A, ORG_B };
export type * from './types.js';
