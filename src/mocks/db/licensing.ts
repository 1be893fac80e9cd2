/** Licence management: EULA, installations, licences and licensing messages per organization. */
import { HOSTILE_SNIPPETS } from './details.js';
import { ORG_A, ORG_B } from './organizations.js';
import { type Rng, int, rngFor } from './random.js';
import type { InstallationRecord, LicenseRecord, LicensingMessageRecord, LicensingRecord, PersonRecord } from './types.js';

export const EULA_VERSION = '2026.2';

const EULA_HTML = `<h2>Contrato de Licença de Uso de Software (EULA) — versão ${EULA_VERSION}</h2>
<p>Este contrato rege o uso dos softwares TOTVS licenciados ao <strong>CLIENTE</strong>, conforme o
<a href="https://www.totvs.com/termos-de-uso/">Termo de Uso</a> vigente.</p>
<h3>1. Objeto</h3><p>Concessão de licença de uso, não exclusiva e intransferível, dos softwares contratados.</p>
<h3>2. Instalações</h3><p>O CLIENTE deve cadastrar cada instalação (ambiente) e distribuir as licenças contratadas
entre elas. Cada instalação recebe um <em>TOTVS ID</em>.</p>
<h3>3. Auditoria</h3><p>A TOTVS poderá verificar a conformidade do uso das licenças mediante aviso prévio de 15 dias.</p>
<ol><li>Uso limitado à quantidade contratada.</li><li>Vedada a sublicença.</li></ol>`;

function totvsId(rng: Rng): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 8; i++) out += alphabet[int(rng, 0, alphabet.length - 1)];
  return out;
}

export function newTotvsId(seed: number, counter: number): string {
  return totvsId(rngFor(seed, 'totvs-id', counter));
}

function lic(
  id: string, lineId: string, lineName: string, name: string, type: LicenseRecord['type'], nature: LicenseRecord['nature'],
  contracted: number, allocations: LicenseRecord['allocations'], validFrom: string, validUntil: string,
  status: LicenseRecord['status'], metric?: string,
): LicenseRecord {
  const l: LicenseRecord = { id, product: { lineId, lineName }, name, type, nature, contracted, allocations, validFrom, validUntil, status };
  if (metric) l.metric = metric;
  return l;
}

const MESSAGES_A: Omit<LicensingMessageRecord, 'read'>[] = [
  { id: 'msg-a01', subject: 'Renovação das licenças RM — vencimento em 20/12/2026', bodyHtml: '<p>Prezado cliente,</p><p>As licenças <strong>RM Full</strong> vencem em <strong>20/12/2026</strong>. Entre em contato com seu executivo para a renovação.</p>', receivedAt: '2026-11-25T09:10:00-03:00' },
  { id: 'msg-a02', subject: 'Licenças Logix suspensas por pendência financeira', bodyHtml: '<p>As licenças <em>Logix Corporate</em> foram suspensas. Regularize a situação no <a href="https://meu.totvs.com/financeiro">portal financeiro</a>.</p>', receivedAt: '2026-11-18T14:32:00-03:00' },
  { id: 'msg-a03', subject: 'Novo TOTVS License Server disponível', bodyHtml: `<p>A versão 3.6 do License Server está disponível para download.</p>${HOSTILE_SNIPPETS[1]}${HOSTILE_SNIPPETS[2]}<p>Consulte as <a href="https://tdn.totvs.com/display/tec/License+Server">notas de versão</a>.</p>`, receivedAt: '2026-11-10T08:00:00-03:00' },
  { id: 'msg-a04', subject: 'Licenças Datasul expiradas', bodyHtml: '<p>O contrato das licenças Datasul expirou em 31/10/2026.</p>', receivedAt: '2026-11-01T07:00:00-03:00' },
  { id: 'msg-a05', subject: 'Atualização do contrato de licenciamento', bodyHtml: '<p>Publicamos a versão 2026.2 do EULA. O aceite é necessário para continuar gerenciando as licenças.</p>', receivedAt: '2026-10-20T10:00:00-03:00' },
  { id: 'msg-a06', subject: 'Auditoria anual de licenças concluída', bodyHtml: '<p>A auditoria anual foi concluída sem apontamentos. <strong>Obrigado!</strong></p>', receivedAt: '2026-08-14T16:45:00-03:00' },
  { id: 'msg-a07', subject: 'Ampliação de licenças Fluig confirmada', bodyHtml: '<p>Foram adicionadas 50 licenças <em>Fluig Light On Demand</em> ao seu contrato.</p>', receivedAt: '2026-06-03T11:20:00-03:00' },
  { id: 'msg-a08', subject: 'Manutenção programada do License Server', bodyHtml: '<ul><li>Data: 12/04/2026</li><li>Horário: 22h às 02h</li></ul>', receivedAt: '2026-04-08T09:00:00-03:00' },
];

