/** Maturity index (IMG) per organization, and the projects shown on the dashboard. */
import { ORG_A, ORG_B } from './organizations.js';
import { int, rngFor } from './random.js';
import { addMonths } from './time.js';
import type { CompareBy, MaturityIndex } from '../../core/schemas/maturity.js';
import type { MaturityRecord, OrganizationRecord, ProjectRecord } from './types.js';

const DIMENSIONS = [
  ['processes', 'Processos'], ['technology', 'Tecnologia'], ['people', 'Pessoas'],
  ['data', 'Dados e Analytics'], ['governance', 'Governança'], ['adoption', 'Adoção de produtos'],
] as const;
const LEVELS = ['Inicial', 'Básico', 'Intermediário', 'Avançado', 'Otimizado'];
const SIZE_LABELS: Record<OrganizationRecord['size'], string> = {
  micro: 'Microempresas', small: 'Pequenas empresas', medium: 'Médias empresas', large: 'Grandes empresas', enterprise: 'Corporações',
};

export function createMaturity(seed: number, org: OrganizationRecord): MaturityRecord {
  const rng = rngFor(seed, 'maturity', org.id);
  const dimensions = DIMENSIONS.map(([key, name]) => ({ key, name, score: int(rng, 35, 88), peerAverage: int(rng, 40, 70) }));
  const score = Math.round(dimensions.reduce((s, d) => s + d.score, 0) / dimensions.length);
  const rank = Math.min(5, Math.floor(score / 20) + 1);
  const history: MaturityRecord['history'] = [];
  let h = Math.max(10, score - int(rng, 8, 18));
  for (let m = 11; m >= 0; m--) {
    history.push({ period: addMonths('2026-11-01', -m), score: m === 0 ? score : h });
    h = Math.min(score, h + int(rng, 0, 3));
  }
  const peer = (label: string, sampleSize: number) => ({ label, sampleSize, averageScore: int(rng, 48, 64), percentile: int(rng, 30, 95) });
  const weakest = [...dimensions].sort((x, y) => x.score - y.score).slice(0, 3);
  const suggestions: Record<string, { title: string; description: string; product?: string }> = {
    processes: { title: 'Automatizar aprovações de compras', description: 'Fluxos de aprovação manuais atrasam pedidos; um workflow reduz o lead time de compras.', product: 'Fluig' },
    technology: { title: 'Atualizar para a release 12.1.2410', description: 'A release atual deixa de receber atualizações legais em 2027.', product: 'Protheus' },
    people: { title: 'Trilha de capacitação TOTVS Learning', description: 'Usuários-chave sem certificação nas rotinas fiscais.' },
    data: { title: 'Painéis gerenciais com TOTVS Analytics', description: 'Indicadores extraídos manualmente em planilhas.', product: 'TOTVS Analytics' },
    governance: { title: 'Revisar perfis de acesso', description: '23% dos usuários têm acesso a rotinas que não utilizam.' },
    adoption: { title: 'Adotar o Meu RH', description: 'Solicitações de férias e holerites ainda são atendidas por e-mail.', product: 'RM' },
  };
  return {
    score,
    level: { rank, name: LEVELS[rank - 1] ?? 'Inicial' },
    computedAt: '2026-11-01T06:00:00-03:00',
    dimensions,
    peers: {
      segment: peer(org.segment, int(rng, 300, 900)),
      subsegment: peer(org.subsegment, int(rng, 40, 160)),
      size: peer(SIZE_LABELS[org.size], int(rng, 800, 2400)),
    },
    history,
    opportunities: weakest.map((d) => {
      const s = suggestions[d.key] ?? { title: d.name, description: d.name };
      const o: MaturityRecord['opportunities'][number] = { dimension: d.key, title: s.title, description: s.description, potentialGain: int(rng, 3, 12) };
      if (s.product) o.product = s.product;
      return o;
    }),
  };
}

/**
 * The answer of `GET …/maturity-index?compareBy=…`: each dimension's `peerAverage` is the chosen
 * group's (the seeded averages are the segment's; another group moves them by the difference of
 * the groups' overall averages), so the chart's "average" series is the group it is labelled with.
 */
export function maturityIndexOf(m: MaturityRecord, compareBy: CompareBy): MaturityIndex {
  const peers = m.peers[compareBy];
  const shift = peers.averageScore - m.peers.segment.averageScore;
  return {
    score: m.score,
    level: { ...m.level },
    computedAt: m.computedAt,
    dimensions: m.dimensions.map((d) => ({ ...d, peerAverage: Math.max(0, Math.min(100, d.peerAverage + shift)) })),
    peers: { compareBy, ...peers },
    history: m.history.map((h) => ({ ...h })),
    opportunities: m.opportunities.map((o) => ({ ...o })),
  };
}

export function createProjects(): Map<string, ProjectRecord[]> {
  return new Map([
    [ORG_A, [
      { name: 'Migração Protheus 12.1.2410', status: 'running', progress: 0.62 },
      { name: 'Reforma tributária — IBS/CBS', status: 'late', progress: 0.35 },
      { name: 'Implantação eSocial S-1.3', status: 'done', progress: 1 },
      { name: 'Fluig — automação de compras', status: 'planned', progress: 0 },
    ]],
    [ORG_B, [
      { name: 'Expansão do PDV Consinco (12 lojas)', status: 'running', progress: 0.48 },
      { name: 'WMS no centro de distribuição', status: 'planned', progress: 0 },
    ]],
  ] as [string, ProjectRecord[]][]);
}
