/**
 * Portal tickets: 10,000 in organization A and 600 in B, generated as compact rows in one pass
 * (a few milliseconds). Details (description, comments, attachments) come from details.ts on demand.
 */
import { GENERIC_SUBJECTS, LINE_SUBJECTS, lineById } from './catalog.js';
import { ORG_A, ORG_B, USER_ADMIN_A2, USER_ADMIN_B, USER_ANA, USER_MEMBER } from './organizations.js';
import { PRODUCT_WEIGHTS } from './products.js';
import { type Rng, chance, int, pick, rngFor, weightedTable } from './random.js';
import { DAY, HOUR, MINUTE, REF_MS } from './time.js';
import type { ContactRecord, Priority, ProductRecord, TicketRecord, TicketStatus } from './types.js';

export const TICKETS_IN_ORG_A = 10_000;
export const TICKETS_IN_ORG_B = 600;
const FIRST_NUMBER = 21_400_001;

/** SLA (hours to solve) per priority, used for `dueAt`. */
export const SLA_HOURS: Record<Priority, number> = { urgent: 8, high: 24, normal: 72, low: 120 };

export interface PinnedTicket {
  key: string;
  organizationId: string;
  requesterId: string;
  ccIds: string[];
  status: TicketStatus;
  priority: Priority;
  productId: string;
  module?: string;
  subject: string;
  /** hours before the reference now */
  ageHours: number;
}

/**
 * Tickets whose ids, numbers, statuses and people never depend on the seed (they get the last
 * numbers, after the generated ones). Tests and stories rely on them (see FACTS).
 */
export const PINNED_TICKETS: readonly PinnedTicket[] = [
  { key: 'new', organizationId: ORG_A, requesterId: USER_ANA, ccIds: [], status: 'new', priority: 'urgent', productId: 'prd-a01', module: 'SIGAFIS — Livros Fiscais', subject: 'Rejeição 539 — duplicidade de NF-e com diferença na chave de acesso', ageHours: 30 },
  { key: 'open', organizationId: ORG_A, requesterId: USER_ANA, ccIds: [USER_ADMIN_A2], status: 'open', priority: 'high', productId: 'prd-a01', module: 'SIGAFIS — Livros Fiscais', subject: 'SPED Fiscal: bloco C190 com valores divergentes em outubro', ageHours: 28 },
  { key: 'pending', organizationId: ORG_A, requesterId: USER_ANA, ccIds: [], status: 'pending', priority: 'normal', productId: 'prd-a03', module: 'RM Labore — Folha de Pagamento', subject: 'eSocial S-1200 rejeitado com erro 1805 na competência 10/2026', ageHours: 26 },
  { key: 'hold', organizationId: ORG_A, requesterId: USER_ANA, ccIds: [], status: 'hold', priority: 'normal', productId: 'prd-a01', module: 'SIGAFIS — Livros Fiscais', subject: 'Aguardando correção do produto: cálculo do DIFAL na devolução', ageHours: 24 },
  { key: 'solved', organizationId: ORG_A, requesterId: USER_ANA, ccIds: [], status: 'solved', priority: 'normal', productId: 'prd-a01', module: 'SIGAFIS — Livros Fiscais', subject: 'Livros fiscais (MATR930) sem as notas de devolução', ageHours: 20 },
  { key: 'closed', organizationId: ORG_A, requesterId: USER_ANA, ccIds: [], status: 'closed', priority: 'low', productId: 'prd-a04', module: 'Fluig BPM — Processos', subject: 'Dúvida sobre prazo de atividades no workflow de compras', ageHours: 18 },
  { key: 'cc', organizationId: ORG_A, requesterId: USER_ADMIN_A2, ccIds: [USER_ANA], status: 'open', priority: 'high', productId: 'prd-a01', module: 'SIGAEST — Estoque e Custos', subject: 'Lentidão no recálculo do custo médio (MATA330)', ageHours: 12 },
  { key: 'member', organizationId: ORG_A, requesterId: USER_MEMBER, ccIds: [], status: 'open', priority: 'normal', productId: 'prd-a01', module: 'SIGAFAT — Faturamento', subject: 'Usuário sem acesso ao menu do SIGAFAT após troca de senha', ageHours: 8 },
  { key: 'orgBMine', organizationId: ORG_B, requesterId: USER_ANA, ccIds: [], status: 'open', priority: 'high', productId: 'prd-b01', module: 'Winthor Vendas — Rotina 316', subject: 'Rotina 316 travando no fechamento do pedido', ageHours: 6 },
  { key: 'orgBCc', organizationId: ORG_B, requesterId: USER_ADMIN_B, ccIds: [USER_ANA], status: 'pending', priority: 'normal', productId: 'prd-b02', module: 'Consinco Frente de Loja (PDV)', subject: 'PDV não sincroniza preços promocionais', ageHours: 4 },
];