export function createLicensing(seed: number, people: { fernanda: PersonRecord }): Map<string, LicensingRecord> {
  const rng = rngFor(seed, 'licensing');
  const installationsA: InstallationRecord[] = [
    { id: 'ins-a01', totvsId: totvsId(rng), name: 'Produção — Matriz São Paulo', environment: 'production', blocked: false, createdAt: '2019-06-10T10:00:00-03:00' },
    { id: 'ins-a02', totvsId: totvsId(rng), name: 'Produção — Filial Sorocaba', environment: 'production', blocked: false, createdAt: '2021-03-22T15:30:00-03:00' },
    { id: 'ins-a03', totvsId: totvsId(rng), name: 'Homologação', environment: 'test', blocked: false, createdAt: '2022-01-05T09:00:00-03:00' },
    { id: 'ins-a04', totvsId: totvsId(rng), name: 'Servidor antigo (desativado)', environment: 'production', blocked: true, createdAt: '2016-09-01T08:00:00-03:00' },
  ];
  const licensesA: LicenseRecord[] = [
    lic('lic-a01', 'protheus', 'Protheus', 'Protheus — Usuário Full', 'full', 'concurrent', 120, [{ installationId: 'ins-a01', quantity: 80 }, { installationId: 'ins-a02', quantity: 30 }], '2024-01-01', '2027-12-31', 'active', 'usuários simultâneos'),
    lic('lic-a02', 'protheus', 'Protheus', 'Protheus — Usuário Light', 'light', 'concurrent', 60, [{ installationId: 'ins-a01', quantity: 40 }], '2024-01-01', '2027-12-31', 'active', 'usuários simultâneos'),
    lic('lic-a03', 'protheus', 'Protheus', 'Protheus — Desenvolvimento e Testes', 'dev_test', 'enablement', 10, [{ installationId: 'ins-a03', quantity: 10 }], '2024-01-01', '2027-12-31', 'active'),
    lic('lic-a04', 'rm', 'RM', 'RM — Usuário Full', 'full', 'concurrent', 40, [{ installationId: 'ins-a01', quantity: 35 }], '2023-12-21', '2026-12-20', 'expiring', 'usuários simultâneos'),
    lic('lic-a05', 'fluig', 'Fluig', 'Fluig — Light On Demand', 'light_on_demand', 'capacity_on_demand', 200, [{ installationId: 'ins-a01', quantity: 150 }], '2025-06-01', '2028-05-31', 'active', 'usuários nomeados'),
    lic('lic-a06', 'datasul', 'Datasul', 'Datasul — Usuário Full', 'full', 'concurrent', 25, [{ installationId: 'ins-a02', quantity: 25 }], '2021-11-01', '2026-10-31', 'expired', 'usuários simultâneos'),
    lic('lic-a07', 'logix', 'Logix', 'Logix — Corporativo', 'corporate', 'processing_capacity', 16, [{ installationId: 'ins-a01', quantity: 8 }], '2022-04-01', '2027-03-31', 'suspended', 'núcleos de processamento'),
    lic('lic-a08', 'protheus', 'Protheus', 'Protheus — Full Fixo (chão de fábrica)', 'full_fixed', 'concurrent', 15, [{ installationId: 'ins-a02', quantity: 10 }], '2023-12-16', '2026-12-15', 'expiring', 'estações'),
    lic('lic-a09', 'rm', 'RM', 'RM — Usuário Light', 'light', 'concurrent', 30, [], '2025-01-01', '2027-12-31', 'active', 'usuários simultâneos'),
    lic('lic-a10', 'fluig', 'Fluig', 'Fluig — Usuário Full', 'full', 'concurrent', 50, [{ installationId: 'ins-a01', quantity: 20 }, { installationId: 'ins-a03', quantity: 5 }], '2025-06-01', '2028-05-31', 'active', 'usuários nomeados'),
  ];
  const unreadA = new Set(['msg-a01', 'msg-a02', 'msg-a03']);
  const installationsB: InstallationRecord[] = [
    { id: 'ins-b01', totvsId: totvsId(rng), name: 'Produção — Centro de Distribuição', environment: 'production', blocked: false, createdAt: '2015-03-10T10:00:00-03:00' },
    { id: 'ins-b02', totvsId: totvsId(rng), name: 'Lojas (PDV)', environment: 'production', blocked: false, createdAt: '2019-11-20T10:00:00-03:00' },
  ];
  const licensesB: LicenseRecord[] = [
    lic('lic-b01', 'winthor', 'Winthor', 'Winthor — Usuário Full', 'full', 'concurrent', 45, [{ installationId: 'ins-b01', quantity: 40 }], '2024-03-01', '2027-02-28', 'active', 'usuários simultâneos'),
    lic('lic-b02', 'consinco', 'Consinco', 'Consinco — PDV', 'full_fixed', 'capacity_on_demand', 300, [{ installationId: 'ins-b02', quantity: 252 }], '2024-09-01', '2027-08-31', 'active', 'checkouts'),
  ];
  return new Map<string, LicensingRecord>([
    [ORG_A, {
      eula: { version: EULA_VERSION, country: 'BR', contentHtml: EULA_HTML, acceptance: null },
      installations: installationsA,
      licenses: licensesA,
      messages: MESSAGES_A.map((m) => ({ ...m, read: !unreadA.has(m.id) })),
    }],
    [ORG_B, {
      eula: {
        version: EULA_VERSION, country: 'BR', contentHtml: EULA_HTML,
        acceptance: { version: EULA_VERSION, acceptedAt: '2026-10-22T16:03:00-03:00', acceptedBy: { ...people.fernanda } },
      },
      installations: installationsB,
      licenses: licensesB,
      messages: [
        { id: 'msg-b01', subject: 'Atualização do contrato de licenciamento', bodyHtml: '<p>Publicamos a versão 2026.2 do EULA.</p>', receivedAt: '2026-10-20T10:00:00-03:00', read: true },
        { id: 'msg-b02', subject: 'Ampliação de checkouts Consinco', bodyHtml: '<p>48 novos checkouts adicionados.</p>', receivedAt: '2026-11-21T10:00:00-03:00', read: false },
      ],
    }],
  ]);
}
