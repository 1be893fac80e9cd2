/**
 * Ticket details generated on demand from the seed and the ticket id: description, comments
 * (customer and agent authors; agents' `htmlBody` has formatting, https links and, on some
 * tickets, hostile markup so sanitizing can be demonstrated) and attachments.
 */
import { type Rng, chance, int, pick, rngFor } from './random.js';
import { iso } from './time.js';
import type { AttachmentRecord, CommentRecord, PersonRecord, TicketDetailRecord, TicketRecord } from './types.js';

/** Markup that must never run: every sanitizer demo can point at these. */
export const HOSTILE_SNIPPETS = [
  '<script>alert("xss: script")</script>',
  '<img src="x" onerror="alert(\'xss: onerror\')">',
  '<a href="javascript:alert(\'xss: javascript url\')">Clique aqui para baixar o patch</a>',
  '<svg onload="alert(\'xss: svg onload\')"><circle r="4"></circle></svg>',
  '<iframe src="https://evil.example/phish"></iframe>',
  '<p style="background:url(javascript:alert(1))" onclick="alert(\'xss: onclick\')">Texto com atributos maliciosos</p>',
] as const;

const CUSTOMER_REPLIES = [
  'Bom dia! Segue o log solicitado em anexo.',
  'Realizamos o procedimento indicado, mas o erro continua ocorrendo na filial 02.',
  'Obrigada pelo retorno. Vamos validar em homologação e retornamos até amanhã.',
  'O problema voltou a ocorrer hoje pela manhã, após o reprocessamento.',
  'Conseguimos contornar temporariamente, mas precisamos da correção definitiva antes do fechamento do mês.',
  'Validado em produção, funcionou corretamente. Obrigado!',
  'Poderiam informar a previsão de liberação do pacote?',
  'Seguem prints da tela com a mensagem de erro.',
] as const;

const AGENT_TEXTS = [
  { text: 'Analisamos o log enviado e identificamos que o parâmetro MV_ESTADO está configurado incorretamente na filial 02. Ajuste-o para "SP" e reprocesse a rotina.', link: 'https://tdn.totvs.com/display/public/PROT/MV_ESTADO' },
  { text: 'Este comportamento foi corrigido no pacote de expedição contínua de novembro. Aplique o patch indicado e execute o compatibilizador.', link: 'https://suporte.totvs.com/portal/p/10098/download' },
  { text: 'Para prosseguirmos, precisamos do arquivo de log completo (console.log) e da data/hora aproximada do erro.', link: 'https://centraldeatendimento.totvs.com/hc/pt-br/articles/360021375432' },
  { text: 'Reproduzimos o cenário em nosso ambiente e encaminhamos para a equipe de desenvolvimento (issue DSERFIS1-31245).', link: 'https://tdn.totvs.com/pages/releaseview.action?pageId=664521421' },
  { text: 'A solução está documentada na base de conhecimento. Siga o passo a passo e confirme se o problema foi resolvido.', link: 'https://centraldeatendimento.totvs.com/hc/pt-br/articles/4402847651223' },
] as const;

const SOLUTION_TEXT = {
  text: 'Aplicamos a correção no seu ambiente e validamos o processamento com a sua equipe. O procedimento completo está descrito no artigo abaixo.',
  link: 'https://centraldeatendimento.totvs.com/hc/pt-br/articles/4402847651223',
} as const;

const CUSTOMER_FILES = [
  { name: 'console.log', contentType: 'text/plain', min: 4_000, max: 900_000 },
  { name: 'print-erro.png', contentType: 'image/png', min: 40_000, max: 1_800_000 },
  { name: 'relatorio-divergencias.xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', min: 12_000, max: 400_000 },
  { name: 'nota-fiscal.xml', contentType: 'application/xml', min: 3_000, max: 30_000 },
  { name: 'evidencias.pdf', contentType: 'application/pdf', min: 80_000, max: 3_500_000 },
] as const;

const AGENT_FILES = [
  { name: 'patch-correcao.zip', contentType: 'application/zip', min: 200_000, max: 9_000_000 },
  { name: 'procedimento.pdf', contentType: 'application/pdf', min: 90_000, max: 1_200_000 },
] as const;

