import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../src/modules/company/define.js';
import { injectFault } from '../src/mocks/index.js';
import type { MePortal } from '../src/portal/me-portal.js';
import { FACTS } from './support/mock-api.js';
import { renderInPortal, type PortalGlobals, type PortalParameter } from './support/portal.js';
import { findDeep, queryDeep, shadow, visibleText } from './support/shadow.js';

interface PortalArgs {
  layout: 'none' | 'full';
  token: string;
  organizationId?: string;
}

/** The portal story renders its own `<me-portal>` (the global decorator is off for this file). */
function renderPortal(args: PortalArgs, globals: PortalGlobals) {
  const options: PortalParameter = { layout: args.layout, token: args.token, organizationId: args.organizationId || undefined };
  const content = args.layout === 'full' ? undefined : html`<me-company></me-company>`;
  // the full layout opens "Dados cadastrais" (a story must not touch the Storybook frame's URL)
  if (args.layout === 'full') options.services = { getHash: () => '/company', setHash: () => undefined, onHashChange: () => () => undefined, ...options.services };
  return renderInPortal(content, options, { locale: globals.locale, theme: globals.theme });
}

async function portalOf(canvasElement: HTMLElement): Promise<MePortal> {
  return findDeep<MePortal>(canvasElement, 'me-portal');
}

/** The full layout's element, once the portal loaded it. */
async function layoutOf(canvasElement: HTMLElement): Promise<HTMLElement> {
  const portal = await portalOf(canvasElement);
  return findDeep<HTMLElement>(portal.shadowRoot!, 'me-portal-layout');
}

const meta = {
  title: 'Portal/me-portal',
  component: 'me-portal',
  parameters: { portal: false },
  args: { layout: 'none', token: FACTS.tokens.admin, organizationId: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['none', 'full'] },
    token: { control: 'select', options: [FACTS.tokens.admin, FACTS.tokens.member, FACTS.tokens.expired] },
    organizationId: { control: 'select', options: ['', FACTS.orgs.a, FACTS.orgs.b] },
  },
  render: (args, { globals }) => renderPortal(args, globals),
} satisfies Meta<PortalArgs>;

export default meta;
type Story = StoryObj<PortalArgs>;

/** `layout="none"`: the portal only provides context; the host lays out the widgets (here `<me-company>`). */
export const LayoutNone: Story = {
  play: async ({ canvasElement }) => {
    const portal = await portalOf(canvasElement);
    expect(portal.shadowRoot!.querySelector('me-portal-layout')).toBeNull();
    await waitFor(() => expect(visibleText(portal)).toContain('Metalúrgica Paulista S.A.'));
    expect(portal.client.config.token).toBe(FACTS.tokens.admin);
  },
};

/** `layout="full"`: header with the organization switcher, menu and the current module's view. */
export const LayoutFull: Story = {
  args: { layout: 'full' },
  play: async ({ canvasElement }) => {
    const layout = await layoutOf(canvasElement);
    const view = shadow(layout);
    expect(await view.findByRole('heading', { level: 1, name: 'Meu Espaço' })).toBeVisible();
    expect(visibleText(layout)).toContain('Conectado como Ana Beatriz Carvalho');
    const menu = view.getByRole('navigation', { name: 'Menu do Meu Espaço' });
    const item = shadow(layout).getByRole('link', { name: 'Dados cadastrais' });
    expect(menu).toContainElement(item);
    expect(item).toHaveAttribute('aria-current', 'page');
    const main = view.getByRole('main', { name: 'Dados cadastrais' });
    const company = await findDeep<HTMLElement>(main, 'me-company');
    await waitFor(() => expect(visibleText(company)).toContain('Metalúrgica Paulista S.A.'));
  },
};

