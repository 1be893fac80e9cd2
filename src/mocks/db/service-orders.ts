/** Service orders (Aprovar OS): consultants' time sheets awaiting the customer's approval. */
import { ORG_A, ORG_B } from './organizations.js';
import { type Rng, chance, int, pick, rngFor } from './random.js';
import { DAY, HOUR, REF_MS, addDays, dateOnly, iso } from './time.js';
import type { PersonRecord, ServiceOrderRecord } from './types.js';

const CONSULTANTS = [
  { name: 'Rogério Albuquerque', email: 'rogerio.albuquerque@totvs.com.br' },
  { name: 'Vanessa Kowalski', email: 'vanessa.kowalski@totvs.com.br' },
  { name: 'Márcio Tenório', email: 'marcio.tenorio@parceiro.totvs.com.br' },
  { name: 'Daniela Hoffmann' },
  { name: 'Otávio Sampaio', email: 'otavio.sampaio@totvs.com.br' },
] as const;

const PROJECTS = ['Migração Protheus 12.1.2410', 'Implantação eSocial S-1.3', 'Reforma tributária — IBS/CBS', 'Fluig — automação de compras', 'Sustentação mensal'];
const SERVICE_TYPES = ['Consultoria', 'Treinamento', 'Customização', 'Sustentação', 'Gestão de projeto'];
const ACTIVITIES = [
  'Levantamento de requisitos com a área fiscal',
  'Parametrização das TES e regras de tributação',
  'Treinamento dos usuários do faturamento',
  'Homologação dos ajustes no ambiente de testes',
  'Análise de performance do recálculo do custo médio',
  'Desenvolvimento de ponto de entrada (MT100TOK)',
  'Acompanhamento da virada de versão',
  'Reunião de status com a coordenação de TI',
  'Ajuste do layout do DANFE',
  'Configuração do workflow de aprovação no Fluig',
];
const TITLES = [
  'Consultoria fiscal — apuração de ICMS ST', 'Treinamento SIGAFAT para equipe comercial', 'Acompanhamento da migração de release',
  'Customização do relatório de comissões', 'Sustentação — pacote de horas de novembro', 'Implantação do workflow de compras',
  'Revisão das regras do eSocial', 'Ajustes no processo de inventário',
];
const REJECT_REASONS = [
  'As horas da atividade de 12/11 não foram realizadas; o consultor não compareceu.',
  'Quantidade de horas acima do combinado em proposta para esta etapa do projeto.',
  'Atividade duplicada em relação à OS anterior; favor revisar os apontamentos.',
];

const HOURLY_RATE = 215;

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function generate(rng: Rng, org: string, prefix: string, count: number, pendingCount: number, deciders: PersonRecord[], tickets: string[]): ServiceOrderRecord[] {
  const out: ServiceOrderRecord[] = [];
  const start = REF_MS - 365 * DAY;
  const span = REF_MS - 6 * HOUR - start;
  for (let i = 0; i < count; i++) {
    const sentMs = Math.floor(start + ((i + rng()) * span) / count);
    const entries: ServiceOrderRecord['entries'] = [];
    const nEntries = int(rng, 1, 5);
    for (let e = 0; e < nEntries; e++) {
      const day = dateOnly(sentMs - (nEntries - e) * DAY);
      const startMin = int(rng, 16, 28) * 30;
      const halfHours = int(rng, 2, 16);
      entries.push({ date: day, start: hhmm(startMin), end: hhmm(startMin + halfHours * 30), hours: halfHours / 2, activity: pick(rng, ACTIVITIES) });
    }
    const totalHours = entries.reduce((s, e) => s + e.hours, 0);
    const pending = i >= count - pendingCount;
    let status: ServiceOrderRecord['status'] = pending ? 'pending' : chance(rng, 0.22) ? 'rejected' : 'approved';
    if (i === 0) status = 'rejected';
    if (i === 1) status = 'approved';
    const consultant = pick(rng, CONSULTANTS);
    const so: ServiceOrderRecord = {
      id: `${prefix}${String(i + 1).padStart(3, '0')}`,
      number: `OS-${new Date(sentMs).getUTCFullYear()}-${String(3100 + i * 3 + (org === ORG_B ? 1 : 0)).padStart(5, '0')}`,
      title: pick(rng, TITLES),
      description: 'Apontamento das horas de consultoria realizadas no período, conforme proposta comercial aprovada.',
      consultant: { ...consultant },
      entries,
      totalHours,
      status,
      sentAt: iso(sentMs),
    };
    if (chance(rng, 0.8)) so.project = pick(rng, PROJECTS);
    if (chance(rng, 0.9)) so.serviceType = pick(rng, SERVICE_TYPES);
    if (chance(rng, 0.85)) so.modality = chance(rng, 0.7) ? 'remote' : 'on_site';
    if (chance(rng, 0.4) && tickets.length > 0) so.relatedTicketNumbers = [pick(rng, tickets)];
    if (chance(rng, 0.9) || i < 2) so.amount = { amount: (totalHours * HOURLY_RATE).toFixed(2), currency: 'BRL' };
    if (chance(rng, 0.85) || pending) so.approvalDeadline = addDays(dateOnly(sentMs), 5);
    if (status !== 'pending') {
      const decision: NonNullable<ServiceOrderRecord['decision']> = { by: { ...pick(rng, deciders) }, at: iso(Math.min(sentMs + int(rng, 2, 96) * HOUR, REF_MS - HOUR)) };
      if (status === 'rejected') decision.reason = pick(rng, REJECT_REASONS);
      so.decision = decision;
    }
    out.push(so);
  }
  return out;
}

export function createServiceOrders(seed: number, deciders: { a: PersonRecord[]; b: PersonRecord[] }, ticketNumbers: { a: string[]; b: string[] }): Map<string, ServiceOrderRecord[]> {
  const rng = rngFor(seed, 'service-orders');
  return new Map([
    [ORG_A, generate(rng, ORG_A, 'os-a', 64, 14, deciders.a, ticketNumbers.a)],
    [ORG_B, generate(rng, ORG_B, 'os-b', 20, 5, deciders.b, ticketNumbers.b)],
  ]);
}
