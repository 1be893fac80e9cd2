/**
 * Solutions — busca compartilhada de soluções: the knowledge base (a few hundred pt-BR articles
 * over every product line and module of the catalogue, generated from the seed on first access,
 * plus pinned ones that never depend on it) and the solved tickets organizations share, derived
 * live from the tickets and products (a product's `shareTicketsInSolutionSearch` turned off takes
 * its tickets out at once). A shared ticket is rebuilt from its subject, product and module only:
 * no requester, e-mail, organization or signature ever reaches it.
 */
import { PRODUCT_LINES, type ProductLineRecord, lineById } from './catalog.js';
import { HOSTILE_SNIPPETS } from './details.js';
import { fold } from './names.js';
import { productName } from './products.js';
import { type Rng, chance, int, mix, pick, rngFor } from './random.js';
import { DAY, REF_MS } from './time.js';
import type { ProductRecord, TicketRecord } from './types.js';

export type SolutionSource = 'article' | 'ticket';

/** A solution as stored: the handlers add the reader's vote, counts with votes, excerpt, related ids. */
export interface SolutionRecord {
  id: string;
  source: SolutionSource;
  title: string;
  /** UNTRUSTED HTML (the hostile pinned articles carry scripts and event handlers). */
  bodyHtml: string;
  productLine?: { id: string; name: string };
  module?: string;
  updatedMs: number;
  /** Votes of readers before any signed-in user voted (the handlers add the users' votes). */
  baseHelpful: { yes: number; no: number };
  /** Ticket solutions: the ticket they come from (never sent to clients). */
  ticketId?: string;
}

/** The id of the solution a shared ticket becomes. */
export function ticketSolutionId(ticketId: string): string {
  return `sol-${ticketId}`;
}

// ---- pinned articles -----------------------------------------------------------------------------

/** What `FACTS.solutions.rareWords` searches: only the pinned articles below contain it. */
export const RARE_WORDS = 'rejeição 539';

export const PINNED_ARTICLE_IDS = {
  titleMatch: 'kb-p01',
  bodyMatches: ['kb-p02', 'kb-p03', 'kb-p04'],
  noVotes: 'kb-p05',
  hostile: ['kb-p06', 'kb-p07'],
  general: 'kb-p08',
} as const;

export const TITLE_MATCH_TITLE = 'NF-e com rejeição 539 ao transmitir: duplicidade de NF-e com diferença na chave de acesso';
export const TITLE_MATCH_HELPFUL = { yes: 42, no: 3 } as const;

interface PinnedArticle {
  id: string;
  title: string;
  bodyHtml: string;
  lineId?: string;
  module?: string;
  updatedAt: string;
  helpful: { yes: number; no: number };
}