/** Ana belongs to two organizations: switching in the header reloads the module for the other one. */
export const SwitchOrganization: Story = {
  args: { layout: 'full' },
  play: async ({ canvasElement }) => {
    const portal = await portalOf(canvasElement);
    const changes = fn();
    portal.addEventListener('me-organization-change', (event) => changes(event.detail));
    const layout = await layoutOf(canvasElement);
    const select = await shadow(layout).findByRole('combobox', { name: 'Organização' });
    const company = await findDeep<HTMLElement>(layout.shadowRoot!, 'me-company');
    await waitFor(() => expect(visibleText(company)).toContain('Metalúrgica Paulista S.A.'));
    await userEvent.selectOptions(select, FACTS.orgs.b);
    await waitFor(() => expect(visibleText(company)).toContain('T62034'));
    expect(visibleText(company)).toContain('Sabor do Sul');
    expect(changes).toHaveBeenLastCalledWith({ organizationId: FACTS.orgs.b, previousOrganizationId: FACTS.orgs.a });
  },
};

/** `GET /v1/me` fails (500): every widget shows the session error; retry loads the session. */
export const SessionError: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: '/me', status: 500 });
  },
  play: async ({ canvasElement }) => {
    const portal = await portalOf(canvasElement);
    const company = await findDeep<HTMLElement>(portal, 'me-company');
    const view = shadow(company);
    const alert = await view.findByRole('alert');
    expect(alert).toHaveTextContent('Não foi possível carregar os dados.');
    await userEvent.click(view.getByRole('button', { name: 'Tentar novamente' }));
    await waitFor(() => expect(visibleText(company)).toContain('Metalúrgica Paulista S.A.'));
  },
};

const sessionExpired = fn();

/** An expired token (401): the widgets say so and the portal emits `me-session-expired` for the host. */
export const SessionExpired: Story = {
  args: { token: FACTS.tokens.expired },
  beforeEach: () => {
    sessionExpired.mockClear();
  },
  render: (args, { globals }) => html`<div @me-session-expired=${sessionExpired}>${renderPortal(args, globals)}</div>`,
  play: async ({ canvasElement }) => {
    const portal = await portalOf(canvasElement);
    const company = await findDeep<HTMLElement>(portal, 'me-company');
    const alert = await shadow(company).findByRole('alert');
    expect(alert).toHaveTextContent('Sua sessão expirou. Entre novamente para continuar.');
    expect(sessionExpired).toHaveBeenCalled();
  },
};

/** `theme="dark"` (toolbar or attribute): the tokens switch on the portal and inherit into every widget. */
export const DarkTheme: Story = {
  args: { layout: 'full' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const portal = await portalOf(canvasElement);
    expect(portal).toHaveAttribute('theme', 'dark');
    const layout = await layoutOf(canvasElement);
    const company = await findDeep<HTMLElement>(layout.shadowRoot!, 'me-company');
    await waitFor(() => expect(visibleText(company)).toContain('Metalúrgica Paulista S.A.'));
    expect(getComputedStyle(layout).backgroundColor).toBe('rgb(20, 25, 30)');
    const card = company.shadowRoot!.querySelector('[part="card"]')!;
    expect(getComputedStyle(card).color).toBe('rgb(232, 235, 238)');
  },
};

/** `locale="en"`: shell and modules in English. */
export const English: Story = {
  args: { layout: 'full' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const layout = await layoutOf(canvasElement);
    const view = shadow(layout);
    expect(await view.findByRole('heading', { level: 1, name: 'My Space' })).toBeVisible();
    expect(view.getByRole('link', { name: 'Company data' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(visibleText(layout)).toContain('Signed in as Ana Beatriz Carvalho'));
    const company = await findDeep<HTMLElement>(layout.shadowRoot!, 'me-company');
    await waitFor(() => expect(visibleText(company)).toContain('Organization code'));
  },
};

/** `locale="es"`: shell and modules in Spanish. */
export const Spanish: Story = {
  args: { layout: 'full' },
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const layout = await layoutOf(canvasElement);
    const view = shadow(layout);
    expect(await view.findByRole('heading', { level: 1, name: 'Mi Espacio' })).toBeVisible();
    expect(view.getByRole('link', { name: 'Datos de registro' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(visibleText(layout)).toContain('Conectado como Ana Beatriz Carvalho'));
    const company = await findDeep<HTMLElement>(layout.shadowRoot!, 'me-company');
    await waitFor(() => expect(visibleText(company)).toContain('Código de la organización'));
    expect(queryDeep(company.shadowRoot!, '[role="alert"]')).toBeNull();
  },
};
