import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import { injectFault } from '../src/mocks/index.js';
import '../src/modules/tickets/ticket-detail.js';
import type { MePortal } from '../src/portal/me-portal.js';
import { apiUrl, FACTS, mockLive, networkIdle, sentToApi } from './support/mock-api.js';
import { findDeep, queryDeep, shadow, visibleText } from './support/shadow.js';

interface DetailArgs {
  ticketId: string;
}

type Trapped = Window & { __xss?: string[] };
const win = window as Trapped;
const updated = fn();

/** The `<me-ticket-detail>` of the story, once it is in the canvas. */
async function detailOf(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-ticket-detail');
}

/** Waits until the ticket (not a state block) is shown. */
async function loadedTicket(canvasElement: HTMLElement) {
  const el = await detailOf(canvasElement);
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part=ticket]')).not.toBeNull());
  return el;
}

const meta = {
  title: 'Modules/Tickets/Ticket detail',
  component: 'me-ticket-detail',
  args: { ticketId: FACTS.tickets.open },
  argTypes: {
    ticketId: { control: 'select', options: [...Object.values(FACTS.tickets), ...Object.values(FACTS.archive)] },
  },
  // every hostile payload calls alert(): while a story runs, alert() only records the call
  beforeEach: () => {
    const original = window.alert;
    win.__xss = [];
    window.alert = (message?: unknown) => { win.__xss!.push(String(message)); };
    updated.mockClear();
    return () => { window.alert = original; };
  },
  render: (args) => html`<me-ticket-detail ticket-id=${args.ticketId} @me-ticket-updated=${(event: CustomEvent) => updated(event.detail)}></me-ticket-detail>`,
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** An open ticket whose agent answered with hostile HTML: it renders sanitized, nothing runs, formatting and https links stay. */
export const OpenWithHostileAgentHtml: Story = {
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    const rich = await waitFor(() => {
      const found = el.shadowRoot!.querySelector('.rich');
      expect(found?.querySelector('strong')).toBeTruthy();
      return found!;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(win.__xss).toEqual([]);
    expect(rich.querySelector('script, img, svg, iframe, [style], [onerror], [onload], [onclick], a[href^="javascript:"]')).toBeNull();
    const link = rich.querySelector('a[href^="https://"]')!;
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(visibleText(rich)).toContain('Clique aqui para baixar o patch');
    const view = shadow(el);
    expect(view.getByRole('heading', { level: 2 })).toHaveTextContent('SPED Fiscal');
    expect(visibleText(el)).toContain('Suporte TOTVS');
    expect(view.getByRole('button', { name: /Marcar como resolvida/ })).toBeVisible();
  },
};

/** A pending ticket: Ana replies; the POST goes out once and the new comment appears. */
export const ReplyFlow: Story = {
  args: { ticketId: FACTS.tickets.pending },
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    const field = el.shadowRoot!.querySelector('.reply me-field')!;
    const textarea = field.shadowRoot!.querySelector('textarea')!;
    await userEvent.type(textarea, 'Segue o arquivo solicitado.');
    await userEvent.click(queryDeep<HTMLButtonElement>(el.shadowRoot!, '.reply me-submit-button')!.shadowRoot!.querySelector('button')!);
    await waitFor(() => expect(visibleText(el)).toContain('Resposta enviada.'));
    expect(updated).toHaveBeenCalledWith(expect.objectContaining({ action: 'reply' }));
    const comments = el.shadowRoot!.querySelectorAll('.comment');
    expect(visibleText(comments[comments.length - 1]!)).toContain('Segue o arquivo solicitado.');
    await networkIdle(); // counted once everything settled: a late duplicate is counted too
    const posts = sentToApi('POST', `/v1/tickets/${FACTS.tickets.pending}/comments`);
    expect(posts).toHaveLength(1);
    expect(await posts[0]!.json()).toEqual({ body: 'Segue o arquivo solicitado.' });
    expect(posts[0]!.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
  },
};

/** A solved ticket: replying says it reopens it; the requester can rate the support. */
export const Solved: Story = {
  args: { ticketId: FACTS.tickets.solved },
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Resolvido'));
    expect(visibleText(el)).toContain('ao enviar a resposta, ela será reaberta');
    expect(visibleText(el)).toContain('Enviar e reabrir');
    const view = shadow(el);
    expect(view.getByRole('group', { name: 'Como foi o atendimento desta solicitação?' })).toBeVisible();
    expect(view.queryByRole('button', { name: /Marcar como resolvida/ })).toBeNull();
  },
};

/** A closed ticket: no reply form, a clear way forward, and the rating still open to the requester. */
export const Closed: Story = {
  args: { ticketId: FACTS.tickets.closed },
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    expect(visibleText(el)).toContain('Esta solicitação está encerrada e não recebe novas respostas.');
    expect(visibleText(el)).toContain('abra uma nova solicitação');
    expect(el.shadowRoot!.querySelector('.reply')).toBeNull();
    expect(el.shadowRoot!.querySelector('.rating form')).not.toBeNull();
  },
};