const PINNED_ARTICLES: readonly PinnedArticle[] = [
  {
    id: PINNED_ARTICLE_IDS.titleMatch,
    title: TITLE_MATCH_TITLE,
    lineId: 'protheus',
    module: 'SIGAFAT — Faturamento',
    updatedAt: '2026-10-21T09:30:00-03:00',
    helpful: { ...TITLE_MATCH_HELPFUL },
    bodyHtml: '<p>A SEFAZ devolve a mensagem <strong>"Duplicidade de NF-e com diferença na Chave de Acesso"</strong> quando já existe '
      + 'uma nota autorizada com o mesmo CNPJ do emitente, modelo, série e número, mas com outra chave de acesso. '
      + 'Na prática isso acontece quando a nota é transmitida de novo depois de ter a data de emissão, o tipo de emissão '
      + '(contingência) ou o código numérico alterados.</p>'
      + '<h2>Como resolver</h2>'
      + '<ol><li>No <em>SPED NF-e &gt; Monitor</em>, consulte a nota e anote a chave informada no retorno da SEFAZ.</li>'
      + '<li>Confira se essa chave corresponde à nota gravada no Protheus (campo <code>F2_CHVNFE</code>).</li>'
      + '<li>Se a chave autorizada for outra, não gere uma nova numeração: recupere o XML autorizado pelo portal da SEFAZ e '
      + 'atualize o documento com a rotina de recuperação do TSS.</li>'
      + '<li>Retransmita somente as notas que continuarem sem protocolo.</li></ol>'
      + '<p>Para localizar as notas afetadas:</p>'
      + '<pre><code>SELECT F2_FILIAL, F2_DOC, F2_SERIE, F2_CHVNFE\n  FROM SF2010\n WHERE F2_FIMP = \'T\' AND D_E_L_E_T_ = \' \'</code></pre>'
      + '<p>Documentação: <a href="https://tdn.totvs.com/display/public/PROT/SPED+NF-e">SPED NF-e no TDN</a>.</p>',
  },
  {
    id: 'kb-p02',
    title: 'Códigos de retorno da SEFAZ mais frequentes na emissão de NF-e',
    lineId: 'protheus',
    module: 'SIGAFAT — Faturamento',
    updatedAt: '2026-09-02T14:10:00-03:00',
    helpful: { yes: 17, no: 2 },
    bodyHtml: '<p>Lista dos retornos que mais geram solicitações ao suporte e o primeiro passo para cada um:</p>'
      + '<ul><li><strong>204</strong> — duplicidade de NF-e: a nota já foi autorizada; consulte o protocolo.</li>'
      + '<li><strong>225</strong> — falha no schema XML: atualize os schemas do TSS.</li>'
      + '<li><strong>539</strong> — a rejeição 539 indica duplicidade com diferença na chave de acesso; veja o artigo específico.</li>'
      + '<li><strong>778</strong> — NCM inexistente: revise o cadastro do produto (<code>B1_POSIPI</code>).</li></ul>'
      + '<p>Mantenha o TSS e os schemas sempre na versão mais recente da expedição contínua.</p>',
  },
  {
    id: 'kb-p03',
    title: 'NF-e em contingência (SVC-AN e SVC-RS): cuidados ao voltar para a emissão normal',
    lineId: 'protheus',
    module: 'SIGAFAT — Faturamento',
    updatedAt: '2026-06-18T10:00:00-03:00',
    helpful: { yes: 9, no: 1 },
    bodyHtml: '<p>Durante a contingência as notas são autorizadas pelo ambiente virtual (SVC). Ao voltar para a emissão normal, '
      + 'não retransmita as notas já autorizadas em contingência: a SEFAZ de origem recebe a nota com outra chave e devolve a '
      + 'rejeição 539.</p>'
      + '<ol><li>Aguarde a sincronização do SVC com a SEFAZ de origem.</li><li>Consulte as notas pendentes no monitor.</li>'
      + '<li>Transmita apenas as que não têm protocolo.</li></ol>',
  },
  {
    id: 'kb-p04',
    title: 'Datasul: monitoramento da NF-e no TSS e conferência dos protocolos',
    lineId: 'datasul',
    module: 'Distribuição — Faturamento',
    updatedAt: '2026-05-07T16:45:00-03:00',
    helpful: { yes: 6, no: 0 },
    bodyHtml: '<p>O monitor de NF-e do Datasul mostra o último retorno da SEFAZ de cada nota. Notas reenviadas depois de uma '
      + 'alteração da data de emissão costumam voltar com a rejeição 539: nesses casos, recupere o XML autorizado em vez de '
      + 'gerar a nota de novo.</p><p>Programa: <code>FT0911</code> (Monitor NF-e).</p>',
  },
  {
    id: PINNED_ARTICLE_IDS.noVotes,
    title: 'Fluig: como publicar um documento no ECM com aprovação por grupo',
    lineId: 'fluig',
    module: 'Fluig ECM — Gestão de Documentos',
    updatedAt: '2026-11-20T11:00:00-03:00',
    helpful: { yes: 0, no: 0 },
    bodyHtml: '<p>Documentos que exigem aprovação ficam pendentes até que um aprovador do grupo os libere.</p>'
      + '<ol><li>Na pasta, clique em <strong>Publicar</strong>.</li><li>Em <em>Aprovação</em>, escolha o grupo aprovador.</li>'
      + '<li>Confirme: o documento aparece como <em>Pendente de aprovação</em>.</li></ol>',
  },
  {
    id: 'kb-p06',
    title: 'Winthor: personalizar o layout do pedido impresso na Rotina 316',
    lineId: 'winthor',
    module: 'Winthor Vendas — Rotina 316',
    updatedAt: '2026-08-12T08:20:00-03:00',
    helpful: { yes: 11, no: 4 },
    bodyHtml: '<p>O layout do pedido impresso é um modelo HTML editável. Exemplo enviado por um cliente (não copie os trechos marcados):</p>'
      + HOSTILE_SNIPPETS[1] + HOSTILE_SNIPPETS[0]
      + '<p onclick="alert(\'xss: onclick\')">Use apenas as variáveis <code>{{pedido.numero}}</code> e <code>{{cliente.nome}}</code>.</p>'
      + '<p><a href="javascript:alert(\'xss: javascript url\')">Baixar o modelo padrão</a></p>',
  },
  {
    id: 'kb-p07',
    title: 'CMNET: modelo de e-mail de confirmação de reserva',
    lineId: 'cmnet',
    module: 'CMNET Hotel — Reservas',
    updatedAt: '2026-07-01T13:00:00-03:00',
    helpful: { yes: 5, no: 2 },
    bodyHtml: '<p>O e-mail de confirmação usa o modelo cadastrado em <em>Configurações &gt; Modelos</em>.</p>'
      + HOSTILE_SNIPPETS[2] + HOSTILE_SNIPPETS[3] + HOSTILE_SNIPPETS[4] + HOSTILE_SNIPPETS[5]
      + '<img src="x" onerror="alert(\'xss: onerror\')" alt="logo do hotel">'
      + '<p onmouseover="alert(\'xss: onmouseover\')">Inclua o número da reserva e as datas de entrada e saída.</p>',
  },
  {
    id: PINNED_ARTICLE_IDS.general,
    title: 'Como pesquisar soluções antes de abrir uma solicitação',
    updatedAt: '2026-01-15T09:00:00-03:00',
    helpful: { yes: 58, no: 7 },
    bodyHtml: '<p>Digite o assunto com as palavras da mensagem de erro, o código da rotina ou o número da rejeição. '
      + 'A busca ignora acentos e maiúsculas e encontra palavras pelo começo.</p>'
      + '<ul><li>Filtre pela linha de produto para resultados mais precisos.</li>'
      + '<li>Soluções de solicitações compartilhadas por outros clientes aparecem sem dados pessoais.</li></ul>',
  },
];