/** Pinned tickets whose comments always include hostile agent HTML. */
export const PINNED_HOSTILE = new Set(['open', 'pending', 'solved', 'closed', 'cc']);

const PRIORITIES = [['low', 15], ['normal', 55], ['high', 22], ['urgent', 8]] as const;

const STATUS_RECENT = weightedTable<TicketStatus>([['new', 45], ['open', 35], ['pending', 10], ['hold', 5], ['solved', 5]]);
const STATUS_MONTH = weightedTable<TicketStatus>([['new', 8], ['open', 30], ['pending', 22], ['hold', 8], ['solved', 25], ['closed', 7]]);
const STATUS_OLD = weightedTable<TicketStatus>([['closed', 930], ['solved', 15], ['open', 25], ['pending', 20], ['hold', 10]]);
const PRIORITY = weightedTable<Priority>(PRIORITIES);
const CC_COUNT = weightedTable<number>([[0, 70], [1, 22], [2, 8]]);

function statusFor(rng: Rng, ageDays: number): TicketStatus {
  if (ageDays <= 2) return STATUS_RECENT(rng);
  if (ageDays <= 30) return STATUS_MONTH(rng);
  return STATUS_OLD(rng);
}

function subjectFor(rng: Rng, lineId: string): string {
  const own = LINE_SUBJECTS[lineId] ?? [];
  return own.length > 0 && chance(rng, 0.6) ? pick(rng, own) : pick(rng, GENERIC_SUBJECTS);
}

interface Row extends Omit<TicketRecord, 'id' | 'number'> { key?: string }

function generateOrg(
  rng: Rng,
  organizationId: string,
  count: number,
  contacts: ContactRecord[],
  products: Map<string, ProductRecord>,
  requesterWeights: readonly (readonly [string, number])[],
  anaCcChance: number,
): Row[] {
  const rows: Row[] = [];
  const start = REF_MS - 3 * 365 * DAY;
  const span = REF_MS - 2 * HOUR - start;
  const others = contacts.filter((c) => !requesterWeights.some(([id]) => id === c.id)).map((c) => c.id);
  const requesterTable: (readonly [string, number])[] = [...requesterWeights];
  const rest = 100 - requesterWeights.reduce((s, [, w]) => s + w, 0);
  for (const id of others) requesterTable.push([id, rest / others.length]);
  const pickRequester = weightedTable(requesterTable);
  const pickProduct = weightedTable(PRODUCT_WEIGHTS[organizationId] ?? []);
  const contactIds = contacts.map((c) => c.id);
  for (let i = 0; i < count; i++) {
    const createdMs = Math.floor(start + ((i + rng()) * span) / count);
    const ageDays = (REF_MS - createdMs) / DAY;
    let status = statusFor(rng, ageDays);
    const priority = PRIORITY(rng);
    const productId = pickProduct(rng);
    const product = products.get(productId);
    const line = product ? lineById(product.lineId) : undefined;
    const requesterId = pickRequester(rng);
    const ccIds: string[] = [];
    const ccCount = CC_COUNT(rng);
    for (let k = 0; k < ccCount; k++) {
      const id = pick(rng, contactIds);
      if (id !== requesterId && !ccIds.includes(id)) ccIds.push(id);
    }
    if (requesterId !== USER_ANA && !ccIds.includes(USER_ANA) && chance(rng, anaCcChance)) ccIds.push(USER_ANA);
    const maxUpdate = REF_MS - 10 * MINUTE;
    let updatedMs: number;
    let closedMs: number | undefined;
    if (status === 'closed' || status === 'solved') {
      let solvedMs = createdMs + int(rng, 2, 24 * 25) * HOUR;
      if (solvedMs > maxUpdate) solvedMs = createdMs + Math.floor((maxUpdate - createdMs) * rng());
      // Zendesk closes a solved ticket 4 days later: too recent to be closed → still solved.
      if (status === 'closed' && solvedMs + 4 * DAY > maxUpdate) status = 'solved';
      updatedMs = status === 'closed' ? solvedMs + 4 * DAY : solvedMs;
      if (status === 'closed') closedMs = updatedMs;
    } else if (status === 'new') {
      updatedMs = createdMs;
    } else {
      updatedMs = Math.min(createdMs + int(rng, 1, Math.max(2, Math.floor(ageDays * 24))) * HOUR, maxUpdate);
    }
    const row: Row = {
      subject: subjectFor(rng, product?.lineId ?? ''),
      status,
      priority,
      productId,
      requesterId,
      ccIds,
      organizationId,
      createdMs,
      updatedMs,
      platform: 'portal',
    };
    if (line && chance(rng, 0.85)) row.module = pick(rng, line.modules);
    if (status !== 'solved' && status !== 'closed') row.dueMs = createdMs + SLA_HOURS[priority] * HOUR;
    if (closedMs !== undefined) row.closedMs = closedMs;
    rows.push(row);
  }
  return rows;
}

