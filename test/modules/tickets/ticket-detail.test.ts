import { aTimeout, expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PROBLEM_BASE } from '../../../src/mocks/index.js';
import '../../../src/modules/tickets/ticket-detail.js';
import type { MeTicketDetail } from '../../../src/modules/tickets/ticket-detail.js';
import { deepActiveElement, FACTS, injectFault, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const { tickets } = FACTS;
const ticketPath = (id: string) => `/v1/tickets/${id}`;
const commentsPath = (id: string) => `/v1/tickets/${id}/comments`;

async function renderDetail(id: string, options: { token?: string; locale?: string } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} locale=${options.locale ?? 'pt-BR'}>
    <me-ticket-detail ticket-id=${id}></me-ticket-detail></me-portal>`);
  return portal.querySelector('me-ticket-detail')!;
}

/** Renders the ticket and waits until it is on screen. */
async function openTicket(id: string, options: { token?: string; locale?: string } = {}) {
  const detail = await renderDetail(id, options);
  await waitUntil(() => $(detail, '[part=ticket]'), `ticket ${id} never showed: ${textOf(detail).slice(0, 200)}`, { timeout: 4000 });
  return detail;
}

function $<T extends Element = HTMLElement>(detail: MeTicketDetail, selector: string): T | null {
  return detail.shadowRoot!.querySelector<T>(selector);
}

function replyTextarea(detail: MeTicketDetail): HTMLTextAreaElement {
  return $(detail, '.reply me-field')!.shadowRoot!.querySelector('textarea')!;
}

function typeInto(control: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  control.value = text;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

function submitButton(detail: MeTicketDetail, section: '.reply' | '.rating' = '.reply'): HTMLButtonElement {
  return $(detail, `${section} me-submit-button`)!.shadowRoot!.querySelector('button')!;
}

function statusText(detail: MeTicketDetail): string {
  return textOf($(detail, 'me-status-badge')!).trim();
}

function chooseFiles(detail: MeTicketDetail, files: File[]): void {
  const input = $<HTMLInputElement>(detail, '.reply input[type=file]')!;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const problem = (status: number, slug: string, detail: string) => ({ type: `${PROBLEM_BASE}${slug}`, title: slug, status, detail });

type Flagged = Window & { __xss?: string[] };
const win = window as Flagged;

describe('<me-ticket-detail>', () => {
  useMockApi();
  let originalAlert: typeof window.alert;
  beforeEach(() => {
    win.__xss = [];
    originalAlert = window.alert;
    window.alert = (message?: unknown) => { win.__xss!.push(String(message)); };
  });
  afterEach(() => {
    window.alert = originalAlert;
    delete win.__xss;
  });

  it('shows the ticket: number, subject, badges, product, people, dates and attachments', async () => {
    const detail = await openTicket(tickets.open);
    const text = textOf(detail);
    expect(text).to.contain('SPED Fiscal: bloco C190 com valores divergentes em outubro');
    expect($(detail, 'h2')!.textContent).to.contain('SPED Fiscal');
    expect(text).to.match(/Solicitação \d{8}/);
    await waitUntil(() => statusText(detail) === 'Em atendimento');
    expect(textOf($(detail, 'me-priority-badge')!)).to.contain('Alta');
    expect(text).to.contain('Ana');
    expect(text).to.contain('Carlos'); // in copy
    expect(text).to.contain('Metalúrgica Paulista');
    const created = $(detail, '[part=meta] time')!;
    expect(created.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    expect(created.getAttribute('title')).to.match(/\d{2}\/\d{2}\/\d{4},? \d{2}:\d{2}/);
    expect(created.querySelector('.visually-hidden')!.textContent).to.equal(created.getAttribute('title'));
    const files = [...detail.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=description] .files a')];
    expect(files).to.have.length(2);
    for (const link of files) {
      expect(link.getAttribute('href')).to.match(/^\/api\/files\/.+\?signature=/);
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(link.getAttribute('aria-label')).to.match(/\(\d[\d,.]* (byte|kB|MB)s?, [A-Z]+\), abre em nova aba$/);
    }
  });

  it('tells agent and customer messages apart in words and layout, not only colour', async () => {
    const detail = await openTicket(tickets.pending);
    const agents = detail.shadowRoot!.querySelectorAll('.comment[data-kind=agent]');
    const customers = detail.shadowRoot!.querySelectorAll('.comment[data-kind=customer]');
    expect(agents).to.have.length(3);
    expect(customers).to.have.length(2);
    agents.forEach((c) => expect(textOf(c)).to.contain('Suporte TOTVS'));
    customers.forEach((c) => expect(textOf(c)).to.contain('Cliente'));
    const article = agents[0]!.querySelector('article')!;
    const label = detail.shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!;
    expect(label.textContent).to.contain('Suporte TOTVS');
    const agentBox = getComputedStyle(article);
    const customerBox = getComputedStyle(customers[0]!.querySelector('article')!);
    expect(agentBox.marginRight).not.to.equal(customerBox.marginRight); // a different side, not only a different colour
  });

  it('renders agents’ HTML sanitized: no script, handler, javascript: link or SVG runs; formatting and https links stay', async () => {
    const detail = await openTicket(tickets.open);
    await waitUntil(() => $(detail, '.rich strong'), 'the sanitized HTML never rendered');
    await aTimeout(300); // time for an onerror/onload to fire, if anything survived
    const rich = $(detail, '.rich')!;
    rich.querySelectorAll('a').forEach((a) => a.click());
    await aTimeout(50);
    expect(win.__xss).to.deep.equal([]);
    expect(rich.querySelector('script, img, svg, iframe, [style], [onerror], [onload], [onclick]')).to.equal(null);
    expect(rich.querySelector('a[href^="javascript:"]')).to.equal(null);
    expect(textOf(rich)).to.contain('Clique aqui para baixar o patch'); // the neutralized link's text stays readable
    expect(rich.querySelector('em')).to.exist;
    expect(rich.querySelector('ul li strong')).to.exist;
    const link = rich.querySelector<HTMLAnchorElement>('a[href^="https://"]')!;
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('shows a comment body as text, never as HTML', async () => {
    const detail = await openTicket(tickets.open);
    const hostile = '<img src=x onerror="alert(\'xss: body\')"><b>negrito?</b>';
    typeInto(replyTextarea(detail), hostile);
    submitButton(detail).click();
    await waitForText(detail, 'Resposta enviada.');
    await waitForText(detail, hostile);
    await aTimeout(300);
    const last = [...detail.shadowRoot!.querySelectorAll('.comment')].at(-1)!;
    expect(last.getAttribute('data-kind')).to.equal('customer');
    expect(last.querySelector('.text')!.textContent).to.equal(hostile);
    expect(last.querySelector('img, b')).to.equal(null);
    expect(win.__xss).to.deep.equal([]);
  });

  it('replies: POST with the body and an Idempotency-Key, the new comment shows, me-ticket-updated fires', async () => {
    const detail = await openTicket(tickets.open);
    const before = detail.shadowRoot!.querySelectorAll('.comment').length;
    typeInto(replyTextarea(detail), '  Segue o log atualizado.  ');
    const updated = oneEvent(detail, 'me-ticket-updated');
    submitButton(detail).click();
    const event = await updated;
    expect(event.detail.action).to.equal('reply');
    expect(event.detail.ticket.id).to.equal(tickets.open);
    expect(event.detail.ticket.comments.at(-1)!.body).to.equal('Segue o log atualizado.');
    expect(event.bubbles && event.composed).to.equal(true);
    const [post] = sent('POST', commentsPath(tickets.open));
    expect(await post!.json()).to.deep.equal({ body: 'Segue o log atualizado.' });
    const key = post!.headers.get('Idempotency-Key');
    expect(key).to.match(/^[0-9a-f-]{36}$/);
    await waitUntil(() => detail.shadowRoot!.querySelectorAll('.comment').length === before + 1);
    expect(textOf([...detail.shadowRoot!.querySelectorAll('.comment')].at(-1)!)).to.contain('Segue o log atualizado.');
    await waitForText(detail, 'Resposta enviada.');
    expect(replyTextarea(detail).value).to.equal('');
    // the next reply is a new action: a new key
    typeInto(replyTextarea(detail), 'Mais uma informação.');
    submitButton(detail).click();
    await waitUntil(() => sent('POST', commentsPath(tickets.open)).length === 2);
    expect(sent('POST', commentsPath(tickets.open))[1]!.headers.get('Idempotency-Key')).not.to.equal(key);
  });

  it('says before sending that a reply reopens a solved ticket, and the status changes to Em atendimento', async () => {
    const detail = await openTicket(tickets.solved);
    await waitUntil(() => statusText(detail) === 'Resolvido');
    expect(textOf($(detail, '.reply')!)).to.contain('ao enviar a resposta, ela será reaberta');
    expect(textOf(submitButton(detail))).to.contain('Enviar e reabrir');
    typeInto(replyTextarea(detail), 'O erro voltou a acontecer hoje.');
    submitButton(detail).click();
    await waitForText(detail, 'Resposta enviada. A solicitação foi reaberta.');
    await waitUntil(() => statusText(detail) === 'Em atendimento', `status stayed ${statusText(detail)}`);
    expect(textOf($(detail, '.reply')!)).not.to.contain('será reaberta');
  });

  it('says a deadline has passed in words, with an icon (not by colour alone)', async () => {
    const current = await (await fetch(`/api${ticketPath(tickets.open)}`, { headers: { Authorization: 'Bearer demo-token' } })).json();
    injectFault({ method: 'GET', path: ticketPath(tickets.open), body: { ...current, dueAt: new Date(Date.now() - 2 * 3_600_000).toISOString() } });
    const late = await openTicket(tickets.open);
    const overdue = $(late, '.overdue')!;
    expect(textOf(overdue)).to.match(/Vencido\s+há 2 horas/);
    expect(overdue.querySelector('svg')).to.exist;
    injectFault({ method: 'GET', path: ticketPath(tickets.pending), body: { ...current, id: tickets.pending, dueAt: new Date(Date.now() + 5 * 3_600_000).toISOString() } });
    const onTime = await openTicket(tickets.pending);
    expect($(onTime, '.overdue')).to.equal(null);
    expect(textOf(onTime)).to.contain('em 5 horas');
  });

  it('shows no reply form on a closed ticket, and says to open a new request', async () => {
    const detail = await openTicket(tickets.closed);
    expect($(detail, '.reply')).to.equal(null);
    const notice = $(detail, '.closed')!;
    expect(textOf(notice)).to.contain('Esta solicitação está encerrada');
    expect(textOf(notice)).to.contain('abra uma nova solicitação');
    expect($(detail, '.solve')).to.equal(null);
    expect($(detail, '.rating form')).to.exist; // Ana, the requester, may still rate it
  });

  it('opens a new request from a closed one: product, module and subject carried over; the new ticket is announced and its event goes on', async () => {
    const detail = await openTicket(tickets.closed);
    const closed = await (await fetch(`/api${ticketPath(tickets.closed)}`, { headers: { Authorization: 'Bearer demo-token' } })).json();
    const button = [...detail.shadowRoot!.querySelectorAll<HTMLButtonElement>('.closed button')].find((b) => b.textContent!.includes('Abrir nova solicitação'))!;
    button.click();
    await waitUntil(() => $(detail, 'me-dialog me-ticket-new'), 'the follow-up form never opened');
    const form = $(detail, 'me-dialog me-ticket-new')!;
    await waitForText(form, `Continuação da solicitação ${closed.number}, já encerrada.`);
    const control = (name: string) => form.shadowRoot!.querySelector(`me-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement>('input, select, textarea')!;
    await waitUntil(() => control('productId')?.value === closed.product.id, 'the product was not carried over');
    expect(control('module').value).to.equal(closed.module);
    expect(control('subject').value).to.equal(`Continuação da ${closed.number}: ${closed.subject}`.slice(0, 150));
    const description = control('description');
    description.value = 'O prazo continua errado depois da atualização de ontem.';
    description.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    const created = oneEvent(detail, 'me-ticket-created');
    form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!.click();
    const { ticket } = (await created).detail;
    const body = await sent('POST', '/v1/tickets')[0]!.json();
    expect(body).to.include({ productId: closed.product.id, module: closed.module, priority: 'normal' });
    expect(body.subject).to.contain(closed.number);
    await waitForText(detail, `Solicitação ${ticket.number} aberta com sucesso.`);
    expect($(detail, 'me-ticket-new')).to.equal(null);
  });

  it('shows the server’s detail on a 409, keeps the typed text and reloads the ticket', async () => {
    injectFault({ method: 'POST', path: commentsPath(tickets.open), status: 409, body: problem(409, 'ticket-closed', 'A solicitação foi encerrada enquanto você escrevia.') });
    const detail = await openTicket(tickets.open);
    const gets = sent('GET', ticketPath(tickets.open)).length;
    typeInto(replyTextarea(detail), 'Texto que não pode se perder.');
    submitButton(detail).click();
    await waitForText(detail, 'A solicitação foi encerrada enquanto você escrevia.');
    expect($(detail, '.reply [role=alert]')!.textContent).to.contain('A solicitação foi encerrada enquanto você escrevia.');
    expect(replyTextarea(detail).value).to.equal('Texto que não pode se perder.');
    await waitUntil(() => sent('GET', ticketPath(tickets.open)).length > gets, 'the ticket was not reloaded');
  });

  it('when the ticket was closed meanwhile: the 409 detail, the closed message and the typed text stay on screen', async () => {
    const detail = await openTicket(tickets.open);
    const current = await (await fetch(`/api${ticketPath(tickets.open)}`, { headers: { Authorization: 'Bearer demo-token' } })).json();
    const closed = { ...current, status: 'closed', permissions: { canComment: false, canSolve: false, canEditCcs: false, canChangeRequester: false } };
    injectFault({ method: 'POST', path: commentsPath(tickets.open), status: 409, body: problem(409, 'ticket-closed', 'Solicitações encerradas não recebem respostas.') });
    injectFault({ method: 'GET', path: ticketPath(tickets.open), body: closed });
    typeInto(replyTextarea(detail), 'Meu texto longo e importante.');
    submitButton(detail).click();
    await waitUntil(() => $(detail, '.closed'), 'the closed message never showed');
    const notice = textOf($(detail, '.closed')!);
    expect(notice).to.contain('Solicitações encerradas não recebem respostas.');
    expect(notice).to.contain('Meu texto longo e importante.');
    expect($(detail, '.reply')).to.equal(null);
    await waitUntil(() => statusText(detail) === 'Encerrado');
  });

  it('keeps the text on a 500, and a retry reuses the same Idempotency-Key', async () => {
    injectFault({ method: 'POST', path: commentsPath(tickets.open), status: 500 });
    const detail = await openTicket(tickets.open);
    typeInto(replyTextarea(detail), 'Resposta importante.');
    submitButton(detail).click();
    await waitForText(detail, 'A resposta não foi enviada');
    await waitForText(detail, 'O texto digitado foi mantido.');
    expect(replyTextarea(detail).value).to.equal('Resposta importante.');
    submitButton(detail).click();
    await waitForText(detail, 'Resposta enviada.');
    const posts = sent('POST', commentsPath(tickets.open));
    expect(posts).to.have.length(2);
    expect(posts[1]!.headers.get('Idempotency-Key')).to.equal(posts[0]!.headers.get('Idempotency-Key'));
  });

  it('sends one POST for a double click', async () => {
    injectFault({ method: 'POST', path: commentsPath(tickets.open), delayMs: 400 });
    const detail = await openTicket(tickets.open);
    typeInto(replyTextarea(detail), 'Só uma vez, por favor.');
    const button = submitButton(detail);
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await aTimeout(50);
    button.click();
    await waitForText(detail, 'Resposta enviada.');
    expect(sent('POST', commentsPath(tickets.open))).to.have.length(1);
    expect(detail.shadowRoot!.querySelectorAll('.comment .text')).to.satisfy((nodes: NodeList) =>
      [...nodes].filter((n) => n.textContent === 'Só uma vez, por favor.').length === 1);
  });

  it('validates the reply with the API’s schema before sending', async () => {
    const detail = await openTicket(tickets.open);
    typeInto(replyTextarea(detail), '    ');
    submitButton(detail).click();
    await waitUntil(() => replyTextarea(detail).getAttribute('aria-invalid') === 'true');
    expect(textOf($(detail, '.reply me-field')!)).to.contain('Preencha este campo.');
    expect(sent('POST', commentsPath(tickets.open))).to.have.length(0);
    expect(replyTextarea(detail).maxLength).to.equal(20000);
  });

  it('marks as solved after confirming (only with canSolve)', async () => {
    const detail = await openTicket(tickets.open);
    const solve = $<HTMLButtonElement>(detail, 'button.solve')!;
    expect(solve.textContent).to.contain('Marcar como resolvida');
    solve.click();
    const dialog = $(detail, 'me-confirm-dialog')!;
    await waitUntil(() => dialog.shadowRoot?.querySelector('dialog')?.open, 'no confirmation');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=cancel]')!.click();
    await aTimeout(50);
    expect(sent('POST', `${ticketPath(tickets.open)}/solve`)).to.have.length(0);
    const updated = oneEvent(detail, 'me-ticket-updated');
    solve.click();
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')!.open);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm]')!.click();
    const event = await updated;
    expect(event.detail.action).to.equal('solve');
    expect(event.detail.ticket.status).to.equal('solved');
    const [post] = sent('POST', `${ticketPath(tickets.open)}/solve`);
    expect(post!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    await waitUntil(() => statusText(detail) === 'Resolvido');
    await waitForText(detail, 'Solicitação marcada como resolvida.');
    expect($(detail, 'button.solve')).to.equal(null);
    expect($(detail, '.rating form')).to.exist;
  });

  it('offers no solve and no reply to a user without those permissions', async () => {
    const detail = await openTicket(tickets.cc, { token: FACTS.tokens.member });
    expect($(detail, 'button.solve')).to.equal(null);
    expect($(detail, '.reply')).to.equal(null);
    expect(textOf(detail)).to.contain('Você não pode responder esta solicitação.');
  });

  it('rates a solved ticket once and then shows the rating given', async () => {
    const detail = await openTicket(tickets.solved);
    submitButton(detail, '.rating').click();
    await waitForText($(detail, '.rating')!, 'Escolha uma das opções.');
    expect(sent('POST', `${ticketPath(tickets.solved)}/satisfaction`)).to.have.length(0);
    const good = $<HTMLInputElement>(detail, '.rating input[value=good]')!;
    good.click();
    typeInto($(detail, '.rating me-field')!.shadowRoot!.querySelector('textarea')!, 'Resolveram rápido.');
    const updated = oneEvent(detail, 'me-ticket-updated');
    submitButton(detail, '.rating').click();
    const event = await updated;
    expect(event.detail.action).to.equal('rate');
    const [post] = sent('POST', `${ticketPath(tickets.solved)}/satisfaction`);
    expect(await post!.json()).to.deep.equal({ rating: 'good', comment: 'Resolveram rápido.' });
    expect(post!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
    await waitForText(detail, 'Obrigado pela avaliação!');
    const given = $(detail, '.rating')!;
    expect($(detail, '.rating form')).to.equal(null);
    expect(textOf(given)).to.contain('Avaliação do atendimento');
    expect(textOf(given)).to.contain('Bom');
    expect(textOf(given)).to.contain('Resolveram rápido.');
  });

  it('uploads attachments with progress, fails one file alone (413, over 25 MB) and sends the ids of the rest', async () => {
    const detail = await openTicket(tickets.open);
    injectFault({ method: 'POST', path: '/v1/uploads', delayMs: 600 });
    chooseFiles(detail, [new File(['linha 1\nlinha 2\n'], 'console.log', { type: 'text/plain' })]);
    await waitUntil(() => $(detail, '.upload progress'), 'no progress bar');
    expect(textOf($(detail, '.upload-list')!)).to.match(/Enviando console\.log: \d+%/);
    await waitUntil(() => $(detail, '.upload[data-status=done]'), `upload never finished: ${textOf($(detail, '.upload-list')!)}`);
    await waitForText(detail, 'console.log (16 bytes) anexado');
    injectFault({ method: 'POST', path: '/v1/uploads', status: 413, body: problem(413, 'payload-too-large', 'O limite é de 25 MB por arquivo.') });
    chooseFiles(detail, [new File(['x'], 'dump.bin')]);
    await waitForText(detail, 'Falha ao enviar dump.bin: O limite é de 25 MB por arquivo.');
    const uploads = sent('POST', '/v1/uploads').length;
    chooseFiles(detail, [new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'enorme.zip')]);
    await waitForText(detail, 'enorme.zip tem 25 MB; o limite é de 25 MB por arquivo.');
    expect(sent('POST', '/v1/uploads')).to.have.length(uploads); // never sent
    typeInto(replyTextarea(detail), 'Segue o log.');
    submitButton(detail).click();
    await waitForText(detail, 'Remova ou envie de novo os anexos com erro.');
    expect(sent('POST', commentsPath(tickets.open))).to.have.length(0);
    for (const name of ['dump.bin', 'enorme.zip']) $<HTMLButtonElement>(detail, `.upload button[aria-label="Remover ${name}"]`)!.click();
    await detail.updateComplete;
    submitButton(detail).click();
    await waitForText(detail, 'Resposta enviada.');
    const body = await sent('POST', commentsPath(tickets.open))[0]!.json();
    expect(body.attachmentIds).to.have.length(1);
    expect(body.attachmentIds[0]).to.match(/^upl-/);
    await waitUntil(() => [...detail.shadowRoot!.querySelectorAll('.comment')].at(-1)!.querySelector('.files a'));
    expect(textOf([...detail.shadowRoot!.querySelectorAll('.comment')].at(-1)!)).to.contain('console.log');
    expect($(detail, '.upload-list')).to.equal(null);
  });

  it('retries a failed upload', async () => {
    const detail = await openTicket(tickets.open);
    injectFault({ method: 'POST', path: '/v1/uploads', status: 503 });
    chooseFiles(detail, [new File(['abc'], 'print.png', { type: 'image/png' })]);
    await waitForText(detail, 'Falha ao enviar print.png');
    $<HTMLButtonElement>(detail, '.upload button.small')!.click();
    await waitForText(detail, 'print.png (3 bytes) anexado');
  });

  it('says the ticket is gone on 404, and refreshes the lists', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"></me-portal>`);
    // a list already in the cache before the detail asks for the missing ticket
    const listKey = ['tickets', 'list', 'mine', FACTS.orgs.a, {}, 1, 50];
    portal.queryClient.setQueryData(listKey, { items: [], page: 1, pageSize: 50, total: 0 });
    const detail = document.createElement('me-ticket-detail');
    detail.ticketId = 'tkt-00000000';
    portal.append(detail);
    await waitForText(detail, 'Solicitação não encontrada.');
    await waitUntil(() => portal.queryClient.getQueryState(listKey)?.isInvalidated, 'the lists were not refreshed');
    expect($(detail, '[role=alert]')).to.exist;
    expect($(detail, '[part~=retry]')).to.equal(null);
  });

  it('shows no-permission on 403', async () => {
    const detail = await renderDetail(tickets.orgBMine, { token: FACTS.tokens.member });
    await waitForText(detail, 'Você não tem acesso a esta solicitação.');
    expect($(detail, '[data-kind=forbidden]')).to.exist;
  });

  it('names the bad field of a malformed ticket, with a retry', async () => {
    injectFault({ method: 'GET', path: ticketPath(tickets.open), body: { id: tickets.open, number: 21410592, subject: 'x' } });
    const detail = await renderDetail(tickets.open);
    await waitForText(detail, 'formato inesperado (campo “number”)');
    $<HTMLButtonElement>(detail, '[part~=retry]')!.click();
    await waitUntil(() => $(detail, '[part=ticket]'));
  });

  it('shows loading, then an error with a retry that works', async () => {
    injectFault({ method: 'GET', path: ticketPath(tickets.open), delayMs: 800, status: 500 });
    const detail = await renderDetail(tickets.open);
    await waitForText(detail, 'Carregando');
    expect($(detail, '[role=status][aria-busy=true]')).to.exist;
    await waitForText(detail, 'Tentar novamente');
    $<HTMLButtonElement>(detail, '[part~=retry]')!.click();
    await waitUntil(() => $(detail, '[part=ticket]'));
  });

  it('is read only for archived tickets', async () => {
    const detail = await openTicket(FACTS.archive.cmnet);
    expect(textOf(detail)).to.contain('Solicitação arquivada (CMNET): somente consulta.');
    expect($(detail, '.reply')).to.equal(null);
    expect($(detail, '.closed')).to.equal(null);
    expect($(detail, 'button.solve')).to.equal(null);
    expect($(detail, '.rating form')).to.equal(null);
  });

  it('can be used with the keyboard alone: Tab to the reply, type, send', async () => {
    const detail = await openTicket(tickets.pending);
    $(detail, '#subject')!.focus();
    const textarea = replyTextarea(detail);
    for (let i = 0; i < 80 && deepActiveElement() !== textarea; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(textarea);
    await sendKeys({ type: 'Respondendo pelo teclado.' });
    const submit = submitButton(detail);
    for (let i = 0; i < 10 && deepActiveElement() !== submit; i++) await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(submit);
    await sendKeys({ press: 'Enter' });
    await waitForText(detail, 'Resposta enviada.');
    expect(await sent('POST', commentsPath(tickets.pending))[0]!.json()).to.deep.equal({ body: 'Respondendo pelo teclado.' });
  });

  it('sends with Ctrl+Enter from the text', async () => {
    const detail = await openTicket(tickets.pending);
    replyTextarea(detail).focus();
    await sendKeys({ type: 'Atalho.' });
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Control' });
    await waitForText(detail, 'Resposta enviada.');
    expect(sent('POST', commentsPath(tickets.pending))).to.have.length(1);
  });

  it('speaks English', async () => {
    const detail = await openTicket(tickets.solved, { locale: 'en' });
    await waitForText(detail, 'Conversation');
    const text = textOf(detail);
    expect(text).to.contain('TOTVS Support');
    expect(text).to.contain('This request is solved: sending a reply will reopen it.');
    expect(text).to.contain('Rate the support');
    await waitUntil(() => statusText(detail) === 'Solved');
  });

  it('is accessible: open (with agent HTML), solved, closed, archived and error states', async () => {
    const open = await openTicket(tickets.open);
    await waitUntil(() => $(open, '.rich strong'));
    await expect(open).to.be.accessible();
    await expect(await openTicket(tickets.solved)).to.be.accessible();
    await expect(await openTicket(tickets.closed)).to.be.accessible();
    await expect(await openTicket(FACTS.archive.legacy)).to.be.accessible();
    const missing = await renderDetail('tkt-00000000');
    await waitForText(missing, 'Solicitação não encontrada.');
    await expect(missing).to.be.accessible();
  });
});