// ---- generated articles --------------------------------------------------------------------------

interface ModuleInfo {
  short: string;
  routine: string;
  report: string;
  feature: string;
}

/** Per module: how it is called, a routine, a report and something to configure. */
const MODULES: Record<string, ModuleInfo> = {
  'SIGAFIS — Livros Fiscais': { short: 'SIGAFIS', routine: 'MATA953 (Apuração de ICMS)', report: 'MATR930 (Registro de Saídas)', feature: 'a apuração do DIFAL' },
  'SIGAFAT — Faturamento': { short: 'SIGAFAT', routine: 'MATA460 (Documento de Saída)', report: 'MATR550 (Relação de Faturamento)', feature: 'a TES inteligente' },
  'SIGACOM — Compras': { short: 'SIGACOM', routine: 'MATA121 (Pedido de Compras)', report: 'MATR110 (Pedido de Compras)', feature: 'a alçada de aprovação de compras' },
  'SIGAEST — Estoque e Custos': { short: 'SIGAEST', routine: 'MATA330 (Recálculo do Custo Médio)', report: 'MATR460 (Registro de Inventário)', feature: 'o custo em partes' },
  'SIGAFIN — Financeiro': { short: 'SIGAFIN', routine: 'FINA050 (Contas a Pagar)', report: 'FINR130 (Títulos a Receber)', feature: 'a conciliação bancária automática' },
  'SIGACTB — Contabilidade Gerencial': { short: 'SIGACTB', routine: 'CTBA102 (Lançamentos Contábeis)', report: 'CTBR040 (Balancete)', feature: 'o rateio por centro de custo' },
  'SIGAPCP — Planejamento e Controle da Produção': { short: 'SIGAPCP', routine: 'MATA650 (Ordens de Produção)', report: 'MATR820 (Ordens de Produção)', feature: 'o MRP com estoque de segurança' },
  'SIGAGPE — Gestão de Pessoal': { short: 'SIGAGPE', routine: 'GPEM020 (Cálculo da Folha)', report: 'GPER040 (Folha de Pagamento)', feature: 'os eventos periódicos do eSocial' },
  'SIGAMNT — Manutenção de Ativos': { short: 'SIGAMNT', routine: 'MNTA420 (Ordem de Serviço Corretiva)', report: 'MNTR675 (Histórico de Manutenção)', feature: 'o plano de manutenção preventiva' },
  'SIGAATF — Ativo Fixo': { short: 'SIGAATF', routine: 'ATFA050 (Cálculo de Depreciação)', report: 'ATFR070 (Razão Auxiliar)', feature: 'a depreciação incentivada' },
  'RM Labore — Folha de Pagamento': { short: 'RM Labore', routine: 'o cálculo da folha mensal', report: 'Resumo da Folha', feature: 'a base de INSS dos autônomos' },
  'RM Chronus — Ponto Eletrônico': { short: 'RM Chronus', routine: 'a importação de batidas', report: 'Espelho de Ponto', feature: 'o banco de horas' },
  'RM Fluxus — Gestão Financeira': { short: 'RM Fluxus', routine: 'a baixa de lançamentos', report: 'Fluxo de Caixa Realizado', feature: 'a remessa CNAB 240' },
  'RM Saldus — Contabilidade': { short: 'RM Saldus', routine: 'o encerramento do exercício', report: 'Balancete de Verificação', feature: 'a integração contábil do Fluxus' },
  'RM Nucleus — Estoque, Compras e Faturamento': { short: 'RM Nucleus', routine: 'o faturamento de movimentos', report: 'Posição de Estoque', feature: 'a série de notas por filial' },
  'RM Vitae — Recursos Humanos': { short: 'RM Vitae', routine: 'a avaliação de desempenho', report: 'Quadro de Vagas', feature: 'o fluxo de requisição de pessoal' },
  'Manufatura — Engenharia': { short: 'Engenharia', routine: 'a manutenção de estruturas (EN0204)', report: 'Lista de Materiais', feature: 'a revisão de engenharia' },
  'Materiais — Recebimento': { short: 'Recebimento', routine: 'a atualização do documento de entrada (RE1001)', report: 'Conferência de Recebimento', feature: 'a conferência física por código de barras' },
  'Distribuição — Faturamento': { short: 'Faturamento Datasul', routine: 'o cálculo de notas fiscais (FT4003)', report: 'Notas Fiscais Emitidas', feature: 'a natureza de operação por estado' },
  'Financeiro — Contas a Pagar': { short: 'Contas a Pagar', routine: 'a implantação de títulos (AP0702)', report: 'Títulos em Aberto', feature: 'a aprovação eletrônica de pagamentos' },
  'Controladoria — Obrigações Fiscais': { short: 'Obrigações Fiscais', routine: 'a geração do SPED Contribuições', report: 'Apuração de PIS e COFINS', feature: 'os créditos de PIS/COFINS sobre insumos' },
  'Manufatura — Chão de Fábrica': { short: 'Chão de Fábrica', routine: 'o apontamento de produção (SF0303)', report: 'Eficiência por Máquina', feature: 'o apontamento por coletor' },
  'Logix Suprimentos': { short: 'Logix Suprimentos', routine: 'a emissão de pedidos de compra (SUP0290)', report: 'Pedidos Pendentes', feature: 'a cotação eletrônica' },
  'Logix Vendas': { short: 'Logix Vendas', routine: 'o faturamento de pedidos (VDP0745)', report: 'Carteira de Pedidos', feature: 'a política de descontos' },
  'Logix Controladoria': { short: 'Logix Controladoria', routine: 'a consolidação do balancete (CON0010)', report: 'Balancete Consolidado', feature: 'a conversão em moeda estrangeira' },
  'Logix Manufatura': { short: 'Logix Manufatura', routine: 'o cálculo de necessidades (MAN0515)', report: 'Ordens Planejadas', feature: 'o roteiro de fabricação alternativo' },
  'Logix Fiscal': { short: 'Logix Fiscal', routine: 'a geração do SPED Fiscal (OBF0100)', report: 'Apuração de ICMS', feature: 'o bloco K' },
  'Fluig ECM — Gestão de Documentos': { short: 'Fluig ECM', routine: 'a publicação de documentos', report: 'Documentos a Vencer', feature: 'a política de retenção de documentos' },
  'Fluig BPM — Processos': { short: 'Fluig BPM', routine: 'a movimentação de solicitações', report: 'Solicitações em Atraso', feature: 'os prazos por atividade do workflow' },
  'Fluig Identity': { short: 'Fluig Identity', routine: 'a sincronização com o Active Directory', report: 'Usuários Sincronizados', feature: 'o login único (SSO) via SAML' },
  'Fluig Social': { short: 'Fluig Social', routine: 'a publicação em comunidades', report: 'Engajamento por Comunidade', feature: 'a moderação de comunidades' },
  'Winthor Vendas — Rotina 316': { short: 'Rotina 316', routine: 'o fechamento do pedido de venda', report: 'Pedidos por Vendedor', feature: 'a política de preços por região' },
  'Winthor Logística — WMS': { short: 'Winthor WMS', routine: 'a geração de ondas de separação', report: 'Produtividade da Separação', feature: 'o endereçamento por curva ABC' },
  'Winthor Financeiro': { short: 'Winthor Financeiro', routine: 'a baixa automática de boletos', report: 'Contas a Receber por Vencimento', feature: 'o retorno bancário CNAB 400' },
  'Winthor Fiscal — Apuração de ICMS': { short: 'Winthor Fiscal', routine: 'a apuração de ICMS', report: 'Livro de Apuração de ICMS', feature: 'o ICMS ST por NCM' },
  'Consinco Comercial — Precificação': { short: 'Consinco Precificação', routine: 'a geração de preços promocionais', report: 'Margem por Seção', feature: 'a precificação por região de loja' },
  'Consinco Frente de Loja (PDV)': { short: 'Consinco PDV', routine: 'a carga de produtos para o PDV', report: 'Vendas por Operador', feature: 'a NFC-e em contingência offline' },
  'Consinco Fiscal': { short: 'Consinco Fiscal', routine: 'a geração do SPED Fiscal', report: 'Apuração de ICMS por Loja', feature: 'os benefícios fiscais por UF' },
  'Consinco Abastecimento': { short: 'Consinco Abastecimento', routine: 'a sugestão de compras', report: 'Ruptura por Loja', feature: 'o estoque mínimo por loja' },
  'CMNET Hotel — Reservas': { short: 'CMNET Reservas', routine: 'a integração com o channel manager', report: 'Mapa de Ocupação', feature: 'as tarifas por temporada' },
  'CMNET Hotel — Governança': { short: 'CMNET Governança', routine: 'a liberação de apartamentos', report: 'Status dos Apartamentos', feature: 'a escala de camareiras' },
  'CMNET PDV': { short: 'CMNET PDV', routine: 'o lançamento de consumo na conta do hóspede', report: 'Vendas por Ponto de Venda', feature: 'os pontos de venda do restaurante' },
  'CMNET Financeiro': { short: 'CMNET Financeiro', routine: 'o fechamento da conta do hóspede', report: 'Faturamento Diário', feature: 'a emissão de RPS' },
};

