import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/contacts/define.js';
import { injectFault } from '../src/mocks/index.js';
import { FACTS, mockDb, networkIdle, sentToApi } from './support/mock-api.js';
import { deepText, findDeep, queryDeep, visibleText } from './support/shadow.js';

const org = `/v1/organizations/${FACTS.orgs.a}`;
const list = `${org}/contacts`;
const orgPath = '/v1/organizations/:orgId/contacts';

async function contacts(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-contacts');
}

async function shows(el: Element, text: string): Promise<void> {
  await waitFor(() => expect(visibleText(el)).toContain(text), { timeout: 8000 });
}

const rowsOf = (el: HTMLElement) => [...(el.shadowRoot!.querySelector('me-data-list')?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])];

async function firstRows(el: HTMLElement): Promise<void> {
  await waitFor(() => expect(rowsOf(el).length).toBeGreaterThan(0), { timeout: 8000 });
}

async function openContact(el: HTMLElement, name: string): Promise<ShadowRoot> {
  await firstRows(el);
  const row = await waitFor(() => { const r = rowsOf(el).find((x) => x.textContent!.includes(name)); expect(r).toBeTruthy(); return r!; }, { timeout: 8000 });
  await userEvent.click(row.querySelector('[role=gridcell]')!);
  return waitFor(() => {
    const root = el.shadowRoot!.querySelector('me-drawer me-contact-editor')?.shadowRoot;
    expect(root?.querySelector('form.edit-form')).toBeTruthy();
    return root!;
  }, { timeout: 8000 });
}

const field = (root: ParentNode, label: string) => [...root.querySelectorAll<HTMLElement & { label: string }>('me-field')].find((f) => f.label === label)!;
const control = (root: ParentNode, label: string) => field(root, label).shadowRoot!.querySelector<HTMLInputElement>('#control')!;
const submit = (root: ParentNode, selector: string) => root.querySelector(selector)!.shadowRoot!.querySelector('button')!;

async function openImport(el: HTMLElement): Promise<ShadowRoot> {
  await firstRows(el);
  await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button.import')!);
  return waitFor(() => {
    const root = el.shadowRoot!.querySelector('me-contacts-import')?.shadowRoot;
    expect(root?.querySelector('input[type=file]')).toBeTruthy();
    return root!;
  }, { timeout: 8000 });
}

const MIXED = 'nome;email;telefone;cargo;perfil\n'
  + 'Helena Prates;helena.prates@metalurgicapaulista.com.br;;Controller;administrador\n'
  + 'X;sem-arroba;;;membro\n'
  + 'Igor Matos;ana.carvalho@metalurgicapaulista.com.br;;;membro\n'
  + 'Joana Lins;joana.lins@metalurgicapaulista.com.br;;;chefe\n';

async function previewOf(el: HTMLElement, csv: string): Promise<ShadowRoot> {
  const root = await openImport(el);
  await userEvent.upload(root.querySelector<HTMLInputElement>('input[type=file]')!, new File([csv], 'contatos.csv', { type: 'text/csv' }));
  await waitFor(() => expect(root.querySelector('.preview')).toBeTruthy(), { timeout: 8000 });
  return root;
}