/** A ticket of the CMNET archive: read only. */
export const Archived: Story = {
  args: { ticketId: FACTS.archive.cmnet },
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    expect(visibleText(el)).toContain('Solicitação arquivada (CMNET): somente consulta.');
    expect(el.shadowRoot!.querySelector('.reply, .rating form, button.solve')).toBeNull();
  },
};

let ticketRequested = false;

/** The ticket request never answers: a polite, busy status. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    ticketRequested = false;
    msw.use(
      http.get(apiUrl('/tickets/:id'), async () => {
        ticketRequested = true;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const el = await detailOf(canvasElement);
    await waitFor(() => expect(ticketRequested).toBe(true));
    const status = await shadow(el).findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Carregando…');
  },
};

/** The server fails once (500): an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: `/tickets/${FACTS.tickets.open}`, status: 500 });
  },
  play: async ({ canvasElement }) => {
    const el = await detailOf(canvasElement);
    const view = shadow(el);
    expect(await view.findByRole('alert')).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await waitFor(() => expect(el.shadowRoot!.querySelector('[part=ticket]')).not.toBeNull());
  },
};

/** The ticket does not exist (any more): a clear message, no pointless retry. */
export const NotFound: Story = {
  args: { ticketId: 'tkt-00000000' },
  play: async ({ canvasElement }) => {
    const el = await detailOf(canvasElement);
    const view = shadow(el);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Solicitação não encontrada.');
    expect(view.queryByRole('button', { name: 'Tentar novamente' })).toBeNull();
  },
};

/** The same solved ticket in English (the toolbar's locale). */
export const English: Story = {
  args: { ticketId: FACTS.tickets.solved },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Conversation'));
    const text = visibleText(el);
    expect(text).toContain('TOTVS Support');
    expect(text).toContain('This request is solved: sending a reply will reopen it.');
    expect(text).toContain('Rate the support');
  },
};

/** Live updates: an agent answers while the ticket is open — the reply appears in the conversation and is announced, nothing reloads. */
export const AgentReplyArrivesLive: Story = {
  play: async ({ canvasElement }) => {
    const el = await loadedTicket(canvasElement);
    const portal = el.closest<MePortal>('me-portal')!;
    await waitFor(() => expect(portal.liveUpdates?.stream.state).toBe('open'), { timeout: 8000 });
    mockLive().agentReply(FACTS.tickets.open, 'Olá! Aplicamos a correção no ambiente de homologação; pode validar?');
    await waitFor(() => expect(visibleText(el.shadowRoot!.querySelector('[part~=conversation]')!)).toContain('Aplicamos a correção no ambiente de homologação'), { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part~=arrivals]')!.textContent).toMatch(/^Nova resposta de .+ na conversa\.$/);
  },
};