interface LineVocab {
  errors: readonly string[];
  integrations: readonly string[];
  /** A configuration snippet shown in a code block. */
  snippet(rng: Rng, info: ModuleInfo): string;
}

const SQL = (table: string, where: string) => `SELECT COUNT(*)\n  FROM ${table}\n WHERE ${where}`;

const VOCAB: Record<string, LineVocab> = {
  protheus: {
    errors: ['THREAD ERROR', 'Alias does not exist', 'Variable does not exist', 'Invalid ReadMSInt in file', 'Falha de comunicação com o TSS'],
    integrations: ['o TSS', 'o TOTVS Colaboração', 'o Fluig', 'o TOTVS Carol'],
    snippet: (rng) => pick(rng, [
      '[General]\nMaxStringSize=10\nConsoleLog=1\n\n[Drivers]\nActive=TCP',
      '[ONSTART]\nJOBS=JOB_SCHEDULE\nRefreshRate=120',
      'PutMV("MV_CUSMED", "M")\nPutMV("MV_ULMES", "20261031")',
    ]),
  },
  rm: {
    errors: ['Object reference not set to an instance of an object', 'Timeout expired', 'Violação da chave primária', 'Usuário sem permissão para o contexto'],
    integrations: ['o eSocial', 'o TOTVS Fluig', 'o RM Portal', 'o relógio de ponto'],
    snippet: (rng) => pick(rng, [SQL('PFUNC', "CODSITUACAO = 'A'"), SQL('FLAN', 'STATUSLAN = 0'), '<add key="DefaultDB" value="CorporeRM" />\n<add key="JobServer3Camadas" value="true" />']),
  },
  datasul: {
    errors: ['** Unable to update field', '** Record is locked by another user', 'Lock table overflow', 'Unable to connect to AppServer'],
    integrations: ['o TOTVS Colaboração', 'o TSS', 'o Fluig', 'o MES'],
    snippet: (rng) => pick(rng, ['FIND FIRST param-global NO-LOCK NO-ERROR.\nIF AVAILABLE param-global THEN\n  DISPLAY param-global.empresa-prin.', '-L 500000\n-n 200\n-B 300000', SQL('nota-fiscal', "dt-emis-nota >= '2026-10-01'")]),
  },
  logix: {
    errors: ['SQL -268: Unique constraint violated', 'Programa não encontrado no menu', 'Erro na chamada do serviço de integração'],
    integrations: ['o TOTVS Colaboração', 'o Fluig', 'o WMS'],
    snippet: (rng) => pick(rng, [SQL('fat_nf_mestre', "dat_hor_emissao >= '2026-10-01'"), 'LOGIX_ENV=PRODUCAO\nLOGIX_LANG=pt_BR']),
  },
  fluig: {
    errors: ['HTTP 500 — Internal Server Error', 'Token expirado', 'Documento em uso por outro usuário'],
    integrations: ['o Protheus', 'o Active Directory', 'o RM'],
    snippet: (rng) => pick(rng, [
      'var c1 = DatasetFactory.createConstraint("active", "true", "true", ConstraintType.MUST);\nvar ds = DatasetFactory.getDataset("colleague", null, [c1], null);',
      'fluig.session.timeout=30\nfluig.upload.maxsize=104857600',
    ]),
  },
  winthor: {
    errors: ['ORA-01555: snapshot too old', 'Rotina bloqueada por outro usuário', 'Erro ao gerar o número do pedido'],
    integrations: ['o Winthor Anywhere', 'o WMS', 'o força de vendas'],
    snippet: (rng) => pick(rng, [SQL('PCPEDC', "POSICAO = 'L'"), SQL('PCPREST', 'DTPAG IS NULL')]),
  },
  consinco: {
    errors: ['ORA-04068: existing state of packages has been discarded', 'Carga do PDV não concluída', 'Erro de comunicação com o concentrador'],
    integrations: ['o PDV', 'o concentrador de lojas', 'o e-commerce'],
    snippet: (rng) => pick(rng, [SQL('MAP_PRODUTO', "STATUSVENDA = 'A'"), 'CONCENTRADOR_PORTA=7070\nCARGA_INTERVALO=300']),
  },
  cmnet: {
    errors: ['Conexão com o banco de dados perdida', 'Violação de chave na tabela de reservas', 'Erro ao gerar o RPS'],
    integrations: ['o channel manager', 'o motor de reservas', 'a prefeitura (NFS-e)'],
    snippet: (rng) => pick(rng, [SQL('RESERVAS', "STATUS = 'CONFIRMADA'"), 'ChannelManager.Url=https://cm.example.com/api\nChannelManager.Intervalo=5']),
  },
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const code = (text: string) => `<pre><code>${escapeHtml(text)}</code></pre>`;
const docLink = (line: ProductLineRecord) =>
  `<p>Mais detalhes na <a href="https://tdn.totvs.com/display/public/${line.id.toUpperCase()}">documentação do ${escapeHtml(line.name)} no TDN</a>.</p>`;

type Template = (rng: Rng, line: ProductLineRecord, module: string, info: ModuleInfo, vocab: LineVocab) => { title: string; body: string };

/** One article per template and module (8 × 43 modules). */
const TEMPLATES: readonly Template[] = [
  (rng, line, _m, info, vocab) => {
    const error = pick(rng, vocab.errors);
    return {
      title: `${info.short}: mensagem "${error}" ao executar ${info.routine}`,
      body: `<p>Ao executar ${escapeHtml(info.routine)} no ${escapeHtml(info.short)}, o processamento é interrompido com a mensagem <code>${escapeHtml(error)}</code>.</p>`
        + '<h2>Causa</h2><p>O ambiente está com o dicionário de dados desatualizado em relação ao pacote aplicado, ou há registros bloqueados por outra sessão.</p>'
        + '<h2>Solução</h2><ol><li>Peça que os usuários saiam da rotina.</li><li>Aplique o último pacote de expedição contínua e execute o compatibilizador.</li>'
        + '<li>Reprocesse a rotina com um período curto para validar.</li></ol>'
        + code(vocab.snippet(rng, info)) + docLink(line),
    };
  },
  (rng, line, _m, info, vocab) => ({
    title: `Como configurar ${info.feature} no ${info.short}`,
    body: `<p>Este artigo mostra o passo a passo para configurar ${escapeHtml(info.feature)} no ${escapeHtml(info.short)} (${escapeHtml(line.name)} ${escapeHtml(pick(rng, line.versions))} ou superior).</p>`
      + '<h2>Pré-requisitos</h2><ul><li>Usuário com perfil de administrador do módulo.</li><li>Backup do ambiente de homologação.</li></ul>'
      + '<h2>Passo a passo</h2><ol><li>Acesse as configurações do módulo.</li><li>Habilite a funcionalidade e informe os parâmetros da empresa.</li>'
      + `<li>Valide com ${escapeHtml(info.routine)} antes de liberar em produção.</li></ol>`
      + code(vocab.snippet(rng, info)),
  }),
  (rng, line, _m, info) => {
    const version = pick(rng, line.versions);
    return {
      title: `Lentidão ao executar ${info.routine} após atualização para a versão ${version}`,
      body: `<p>Depois da atualização para a versão ${escapeHtml(version)}, ${escapeHtml(info.routine)} passou a levar muito mais tempo no ${escapeHtml(info.short)}.</p>`
        + '<h2>Verificações</h2><ul><li>Estatísticas do banco de dados atualizadas.</li><li>Índices recriados após o compatibilizador.</li>'
        + '<li>Log de desempenho habilitado durante a execução.</li></ul>'
        + `<p>Se a lentidão continuar, abra uma solicitação com o log e o horário da execução. ${chance(rng, 0.5) ? 'Em muitos casos a atualização das estatísticas resolve.' : 'Informe também o volume de registros processados.'}</p>`,
    };
  },
  (rng, line, _m, info, vocab) => ({
    title: `Relatório ${info.report} não apresenta todos os registros (${info.short})`,
    body: `<p>O relatório <strong>${escapeHtml(info.report)}</strong> omite parte dos registros quando os filtros de filial ou de período não estão preenchidos corretamente.</p>`
      + '<ol><li>Confira os parâmetros do relatório (filial inicial e final, período).</li><li>Verifique se os registros não estão excluídos logicamente.</li>'
      + '<li>Compare com a consulta abaixo.</li></ol>' + code(vocab.snippet(rng, info)) + docLink(line),
  }),
  (rng, line, _m, info) => {
    const version = pick(rng, line.versions);
    return {
      title: `Atualização do ${info.short} para a versão ${version}: passo a passo`,
      body: `<p>Roteiro recomendado para atualizar o ${escapeHtml(info.short)} para a versão ${escapeHtml(version)} com segurança.</p>`
        + '<ol><li>Faça o backup completo do banco de dados.</li><li>Atualize primeiro o ambiente de homologação.</li>'
        + '<li>Aplique o pacote e execute o compatibilizador.</li><li>Valide os processos críticos com os usuários-chave.</li>'
        + '<li>Agende a atualização de produção fora do horário comercial.</li></ol>'
        + `<p><strong>Atenção:</strong> ${chance(rng, 0.5) ? 'não pule versões intermediárias.' : 'confira a matriz de compatibilidade do banco de dados.'}</p>`,
    };
  },
  (_rng, _line, _m, info) => ({
    title: `Usuário sem acesso ao menu do ${info.short} após troca de perfil`,
    body: `<p>Depois de uma troca de senha ou de perfil, o usuário deixa de ver o menu do ${escapeHtml(info.short)}.</p>`
      + '<h2>Solução</h2><ol><li>No configurador, confira se o perfil do usuário tem acesso ao módulo.</li>'
      + '<li>Verifique se o menu está associado ao grupo correto.</li><li>Peça que o usuário saia e entre de novo no sistema.</li></ol>',
  }),
  (rng, line, _m, info, vocab) => {
    const integration = pick(rng, vocab.integrations);
    return {
      title: `Integração do ${info.short} com ${integration} retorna tempo esgotado`,
      body: `<p>A integração do ${escapeHtml(info.short)} com ${escapeHtml(integration)} deixa de responder e as mensagens ficam pendentes.</p>`
        + '<ul><li>Confira se o serviço de integração está ativo.</li><li>Teste a conectividade entre os servidores (porta e certificado).</li>'
        + '<li>Reprocesse as mensagens pendentes depois de normalizar a comunicação.</li></ul>' + docLink(line),
    };
  },
  (rng, line, _m, info) => ({
    title: `Dúvidas frequentes sobre ${info.report} no ${info.short}`,
    body: `<p>Respostas às perguntas mais comuns sobre o relatório ${escapeHtml(info.report)} do ${escapeHtml(line.name)}.</p>`
      + '<h3>Posso exportar para planilha?</h3><p>Sim: escolha a saída em planilha na tela de impressão.</p>'
      + `<h3>Por que os totais diferem da consulta?</h3><p>${chance(rng, 0.5) ? 'A consulta considera movimentos ainda não contabilizados.' : 'O relatório considera apenas a filial selecionada.'}</p>`,
  }),
];

function articleHelpful(rng: Rng): { yes: number; no: number } {
  if (chance(rng, 0.08)) return { yes: 0, no: 0 };
  return { yes: int(rng, 0, 160), no: int(rng, 0, 24) };
}

/** Generated articles: one per template and module of every product line (seeded). */
export const GENERATED_ARTICLES = PRODUCT_LINES.reduce((n, line) => n + line.modules.length, 0) * TEMPLATES.length;

/** The knowledge base: the pinned articles first, then the generated ones (seeded). */
export function generateArticles(seed: number): SolutionRecord[] {
  const out: SolutionRecord[] = PINNED_ARTICLES.map((p) => {
    const line = p.lineId ? lineById(p.lineId) : undefined;
    const record: SolutionRecord = {
      id: p.id, source: 'article', title: p.title, bodyHtml: p.bodyHtml, updatedMs: Date.parse(p.updatedAt), baseHelpful: { ...p.helpful },
    };
    if (line) record.productLine = { id: line.id, name: line.name };
    if (p.module !== undefined) record.module = p.module;
    return record;
  });
  let n = 0;
  for (const line of PRODUCT_LINES) {
    const vocab = VOCAB[line.id];
    if (!vocab) continue;
    for (const module of line.modules) {
      const info = MODULES[module] ?? { short: module, routine: 'a rotina principal', report: 'Relatório Geral', feature: 'os parâmetros gerais' };
      for (const [t, template] of TEMPLATES.entries()) {
        n += 1;
        const rng = rngFor(seed, 'solution-article', line.id, module, t);
        const { title, body } = template(rng, line, module, info, vocab);
        out.push({
          id: `kb-${String(n).padStart(5, '0')}`,
          source: 'article',
          title,
          bodyHtml: body,
          productLine: { id: line.id, name: line.name },
          module,
          updatedMs: REF_MS - int(rng, 1, 5 * 365) * DAY - int(rng, 0, DAY - 1),
          baseHelpful: articleHelpful(rng),
        });
      }
    }
  }
  return out;
}

// ---- shared tickets ------------------------------------------------------------------------------

/** How the support solved it: nothing of the customer's (no names, greetings or signatures). */
interface Resolution {
  text: string;
  steps: readonly string[];
}

const RESOLUTIONS: readonly [Resolution, ...Resolution[]] = [
  { text: 'O comportamento foi corrigido no pacote de expedição contínua do mês. Após aplicar o pacote e executar o compatibilizador, o processamento voltou ao normal.', steps: ['Aplicar o pacote de expedição contínua.', 'Executar o compatibilizador.', 'Reprocessar o período afetado.'] },
  { text: 'A causa era um parâmetro configurado de forma diferente entre as filiais. Com o parâmetro ajustado, a rotina passou a considerar todos os registros.', steps: ['Revisar os parâmetros por filial.', 'Ajustar o valor divergente.', 'Executar a rotina novamente.'] },
  { text: 'Havia registros bloqueados por uma sessão encerrada de forma anormal. Depois de liberar os bloqueios, a rotina concluiu sem erros.', steps: ['Identificar as sessões presas no monitor.', 'Encerrar as sessões.', 'Executar a rotina novamente.'] },
  { text: 'O problema vinha de um índice desatualizado no banco de dados. Recriar os índices e atualizar as estatísticas resolveu.', steps: ['Recriar os índices da tabela envolvida.', 'Atualizar as estatísticas do banco.', 'Validar o tempo de resposta.'] },
  { text: 'A permissão do perfil não incluía a rotina após a atualização do menu. O perfil foi revisado e o acesso restabelecido.', steps: ['Revisar o perfil no configurador.', 'Associar o menu ao grupo correto.', 'Entrar novamente no sistema.'] },
  { text: 'O certificado do serviço de integração havia expirado. Após a renovação do certificado, a comunicação foi restabelecida.', steps: ['Renovar o certificado.', 'Reiniciar o serviço de integração.', 'Reprocessar as mensagens pendentes.'] },
];

/** Which resolution fits the subject (index into RESOLUTIONS); seeded when nothing fits. */
const RESOLUTION_HINTS: readonly [RegExp, number][] = [
  [/acesso|menu|senha|permiss/, 4],
  [/lentid|performance|timeout|demora/, 3],
  [/trava|bloque|job|parad/, 2],
  [/integra|sincroniz|licen|conex|channel|identity/, 5],
  [/parametriz|diverg|nao considera|nao apresenta|sem as|incorret/, 1],
  [/rejei|sped|efd|esocial|apura|calculo|dirf|reforma/, 0],
];

function resolutionFor(seed: number, t: TicketRecord): number {
  const subject = fold(t.subject);
  return RESOLUTION_HINTS.find(([re]) => re.test(subject))?.[1] ?? mix(seed, t.id) % RESOLUTIONS.length;
}

/** True when the ticket is a solved ticket of a product that shares its tickets in the search. */
export function isShared(t: TicketRecord, product: ProductRecord | undefined): product is ProductRecord {
  return t.platform === 'portal' && t.status === 'solved' && product !== undefined && product.shareTicketsInSolutionSearch;
}

const ticketCache = new WeakMap<TicketRecord, { key: string; record: SolutionRecord }>();

/**
 * A shared ticket as a solution: title = subject, body = the problem's environment and how it was
 * solved. Built from the subject, product and module only (cached per ticket and product state).
 */
export function ticketSolution(seed: number, t: TicketRecord, product: ProductRecord): SolutionRecord {
  const key = `${seed}|${t.subject}|${t.module ?? ''}|${product.lineId}|${product.version}|${t.updatedMs}`;
  const cached = ticketCache.get(t);
  if (cached && cached.key === key) return cached.record;
  const rng = rngFor(seed, 'solution-ticket', t.id);
  const resolution = RESOLUTIONS[resolutionFor(seed, t)] ?? RESOLUTIONS[0];
  const where = [productName(product), t.module].filter(Boolean).join(' / ');
  const bodyHtml = `<p><strong>Problema relatado:</strong> ${escapeHtml(t.subject)}.</p>`
    + `<p><strong>Ambiente:</strong> ${escapeHtml(where)}.</p>`
    + `<h2>Solução</h2><p>${escapeHtml(resolution.text)}</p>`
    + `<ol>${resolution.steps.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>`
    + '<p><em>Solicitação resolvida pelo Suporte TOTVS e compartilhada por um cliente, sem dados pessoais.</em></p>';
  const line = lineById(product.lineId);
  const record: SolutionRecord = {
    id: ticketSolutionId(t.id),
    source: 'ticket',
    title: t.subject,
    bodyHtml,
    productLine: { id: product.lineId, name: line?.name ?? product.lineName },
    updatedMs: t.updatedMs,
    baseHelpful: chance(rng, 0.3) ? { yes: 0, no: 0 } : { yes: int(rng, 0, 18), no: int(rng, 0, 4) },
    ticketId: t.id,
  };
  if (t.module !== undefined) record.module = t.module;
  ticketCache.set(t, { key, record });
  return record;
}

// ---- text ----------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The readable text of an HTML body: no scripts, styles or tags; entities decoded; spaces collapsed. */
export function plainText(html: string): string {
  return html
    .replace(/<(script|style|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/(p|li|h[1-6]|pre|div)>|<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|[a-z]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words (accent- and case-insensitive) of a text. */
export function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter((w) => w !== '');
}
