import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/lgpd-term/define.js';
import type { MeLgpdTerm } from '../src/modules/lgpd-term/me-lgpd-term.js';
import { injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import { apiUrl, FACTS, mockDb, networkIdle, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

const ORG = FACTS.orgs.a;
const termPath = '/v1/organizations/:orgId/lgpd-term';
const acceptRe = /\/lgpd-term\/acceptance$/;

async function term(canvasElement: HTMLElement): Promise<MeLgpdTerm> {
  return findDeep<MeLgpdTerm>(canvasElement, 'me-lgpd-term');
}

const statusOf = (el: MeLgpdTerm) => el.shadowRoot!.querySelector<HTMLElement>('[part=status]');
const acceptOf = (el: MeLgpdTerm) => el.shadowRoot!.querySelector('me-submit-button.accept')?.shadowRoot?.querySelector('button') ?? null;
const confirmOf = (el: MeLgpdTerm) => el.shadowRoot!.querySelector('me-confirm-dialog.accept-confirm')!.shadowRoot!;

/**
 * Waits for the term's sanitized text and for the session: the term may be on screen before
 * `/v1/me` answered (the host named the organization), the accept action and the members' note wait
 * for the roles.
 */
async function shown(el: MeLgpdTerm): Promise<void> {
  await waitFor(() => expect(el.shadowRoot!.querySelector('[part=content] h3')).not.toBeNull(), { timeout: 5000 });
  await waitFor(() => expect((el as unknown as { portal?: { status: string } }).portal?.status).toBe('ready'), { timeout: 5000 });
  await el.updateComplete;
}

const meta = {
  title: 'Modules/LGPD term (Consultar termo LGPD)',
  component: 'me-lgpd-term',
  render: () => html`<me-lgpd-term></me-lgpd-term>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Ana's second organization: Fernanda accepted the current version (Ana is a member there). */
export const Default: Story = {
  parameters: { portal: { organizationId: FACTS.orgs.b } },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    expect(shadow(el).getByRole('heading', { level: 2, name: 'Termo de Tratamento de Dados Pessoais — LGPD' })).toBeVisible();
    expect(visibleText(el)).toContain('Versão 3.1 · publicada em 01/08/2026');
    expect(statusOf(el)!.dataset.kind).toBe('current');
    expect(visibleText(statusOf(el)!)).toMatch(/Aceito por Fernanda .+ \(versão 3\.1\)/);
    expect(acceptOf(el)).toBeNull();
    // the hostile snippet seeded in the term is inert
    expect(el.shadowRoot!.querySelector('[part=content] script')).toBeNull();
  },
};

/** An older version (3.0) was accepted: the notice says the current one still has to be accepted. */
export const OlderVersionAccepted: Story = {
  beforeEach: () => {
    mockDb().lgpd.get(ORG)!.acceptance = { version: '3.0', acceptedAt: '2025-05-20T14:05:00-03:00', acceptedBy: { id: 'usr-carlos', name: 'Carlos Eduardo Lima', email: 'carlos@metalurgicapaulista.com.br' } };
  },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    expect(statusOf(el)!.dataset.kind).toBe('outdated');
    const status = visibleText(statusOf(el)!);
    expect(status).toContain('A organização aceitou a versão 3.0, anterior à vigente (3.1).');
    expect(status).toContain('Último aceite: versão 3.0, por Carlos Eduardo Lima em 20/05/2025');
    expect(acceptOf(el)).not.toBeNull();
  },
};

/** Never accepted (the demo organization): the notice and, for Ana (admin), the accept action. */
export const NeverAccepted: Story = {
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    expect(statusOf(el)!.dataset.kind).toBe('never');
    expect(visibleText(statusOf(el)!)).toContain('A organização ainda não aceitou o termo LGPD.');
    expect(visibleText(statusOf(el)!)).toContain('Aceitar a versão 3.1');
  },
};

/** A member sees the status, no accept action, and that only admins accept. */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    expect(visibleText(statusOf(el)!)).toContain('A organização ainda não aceitou o termo LGPD.');
    expect(acceptOf(el)).toBeNull();
    expect(visibleText(el)).toContain('Somente administradores da organização aceitam o termo LGPD.');
  },
};

let termRequested = false;

/** The term request never answers: a polite, busy status. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    termRequested = false;
    msw.use(http.get(apiUrl('/organizations/:orgId/lgpd-term'), async () => { termRequested = true; await delay('infinite'); return HttpResponse.json({}); }));
  },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await waitFor(() => expect(termRequested).toBe(true));
    const status = await shadow(el).findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Carregando…');
    expect(el.shadowRoot!.querySelector('[part=term]')).toBeNull();
  },
};

/** The server fails once (500): an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: termPath, status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    const view = shadow(el);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await shown(el);
    expect(el.shadowRoot!.querySelector('[data-kind=error]')).toBeNull();
  },
};

/** The server refuses (403): a no-permission message without a retry. */
export const Forbidden: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: termPath, status: 403, times: 1,
      body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'Seu perfil não permite ver o termo LGPD.' } });
  },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Você não tem permissão para ver isto.');
    expect(alert).toHaveTextContent('Seu perfil não permite ver o termo LGPD.');
    expect(shadow(el).queryByRole('button', { name: 'Tentar novamente' })).toBeNull();
  },
};

/** No term is published for the organization (404): said plainly. */
export const NotFound: Story = {
  beforeEach: () => { mockDb().lgpd.delete(ORG); },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Nenhum termo LGPD publicado'), { timeout: 5000 });
    expect(visibleText(el)).toContain('Ainda não há um termo LGPD publicado para esta organização.');
  },
};

/** A 200 that breaks the contract: the field is named. */
export const MalformedPayload: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: termPath, times: 1, body: { version: '3.1', publishedAt: 'ontem', title: 'Termo', contentHtml: '', acceptance: null } });
  },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('O servidor enviou dados em um formato inesperado (campo “publishedAt”).');
  },
};

/** Outside `<me-portal>`: says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Componente não configurado');
  },
};

/** Ana accepts on behalf of the organization: a confirmation, one POST with an Idempotency-Key, the new status. */
export const AcceptFlow: Story = {
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    const accepted: string[] = [];
    el.addEventListener('me-lgpd-accepted', (e) => accepted.push(e.detail.version));
    await userEvent.click(acceptOf(el)!);
    const dialog = confirmOf(el);
    await waitFor(() => expect(dialog.querySelector('dialog')!.open).toBe(true));
    expect(dialog.querySelector('[part=message]')!.textContent).toContain('Você aceitará a versão 3.1 do termo em nome de Metalúrgica Paulista S.A.');
    expect(sentToApi('POST', acceptRe)).toHaveLength(0);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[part=confirm]')!);
    await waitFor(() => expect(statusOf(el)!.dataset.kind).toBe('current'), { timeout: 5000 });
    await networkIdle();
    const posts = sentToApi('POST', acceptRe);
    expect(posts).toHaveLength(1);
    expect(await posts[0]!.clone().json()).toEqual({ version: '3.1' });
    expect(posts[0]!.headers.get('Idempotency-Key')).toBeTruthy();
    expect(sentToApi('GET', /\/lgpd-term$/)).toHaveLength(1);
    expect(visibleText(statusOf(el)!)).toMatch(/Aceito por Ana .+ \(versão 3\.1\)/);
    expect(accepted).toEqual(['3.1']);
  },
};

/** A new version was published while Ana read (409): the term reloads and the server's detail shows. */
export const VersionChangedMeanwhile: Story = {
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    mockDb().lgpd.get(ORG)!.version = '3.2';
    await userEvent.click(acceptOf(el)!);
    const dialog = confirmOf(el);
    await waitFor(() => expect(dialog.querySelector('dialog')!.open).toBe(true));
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[part=confirm]')!);
    await waitFor(() => expect(visibleText(statusOf(el)!)).toContain('A versão vigente do termo é 3.2.'), { timeout: 5000 });
    await waitFor(() => expect(visibleText(el)).toContain('Versão 3.2 · publicada em'));
    expect(visibleText(statusOf(el)!)).toContain('Aceitar a versão 3.2');
  },
};

/** English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    expect(visibleText(el)).toContain('Version 3.1 · published on 08/01/2026');
    // the accept action waits for /v1/me (the roles): the term itself may be on screen before it
    await waitFor(() => expect(visibleText(statusOf(el)!)).toContain('Accept version 3.1'), { timeout: 5000 });
    expect(visibleText(statusOf(el)!)).toContain('The organization has not accepted the LGPD term yet.');
    expect(shadow(el).getByRole('button', { name: 'Print term' })).toBeVisible();
  },
};

/** Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: { portal: { organizationId: FACTS.orgs.b } },
  play: async ({ canvasElement }) => {
    const el = await term(canvasElement);
    await shown(el);
    expect(visibleText(el)).toContain('Versión 3.1 · publicada el 01/08/2026');
    expect(visibleText(statusOf(el)!)).toContain('Aceptado por Fernanda');
    expect(visibleText(el)).toContain('Solo los administradores de la organización aceptan el término LGPD.');
  },
};
