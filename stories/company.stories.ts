import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/company/define.js';
import { injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import { apiUrl, FACTS, mockDb } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

const companyPath = apiUrl('/organizations/:orgId');

/** The `<me-company>` of the story, once it is in the canvas. */
async function company(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-company');
}

const meta = {
  title: 'Modules/Company (Dados cadastrais)',
  component: 'me-company',
  render: () => html`<me-company></me-company>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Ana (admin) sees her default organization's registration data and TOTVS contacts. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.textContent).toContain('Metalúrgica Paulista'));
    const text = visibleText(el);
    expect(text).toContain('Metalúrgica Paulista S.A.');
    expect(text).toContain('T45871');
    expect(text).toMatch(/CNPJ\s*\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}/);
    expect(text).toContain('Marcelo Tavares');
    expect(text).toContain('Patrícia Guimarães');
    const view = shadow(el);
    expect(view.getByRole('heading', { level: 2, name: 'Metalúrgica Paulista' })).toBeVisible();
    expect(view.getByRole('link', { name: 'marcelo.tavares@totvs.com.br' })).toHaveAttribute('href', 'mailto:marcelo.tavares@totvs.com.br');
    expect(view.getByRole('region', { name: 'Executivo de Atendimento e Relacionamento (EAR)' })).toBeVisible();
  },
};

/** A member-only user sees the same data (reading it needs no admin role). */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('T45871'));
    expect(shadow(el).queryByRole('alert')).toBeNull();
  },
};

/** The second organization of Ana, chosen by the host with `organization-id`. */
export const OtherOrganization: Story = {
  parameters: { portal: { organizationId: FACTS.orgs.b } },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Sabor do Sul'));
    expect(visibleText(el)).toContain('T62034');
    expect(visibleText(el)).not.toContain('Metalúrgica');
  },
};

let companyRequested = false;

/** The company request never answers: a polite, busy status with a spinner. */
export const Loading: Story = {
  beforeEach: ({ msw }) => {
    companyRequested = false;
    msw.use(
      http.get(companyPath, async () => {
        companyRequested = true;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    // the session loaded and the company request is on its way: this is the module's own loading state
    await waitFor(() => expect(companyRequested).toBe(true));
    const status = await shadow(el).findByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Carregando…');
    expect(el.shadowRoot!.querySelector('.spinner')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('[part="card"]')).toBeNull();
  },
};

/** The server fails once (500): an alert with the reason and a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/organizations/:orgId', status: 500 });
  },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    const view = shadow(el);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Não foi possível carregar os dados.');
    expect(el.shadowRoot!.querySelector('[part="card"]')).toBeNull();
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await waitFor(() => expect(visibleText(el)).toContain('Metalúrgica Paulista S.A.'));
    expect(view.queryByRole('alert')).toBeNull();
  },
};

/** The server refuses (403): a no-permission message, without a pointless retry. */
export const Forbidden: Story = {
  beforeEach: () => {
    injectFault({
      method: 'GET',
      path: '/organizations/:orgId',
      status: 403,
      body: {
        type: `${PROBLEM_BASE}forbidden`,
        title: 'Acesso negado',
        status: 403,
        detail: 'Seu perfil não permite ver os dados cadastrais desta organização.',
      },
    });
  },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    const view = shadow(el);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Você não tem permissão para ver isto.');
    expect(alert).toHaveTextContent('Seu perfil não permite ver os dados cadastrais desta organização.');
    expect(view.queryByRole('button', { name: 'Tentar novamente' })).toBeNull();
  },
};

/** The server answers 200 with a payload that breaks the contract: the field is named, retry offered. */
export const MalformedPayload: Story = {
  beforeEach: ({ msw }) => {
    msw.use(
      http.get(companyPath, ({ params }) => {
        const org = structuredClone(mockDb().organizations.get(String(params.orgId)));
        return HttpResponse.json({ ...org, customerSince: '31/12/2009' });
      }),
    );
  },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    const view = shadow(el);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('O servidor enviou dados em um formato inesperado (campo “customerSince”).');
    expect(view.getByRole('button', { name: 'Tentar novamente' })).toBeVisible();
    expect(el.shadowRoot!.querySelector('[part="card"]')).toBeNull();
  },
};

/** Placed on a page without `<me-portal>`: it says how to fix the page instead of staying blank. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('Componente não configurado');
    expect(alert).toHaveTextContent('<me-portal api-base="…">');
  },
};

/** In a 320 px column (a sidebar): one column of fields and tighter padding. */
export const NarrowContainer: Story = {
  render: () => html`<div style="max-width: 320px"><me-company></me-company></div>`,
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Metalúrgica Paulista S.A.'));
    const card = el.shadowRoot!.querySelector<HTMLElement>('[part="card"]')!;
    expect(el.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    expect(getComputedStyle(card).paddingTop).toBe('12px');
    const columns = getComputedStyle(el.shadowRoot!.querySelector('dl')!).gridTemplateColumns.split(' ');
    expect(columns).toHaveLength(1);
    expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
  },
};

/** The same card in English (the toolbar's locale): labels translated, dates in `en`. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await company(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Organization code'));
    const text = visibleText(el);
    expect(text).toContain('TOTVS contacts');
    expect(text).toContain('Customer since');
    const copy = el.shadowRoot!.querySelector('me-copy-button')!;
    expect(shadow(copy).getByRole('button', { name: 'Copy the organization code' })).toBeVisible();
  },
};
