import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { injectFault } from '../src/mocks/index.js';
import '../src/portal/me-admins-notice.js';
import { apiUrl, FACTS } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

const contactsPath = apiUrl('/organizations/:orgId/contacts');

/** The e-mail link of one admin, found by what the user reads (the visible address). */
function mailLink(view: ReturnType<typeof shadow>, email: string): HTMLElement {
  const link = view.getAllByRole('link').find((a) => a.textContent?.trim() === email);
  if (!link) throw new Error(`no link showing ${email}`);
  return link;
}

async function notice(canvasElement: HTMLElement) {
  const element = await findDeep<HTMLElement>(canvasElement, 'me-admins-notice');
  return { element, view: shadow(element) };
}

const meta = {
  title: 'Portal/Admins notice',
  component: 'me-admins-notice',
  parameters: { portal: { token: FACTS.tokens.member } },
  render: () => html`<me-admins-notice></me-admins-notice>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** A member (Bruno) reaching an admin-only feature is told who can do it, with e-mail links. */
export const MemberView: Story = {
  play: async ({ canvasElement }) => {
    const { element, view } = await notice(canvasElement);
    const region = await view.findByRole('region', { name: 'Esta área é exclusiva dos administradores da organização' });
    await waitFor(() => expect(view.getByRole('list')).toBeVisible());
    expect(region).toHaveTextContent('Peça a um dos administradores de Metalúrgica Paulista S.A. para fazer isso por você');
    const items = view.getAllByRole('listitem').map((item) => item.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).toEqual(expect.arrayContaining([
      expect.stringContaining('Ana Beatriz Carvalho'),
      expect.stringContaining('Carlos Eduardo Lima'),
    ]));
    expect(visibleText(element)).not.toContain('Bruno Henrique Souza');
    expect(mailLink(view, 'ana.carvalho@metalurgicapaulista.com.br')).toHaveAttribute('href', 'mailto:ana.carvalho@metalurgicapaulista.com.br');
    expect(mailLink(view, 'carlos.lima@metalurgicapaulista.com.br')).toHaveAttribute('href', 'mailto:carlos.lima@metalurgicapaulista.com.br');
  },
};

/** The organization has no active admin left: says so instead of an empty list. */
export const NoAdmins: Story = {
  beforeEach: ({ msw }) => {
    msw.use(http.get(contactsPath, () => HttpResponse.json({ items: [], page: 1, pageSize: 100, total: 0 })));
  },
  play: async ({ canvasElement }) => {
    const { view } = await notice(canvasElement);
    await waitFor(() => expect(view.getByRole('region')).toHaveTextContent('Nenhum administrador ativo foi encontrado.'));
    expect(view.queryByRole('list')).toBeNull();
  },
};

/** Listing the admins fails once: error with retry, then the list. */
export const ErrorWithRetry: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/organizations/:orgId/contacts', status: 500 });
  },
  play: async ({ canvasElement }) => {
    const { view } = await notice(canvasElement);
    expect(await view.findByRole('alert')).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await waitFor(() => expect(mailLink(view, 'carlos.lima@metalurgicapaulista.com.br')).toBeVisible());
    expect(view.queryByRole('alert')).toBeNull();
  },
};

/** In Spanish (toolbar locale). */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const { view } = await notice(canvasElement);
    const region = await view.findByRole('region', { name: 'Esta área es exclusiva de los administradores de la organización' });
    await waitFor(() => expect(region).toHaveTextContent('Pide a uno de los administradores de Metalúrgica Paulista S.A.'));
    expect(mailLink(view, 'ana.carvalho@metalurgicapaulista.com.br')).toBeVisible();
  },
};

/** Outside any portal: the configuration message. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const { view } = await notice(canvasElement);
    expect(await view.findByRole('alert')).toHaveTextContent('Componente não configurado');
  },
};