export interface GeneratedTickets {
  tickets: TicketRecord[];
  /** pinned key → ticket id */
  pinned: Record<string, string>;
}

export function ticketId(number: number | string): string {
  return `tkt-${number}`;
}

export function generateTickets(
  seed: number,
  contacts: Map<string, Map<string, ContactRecord>>,
  products: Map<string, ProductRecord>,
): GeneratedTickets {
  const rng = rngFor(seed, 'tickets');
  const pinnedA = PINNED_TICKETS.filter((p) => p.organizationId === ORG_A).length;
  const pinnedB = PINNED_TICKETS.length - pinnedA;
  const contactsA = [...(contacts.get(ORG_A)?.values() ?? [])];
  const contactsB = [...(contacts.get(ORG_B)?.values() ?? [])];
  const a = generateOrg(rng, ORG_A, TICKETS_IN_ORG_A - pinnedA, contactsA, products,
    [[USER_ANA, 3.6], [USER_MEMBER, 2], [USER_ADMIN_A2, 3]], 0.04);
  const b = generateOrg(rng, ORG_B, TICKETS_IN_ORG_B - pinnedB, contactsB, products,
    [[USER_ANA, 10], [USER_ADMIN_B, 15]], 0.12);
  // Merge by creation time (both are already sorted) so numbers grow with time across orgs.
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const ra = a[i];
    const rb = b[j];
    if (rb === undefined || (ra !== undefined && ra.createdMs <= rb.createdMs)) {
      rows.push(ra as Row);
      i++;
    } else {
      rows.push(rb);
      j++;
    }
  }
  const pinned: Record<string, string> = {};
  for (const p of PINNED_TICKETS) {
    const createdMs = REF_MS - p.ageHours * HOUR;
    let updatedMs = createdMs;
    if (p.status !== 'new') updatedMs = createdMs + 2 * HOUR;
    const row: Row = {
      key: p.key,
      subject: p.subject,
      status: p.status,
      priority: p.priority,
      productId: p.productId,
      requesterId: p.requesterId,
      ccIds: [...p.ccIds],
      organizationId: p.organizationId,
      createdMs,
      updatedMs,
      platform: 'portal',
    };
    if (p.module) row.module = p.module;
    if (p.status === 'closed') row.closedMs = updatedMs;
    if (p.status !== 'solved' && p.status !== 'closed') row.dueMs = createdMs + SLA_HOURS[p.priority] * HOUR;
    rows.push(row);
  }
  const tickets = rows as TicketRecord[];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index] as Row & TicketRecord;
    const number = FIRST_NUMBER + index;
    row.id = ticketId(number);
    row.number = String(number);
    if (row.key !== undefined) {
      pinned[row.key] = row.id;
      delete row.key;
    }
  }
  return { tickets, pinned };
}

/** Number the next portal ticket gets. */
export function nextTicketNumber(tickets: readonly TicketRecord[]): number {
  let max = FIRST_NUMBER - 1;
  for (const t of tickets) {
    if (t.platform !== 'portal') continue;
    const n = Number(t.number);
    if (n > max) max = n;
  }
  return max + 1;
}