const meta = {
  title: 'Modules/Contacts (Administração dos contatos)',
  component: 'me-contacts',
  render: () => html`<me-contacts></me-contacts>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The organization's contacts: name, e-mail, role, access areas, status (icon + text) and last access. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await firstRows(el);
    await shows(el, 'Ana Beatriz Carvalho');
    expect(deepText(el)).toContain('Suporte Técnico, Administrativo/Financeiro, Ouvidoria');
    expect(deepText(el)).toContain('Administrador');
  },
};

/** A member: who the organization's admins are, and no admin UI; the full list is never asked for. */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await waitFor(() => expect(queryDeep(el.shadowRoot!, 'me-admins-notice')?.shadowRoot?.querySelector('a[href^="mailto:"]')).toBeTruthy(), { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('me-data-list, button.invite')).toBeNull();
    await networkIdle();
    expect(sentToApi('GET', list).every((r) => new URL(r.url).searchParams.get('role') === 'admin')).toBe(true);
  },
};

/** The list never answers: a busy state. */
export const Loading: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: orgPath, query: { sort: 'name' }, delayMs: 60_000, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await waitFor(() => expect(queryDeep(el.shadowRoot!, '[aria-busy=true]')).not.toBeNull(), { timeout: 8000 });
  },
};

/** No contacts (every list request answers empty: the widget may read the first page twice, and a straggler of the story before may take a one-time fault). */
export const Empty: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: orgPath, query: { sort: 'name' }, body: { items: [], page: 1, pageSize: 50, total: 0 }, times: Infinity }); },
  play: async ({ canvasElement }) => {
    await shows(await contacts(canvasElement), 'Nenhum contato cadastrado.');
  },
};

/** The first page fails once with a 500: the error and a retry that works. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: orgPath, query: { sort: 'name', page: '1' }, status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    const retry = await waitFor(() => {
      const button = queryDeep<HTMLButtonElement>(el.shadowRoot!, '[part=state] button');
      expect(button).not.toBeNull();
      return button!;
    }, { timeout: 8000 });
    await userEvent.click(retry);
    await firstRows(el);
  },
};

/** The server refuses the list (403): the no-permission state and who the admins are. */
export const Forbidden: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: orgPath, query: { sort: 'name' }, status: 403, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-kind=forbidden]')).not.toBeNull(), { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('me-admins-notice')).not.toBeNull();
  },
};

/** A malformed list: the error names the bad field. */
export const MalformedPayload: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: orgPath, query: { sort: 'name' }, body: { items: [{ id: 'x' }], page: 1, pageSize: 50, total: 1 }, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await waitFor(() => expect(deepText(el)).toMatch(/items\.0\.\w+/), { timeout: 8000 });
  },
};

/** Outside any `<me-portal>`: a configuration message. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).not.toBeNull());
  },
};

/** Inviting a contact: name, e-mail, role and areas; one POST with an Idempotency-Key. */
export const Invite: Story = {
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await firstRows(el);
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button.invite')!);
    const root = await waitFor(() => {
      const r = el.shadowRoot!.querySelector('me-dialog.invite-dialog me-contact-editor')?.shadowRoot;
      expect(r?.querySelector('me-field')).toBeTruthy();
      return r!;
    }, { timeout: 8000 });
    await userEvent.type(control(root, 'Nome'), 'Débora Nunes');
    await userEvent.type(control(root, 'E-mail'), 'debora.nunes@metalurgicapaulista.com.br');
    await userEvent.click(submit(root, 'me-submit-button.invite-submit'));
    await waitFor(() => expect(sentToApi('POST', list)).toHaveLength(1), { timeout: 8000 });
    expect(sentToApi('POST', list)[0]!.headers.get('Idempotency-Key')).toBeTruthy();
    await waitFor(() => expect(rowsOf(el).some((r) => r.textContent!.includes('Débora Nunes'))).toBe(true), { timeout: 8000 });
  },
};

/** Someone else changed the contact meanwhile: the save answers 412, the typed value stays and a reload is offered. */
export const EditConflict412: Story = {
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    const root = await openContact(el, 'Bruno Henrique Souza');
    mockDb().contacts.get(FACTS.orgs.a)!.get(FACTS.users.member)!.name = 'Bruno H. Souza';
    await waitFor(() => expect(control(root, 'Cargo').value).toBe('Analista Fiscal'));
    await userEvent.type(control(root, 'Cargo'), ' Sênior');
    await userEvent.click(submit(root, 'me-submit-button.save'));
    await shows(root.host, 'foi alterado por outra pessoa');
    expect(control(root, 'Cargo').value).toBe('Analista Fiscal Sênior');
    expect(root.querySelector('button.reload')).not.toBeNull();
  },
};

/** The only active admin: the editor says why it cannot be demoted, deactivated or deleted, and sends nothing. */
export const LastAdminProtected: Story = {
  beforeEach: () => { mockDb().contacts.get(FACTS.orgs.a)!.get(FACTS.users.secondAdminA)!.status = 'inactive'; },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    const root = await openContact(el, 'Ana Beatriz Carvalho');
    await shows(root.host, 'último administrador ativo');
    await userEvent.click(root.querySelector<HTMLButtonElement>('button.toggle-status')!);
    await networkIdle();
    expect(sentToApi('PATCH')).toHaveLength(0);
    expect(root.querySelector('button.toggle-status')).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A CSV with good and bad lines: each line checked before anything is sent. */
export const ImportPreview: Story = {
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    const root = await previewOf(el, MIXED);
    await shows(root.host, '2 de 4 linhas prontas para importar; 2 com problemas.');
    expect(sentToApi('POST')).toHaveLength(0);
  },
};

/** The import's results per file line (the server refuses an e-mail already in the organization); the failed lines can be downloaded. */
export const ImportResults: Story = {
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    const root = await previewOf(el, MIXED.replace(';chefe', ';membro'));
    await userEvent.click(submit(root, 'me-submit-button.send'));
    await shows(root.host, '2 importados, 2 com problemas.');
    expect(deepText(root.host)).toContain('já é um contato');
    expect(root.querySelector('button.failed-rows')).not.toBeNull();
    expect(sentToApi('POST', `${list}/import`)).toHaveLength(1);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await shows(el, 'Contacts administration');
    await firstRows(el);
    expect(deepText(el)).toContain('Technical support');
  },
};

/** En español. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await contacts(canvasElement);
    await shows(el, 'Administración de contactos');
    await firstRows(el);
    expect(deepText(el)).toContain('Soporte técnico');
  },
};
