/**
 * Closed-ticket archives (read only): `legacy` = portal tickets closed before 2017-11-01,
 * `cmnet` and `consinco` = tickets closed on those platforms.
 */
import { GENERIC_SUBJECTS, LINE_SUBJECTS, lineById } from './catalog.js';
import { ORG_A, ORG_B } from './organizations.js';
import { type Rng, chance, int, pick, rngFor, weighted } from './random.js';
import { DAY, HOUR } from './time.js';
import type { ContactRecord, Platform, TicketRecord } from './types.js';

/** Last instant a legacy ticket may be closed (exclusive): 2017-11-01 00:00 in São Paulo. */
export const LEGACY_CUTOFF_MS = Date.parse('2017-11-01T00:00:00-03:00');

interface ArchiveSpec {
  source: Exclude<Platform, 'portal'>;
  organizationId: string;
  count: number;
  fromMs: number;
  toMs: number;
  lines: readonly (readonly [string, string])[];
  prefix: string;
  number: (i: number, closedMs: number) => string;
}

const SPECS: ArchiveSpec[] = [
  {
    source: 'legacy', organizationId: ORG_A, count: 420,
    fromMs: Date.parse('2012-01-09T08:00:00-03:00'), toMs: LEGACY_CUTOFF_MS - 60 * DAY,
    lines: [['protheus', '11.8'], ['protheus', '12.1.17'], ['rm', '11.82'], ['datasul', '11.5.x']],
    prefix: 'arc-leg-a', number: (i) => String(1_180_000 + i * 7),
  },
  {
    source: 'legacy', organizationId: ORG_B, count: 60,
    fromMs: Date.parse('2012-03-01T08:00:00-03:00'), toMs: LEGACY_CUTOFF_MS - 60 * DAY,
    lines: [['winthor', '2.0'], ['consinco', '2016.02']],
    prefix: 'arc-leg-b', number: (i) => String(1_180_003 + i * 53),
  },
  {
    source: 'cmnet', organizationId: ORG_B, count: 140,
    fromMs: Date.parse('2018-02-01T08:00:00-03:00'), toMs: Date.parse('2024-06-30T18:00:00-03:00'),
    lines: [['cmnet', '7.2'], ['cmnet', '7.3']],
    prefix: 'arc-cmn', number: (i, closedMs) => `CM-${new Date(closedMs).getUTCFullYear()}-${String(1200 + i * 13).padStart(5, '0')}`,
  },
  {
    source: 'consinco', organizationId: ORG_B, count: 220,
    fromMs: Date.parse('2018-01-15T08:00:00-03:00'), toMs: Date.parse('2025-09-30T18:00:00-03:00'),
    lines: [['consinco', '2021.01'], ['consinco', '2023.03']],
    prefix: 'arc-csc', number: (i) => `CSC${String(480_000 + i * 31).padStart(6, '0')}`,
  },
];

function archiveRows(rng: Rng, spec: ArchiveSpec, contacts: ContactRecord[]): TicketRecord[] {
  const rows: TicketRecord[] = [];
  const span = spec.toMs - spec.fromMs;
  for (let i = 0; i < spec.count; i++) {
    const createdMs = Math.floor(spec.fromMs + ((i + rng()) * span) / spec.count);
    const closedMs = createdMs + int(rng, 4, 24 * 40) * HOUR;
    const [lineId, version] = pick(rng, spec.lines);
    const line = lineById(lineId);
    const own = LINE_SUBJECTS[lineId] ?? [];
    const requester = pick(rng, contacts);
    const row: TicketRecord = {
      id: `${spec.prefix}-${String(i + 1).padStart(5, '0')}`,
      number: spec.number(i, closedMs),
      subject: own.length > 0 && chance(rng, 0.5) ? pick(rng, own) : pick(rng, GENERIC_SUBJECTS),
      status: 'closed',
      priority: weighted(rng, [['low', 20], ['normal', 55], ['high', 20], ['urgent', 5]] as const),
      productId: `arc-prd-${lineId}-${version}`,
      productName: `${line?.name ?? lineId} ${version}`,
      requesterId: requester.id,
      ccIds: [],
      organizationId: spec.organizationId,
      createdMs,
      updatedMs: closedMs,
      closedMs,
      platform: spec.source,
    };
    if (line && chance(rng, 0.7)) row.module = pick(rng, line.modules);
    rows.push(row);
  }
  return rows;
}

export function generateArchive(seed: number, contacts: Map<string, Map<string, ContactRecord>>): TicketRecord[] {
  const rng = rngFor(seed, 'archive');
  return SPECS.flatMap((spec) => archiveRows(rng, spec, [...(contacts.get(spec.organizationId)?.values() ?? [])]));
}
