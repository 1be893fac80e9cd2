/** TOTVS product lines, versions and modules (static reference data). */

export interface ProductLineRecord {
  id: string;
  name: string;
  versions: string[];
  modules: string[];
  databases: string[];
  operatingSystems: string[];
}

export const PRODUCT_LINES: readonly ProductLineRecord[] = [
  {
    id: 'protheus',
    name: 'Protheus',
    versions: ['12.1.2210', '12.1.2310', '12.1.2410', '12.1.2510'],
    modules: [
      'SIGAFIS — Livros Fiscais', 'SIGAFAT — Faturamento', 'SIGACOM — Compras', 'SIGAEST — Estoque e Custos',
      'SIGAFIN — Financeiro', 'SIGACTB — Contabilidade Gerencial', 'SIGAPCP — Planejamento e Controle da Produção',
      'SIGAGPE — Gestão de Pessoal', 'SIGAMNT — Manutenção de Ativos', 'SIGAATF — Ativo Fixo',
    ],
    databases: ['Microsoft SQL Server 2019', 'Oracle 19c', 'PostgreSQL 15'],
    operatingSystems: ['Windows Server 2022', 'Oracle Linux 8', 'Red Hat Enterprise Linux 9'],
  },
  {
    id: 'rm',
    name: 'RM',
    versions: ['12.1.2306', '12.1.2402', '12.1.2410', '12.1.2502'],
    modules: [
      'RM Labore — Folha de Pagamento', 'RM Chronus — Ponto Eletrônico', 'RM Fluxus — Gestão Financeira',
      'RM Saldus — Contabilidade', 'RM Nucleus — Estoque, Compras e Faturamento', 'RM Vitae — Recursos Humanos',
    ],
    databases: ['Microsoft SQL Server 2019', 'Oracle 19c'],
    operatingSystems: ['Windows Server 2019', 'Windows Server 2022'],
  },
  {
    id: 'datasul',
    name: 'Datasul',
    versions: ['12.1.2307', '12.1.2403', '12.1.2411', '12.1.2505'],
    modules: [
      'Manufatura — Engenharia', 'Materiais — Recebimento', 'Distribuição — Faturamento',
      'Financeiro — Contas a Pagar', 'Controladoria — Obrigações Fiscais', 'Manufatura — Chão de Fábrica',
    ],
    databases: ['Progress OpenEdge 12.2', 'Oracle 19c'],
    operatingSystems: ['Red Hat Enterprise Linux 8', 'Windows Server 2019'],
  },
  {
    id: 'logix',
    name: 'Logix',
    versions: ['12.1.2309', '12.1.2403', '12.1.2409'],
    modules: ['Logix Suprimentos', 'Logix Vendas', 'Logix Controladoria', 'Logix Manufatura', 'Logix Fiscal'],
    databases: ['Informix 14.10', 'Oracle 19c', 'Microsoft SQL Server 2017'],
    operatingSystems: ['Red Hat Enterprise Linux 8', 'Windows Server 2019'],
  },
  {
    id: 'fluig',
    name: 'Fluig',
    versions: ['1.8.1', '1.8.2', '2.0.0'],
    modules: ['Fluig ECM — Gestão de Documentos', 'Fluig BPM — Processos', 'Fluig Identity', 'Fluig Social'],
    databases: ['MySQL 8.0', 'Microsoft SQL Server 2019', 'Oracle 19c'],
    operatingSystems: ['Ubuntu Server 22.04', 'Windows Server 2022'],
  },
  {
    id: 'winthor',
    name: 'Winthor',
    versions: ['3.0', '3.1', '4.0'],
    modules: ['Winthor Vendas — Rotina 316', 'Winthor Logística — WMS', 'Winthor Financeiro', 'Winthor Fiscal — Apuração de ICMS'],
    databases: ['Oracle 19c'],
    operatingSystems: ['Oracle Linux 8', 'Windows Server 2019'],
  },
  {
    id: 'consinco',
    name: 'Consinco',
    versions: ['2023.03', '2024.01', '2024.09', '2025.04'],
    modules: ['Consinco Comercial — Precificação', 'Consinco Frente de Loja (PDV)', 'Consinco Fiscal', 'Consinco Abastecimento'],
    databases: ['Oracle 19c'],
    operatingSystems: ['Oracle Linux 8'],
  },
  {
    id: 'cmnet',
    name: 'CMNET',
    versions: ['7.2', '7.3', '8.0'],
    modules: ['CMNET Hotel — Reservas', 'CMNET Hotel — Governança', 'CMNET PDV', 'CMNET Financeiro'],
    databases: ['Microsoft SQL Server 2019'],
    operatingSystems: ['Windows Server 2019'],
  },
];

export function lineById(id: string): ProductLineRecord | undefined {
  return PRODUCT_LINES.find((line) => line.id === id);
}

/** Subjects per line: a generic pool plus a few per-line ones. */
export const GENERIC_SUBJECTS = [
  'Erro ao acessar a rotina após atualização',
  'Lentidão na abertura do sistema',
  'Dúvida sobre parametrização',
  'Relatório não apresenta todos os registros',
  'Mensagem de erro "Falha na conexão com o servidor de licenças"',
  'Solicitação de análise de performance',
  'Erro ao aplicar pacote de atualização',
  'Usuário sem acesso ao menu após troca de senha',
  'Divergência de valores entre relatório e consulta',
  'Job agendado não está executando',
  'Dúvida sobre a nova legislação',
  'Campo obrigatório não aparece na tela',
  'Integração com o banco retornando timeout',
  'Erro de impressão do relatório em PDF',
] as const;

export const LINE_SUBJECTS: Record<string, readonly string[]> = {
  protheus: [
    'Rejeição 225 ao transmitir NF-e',
    'MATA410 — erro ao gerar pedido de venda com TES inteligente',
    'SPED Fiscal: bloco C190 com valores divergentes',
    'Apuração de ICMS ST não considera MVA ajustada',
    'EFD-Reinf: evento R-4020 rejeitado',
    'Cálculo do custo médio incorreto após recálculo (MATA330)',
    'Erro "THREAD ERROR" ao executar MATA460',
    'Reforma tributária: cálculo de IBS/CBS no documento de entrada',
  ],
  rm: [
    'eSocial S-1200 rejeitado com erro 1805',
    'Cálculo de férias com média de horas extras incorreto',
    'Ponto eletrônico não importa marcações do relógio',
    'DIRF/Informe de rendimentos com valores divergentes',
  ],
  datasul: [
    'Erro Progress ** Unable to update field ao faturar',
    'MRP não considera estoque de segurança',
    'Obrigações fiscais: geração do SPED Contribuições falha',
  ],
  logix: ['Nota fiscal de entrada não gera título no contas a pagar', 'Erro ao consolidar balancete'],
  fluig: ['Workflow parado na atividade de aprovação', 'Erro 500 ao publicar documento no ECM', 'Sincronização do Identity com o AD falhou'],
  winthor: ['Rotina 316 travando no fechamento do pedido', 'Apuração de ICMS divergente no Winthor'],
  consinco: ['PDV não sincroniza preços promocionais', 'Erro na geração do arquivo do SPED no Consinco'],
  cmnet: ['Reserva duplicada após integração com channel manager', 'Erro ao fechar conta do hóspede'],
};