function attachment(rng: Rng, id: string, files: readonly { name: string; contentType: string; min: number; max: number }[]): AttachmentRecord {
  const f = pick(rng, files);
  return { id, name: f.name, size: int(rng, f.min, f.max), contentType: f.contentType };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function firstName(name: string): string {
  return name.split(' ')[0] ?? name;
}

function agentComment(rng: Rng, requester: PersonRecord, agent: PersonRecord, textIndex: number, solution: boolean, hostile: boolean | 'all'): { body: string; htmlBody?: string } {
  const t = solution ? SOLUTION_TEXT : AGENT_TEXTS[textIndex % AGENT_TEXTS.length] ?? AGENT_TEXTS[0];
  const greeting = `Olá, ${firstName(requester.name)}!`;
  const closing = solution
    ? 'Como a solução foi aplicada, estamos marcando a solicitação como resolvida. Caso o problema persista, basta responder este e-mail.'
    : 'Ficamos no aguardo do seu retorno.';
  const signature = `${agent.name.replace(' (TOTVS)', '')} — Suporte TOTVS`;
  const body = `${greeting}\n\n${t.text}\n\nDocumentação: ${t.link}\n\n${closing}\n\n${signature}`;
  if (!hostile && chance(rng, 0.3)) return { body };
  let html = `<p>${escapeHtml(greeting)}</p>`
    + `<p>${escapeHtml(t.text).replace(/(MV_[A-Z]+|DSERFIS1-\d+)/g, '<code>$1</code>')}</p>`
    + '<ul><li><strong>Ambiente:</strong> produção</li><li><em>Prioridade de correção:</em> alta</li></ul>'
    + `<p>Documentação: <a href="${t.link}" target="_blank">${escapeHtml(t.link)}</a></p>`;
  if (hostile === 'all') {
    html += HOSTILE_SNIPPETS.join('');
  } else if (hostile) {
    const k = int(rng, 0, HOSTILE_SNIPPETS.length - 1);
    html += HOSTILE_SNIPPETS[k] ?? '';
    html += HOSTILE_SNIPPETS[(k + 2) % HOSTILE_SNIPPETS.length] ?? '';
  }
  html += `<p>${escapeHtml(closing)}</p><p>—<br>${escapeHtml(signature)}</p>`;
  return { body, htmlBody: html };
}

export interface DetailContext {
  seed: number;
  person(id: string): PersonRecord;
  agents: readonly PersonRecord[];
  productLabel: string | undefined;
  hostile: boolean;
}

export function generateDetail(t: TicketRecord, ctx: DetailContext): TicketDetailRecord {
  const rng = rngFor(ctx.seed, 'ticket-detail', t.id);
  const requester = ctx.person(t.requesterId);
  const agent = pick(rng, ctx.agents);
  const where = [ctx.productLabel, t.module].filter(Boolean).join(' / ');
  const description = `Bom dia,\n\n${t.subject}.\n\nAo executar a rotina no ambiente ${where || 'de produção'}, o sistema apresenta a mensagem de erro e o processo é interrompido. `
    + `O problema começou após a última atualização e afeta os usuários da filial 01 — Matriz.\n\nPassos para reproduzir:\n1. Acessar a rotina\n2. Informar os parâmetros do período\n3. Confirmar o processamento\n\nAtenciosamente,\n${requester.name}`;
  const attachments: AttachmentRecord[] = [];
  const nAtt = int(rng, 0, 2);
  for (let i = 0; i < nAtt; i++) attachments.push(attachment(rng, `att-${t.number}-d${i + 1}`, CUSTOMER_FILES));

  const counts: Record<TicketRecord['status'], [number, number]> = {
    new: [0, 0], open: [1, 4], pending: [2, 5], hold: [2, 4], solved: [3, 6], closed: [3, 7],
  };
  const [min, max] = counts[t.status];
  let n = int(rng, min, max);
  // Pending waits for the customer and solved/closed end with the agent's solution: odd counts end with an agent.
  if ((t.status === 'pending' || t.status === 'solved' || t.status === 'closed' || t.status === 'hold') && n % 2 === 0) n += 1;
  const hostileAt = ctx.hostile ? 0 : chance(rng, 0.25) ? int(rng, 0, Math.max(0, n - 1)) : -1;
  const textStart = int(rng, 0, AGENT_TEXTS.length - 1);
  const comments: CommentRecord[] = [];
  const span = Math.max(1, t.updatedMs - t.createdMs);
  for (let i = 0; i < n; i++) {
    const at = t.createdMs + Math.floor(((i + 1) / n) * span);
    const isAgent = i % 2 === 0;
    const id = `cmt-${t.number}-${i + 1}`;
    if (isAgent) {
      const last = i === n - 1;
      const solution = last && (t.status === 'solved' || t.status === 'closed');
      const hostile = ctx.hostile ? (i === 0 ? 'all' : last) : i === hostileAt;
      const content = agentComment(rng, requester, agent, textStart + i / 2, solution, hostile);
      const comment: CommentRecord = { id, author: { ...agent, kind: 'agent' }, createdAt: iso(at), body: content.body, attachments: [] };
      if (content.htmlBody !== undefined) comment.htmlBody = content.htmlBody;
      if (chance(rng, 0.12)) comment.attachments.push(attachment(rng, `att-${t.number}-c${i + 1}`, AGENT_FILES));
      comments.push(comment);
    } else {
      const author = t.ccIds.length > 0 && chance(rng, 0.2) ? ctx.person(pick(rng, t.ccIds)) : requester;
      const comment: CommentRecord = {
        id,
        author: { ...author, kind: 'customer' },
        createdAt: iso(at),
        body: pick(rng, CUSTOMER_REPLIES),
        attachments: [],
      };
      if (chance(rng, 0.25)) comment.attachments.push(attachment(rng, `att-${t.number}-c${i + 1}`, CUSTOMER_FILES));
      comments.push(comment);
    }
  }
  const detail: TicketDetailRecord = { description, comments, attachments };
  if ((t.status === 'closed' || t.status === 'solved') && !ctx.hostile && t.platform === 'portal' && chance(rng, 0.35)) {
    const good = chance(rng, 0.8);
    detail.satisfaction = { rating: good ? 'good' : 'bad' };
    if (chance(rng, 0.5)) detail.satisfaction.comment = good ? 'Atendimento rápido e muito claro. Obrigada!' : 'Demorou mais do que o esperado para uma solução simples.';
  }
  return detail;
}
