import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/licenses/define.js';
import { HOSTILE_SNIPPETS, injectFault, PROBLEM_BASE } from '../src/mocks/index.js';
import { FACTS, mockDb, networkIdle, sentToApi } from './support/mock-api.js';
import { deepText, findDeep, queryDeep, visibleText } from './support/shadow.js';

const org = `/v1/organizations/${FACTS.orgs.a}`;
const FULL = FACTS.licenses.active;

async function licenses(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-licenses');
}

/** Org A starts with the EULA pending (the seed): most stories start after its acceptance. */
function acceptEula(): void {
  mockDb().licensing.get(FACTS.orgs.a)!.eula.acceptance = {
    version: FACTS.eulaVersion, acceptedAt: '2026-11-20T10:00:00-03:00', acceptedBy: { id: FACTS.users.ana, name: 'Ana', email: 'ana@example.com' },
  };
}

async function shows(el: Element, text: string): Promise<void> {
  await waitFor(() => expect(visibleText(el)).toContain(text), { timeout: 8000 });
}

function submitOf(root: ParentNode): HTMLButtonElement {
  return root.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
}

async function openEditor(el: HTMLElement, licenseId: string = FULL) {
  await userEvent.click(queryDeep<HTMLButtonElement>(el.shadowRoot!, `[data-license="${licenseId}"] [part~=distribute]`)!);
  await waitFor(() => expect(queryDeep(el.shadowRoot!, 'me-licenses-distribution')?.shadowRoot?.querySelector('me-field')).toBeTruthy());
  const editor = queryDeep<HTMLElement>(el.shadowRoot!, 'me-licenses-distribution')!;
  const input = (id: string) => editor.shadowRoot!.querySelector(`me-field[data-installation="${id}"]`)!.shadowRoot!.querySelector('input')!;
  return { editor, input };
}

const meta = {
  title: 'Modules/Licenses (Gestão de licenças)',
  component: 'me-licenses',
  render: (args) => html`<me-licenses tab=${args.tab ?? 'licenses'}></me-licenses>`,
  args: { tab: 'licenses' },
} satisfies Meta<{ tab?: string }>;

export default meta;
type Story = StoryObj<{ tab?: string }>;

/** The organization has not accepted the EULA: only the contract, "Li e aceito" and the button; accepting opens the module. */
export const EulaGate: Story = {
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Li e aceito');
    expect(deepText(el)).toContain(FACTS.eulaVersion);
    expect(queryDeep(el.shadowRoot!, 'me-tabs')).toBeNull();
    const gate = queryDeep<HTMLElement>(el.shadowRoot!, 'me-licenses-eula')!;
    await userEvent.click(gate.shadowRoot!.querySelector<HTMLInputElement>('#agree')!);
    await waitFor(() => expect(gate.shadowRoot!.querySelector<HTMLInputElement>('#agree')!.checked).toBe(true));
    await userEvent.click(gate.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!);
    await waitFor(() => expect(sentToApi('POST', `${org}/licensing/eula/acceptance`)).toHaveLength(1), { timeout: 4000 });
    await shows(el, 'Protheus — Usuário Full');
    expect(sentToApi('POST', `${org}/licensing/eula/acceptance`)).toHaveLength(1);
  },
};

/** The EULA carries hostile HTML: it is shown sanitized (no script, no handler). */
export const EulaHostileHtml: Story = {
  beforeEach: () => {
    injectFault({ method: 'GET', path: `${org}/licensing/eula`, body: { version: '2027.1', country: 'AR', contentHtml: `<p>Contrato</p>${HOSTILE_SNIPPETS.join('')}`, acceptance: null } });
  },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Texto com atributos maliciosos');
    const content = queryDeep(el.shadowRoot!, '[part~=content]')!;
    expect(content.querySelector('script, iframe, [onerror], [onload], [onclick], [href^="javascript"]')).toBeNull();
    expect(deepText(el)).toContain('Argentina');
  },
};

/** Licences per product line: expiring soon highlighted with the days left; expired and suspended can't be distributed (reason shown). */
export const Licences: Story = {
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Protheus — Usuário Full');
    const list = queryDeep<HTMLElement>(el.shadowRoot!, 'me-licenses-list')!;
    expect([...list.shadowRoot!.querySelectorAll('.group h3')].map((h) => h.textContent!.trim())).toEqual(['Datasul', 'Fluig', 'Logix', 'Protheus', 'RM']);
    expect(list.shadowRoot!.querySelector(`[data-license="${FACTS.licenses.expiring}"]`)!.classList.contains('soon')).toBe(true);
    expect(deepText(list)).toMatch(/Vence em \d+ dias/);
    expect(list.shadowRoot!.querySelector(`[data-license="${FACTS.licenses.expired}"] [part~=distribute]`)).toHaveAttribute('aria-disabled', 'true');
    expect(deepText(list)).toContain('Licença suspensa: regularize');
    expect(list.shadowRoot!.querySelector(`[data-license="${FULL}"] meter`)).toHaveProperty('value', 110);
  },
};

/** Distributing one licence (30 contracted, none distributed): the live sum; above the contracted quantity, save is blocked with the reason and nothing is sent. */
export const DistributionOverContracted: Story = {
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'RM — Usuário Light');
    const { editor, input } = await openEditor(el, FACTS.licenses.unallocated);
    await userEvent.type(input(FACTS.installations.a), '20');
    await shows(editor, 'Distribuídas: 20 de 30 · Restam 10');
    await userEvent.type(input(FACTS.installations.test), '11');
    await shows(editor, '1 acima do contratado');
    await userEvent.click(submitOf(editor.shadowRoot!));
    await networkIdle();
    expect(sentToApi('PUT')).toHaveLength(0);
    expect(deepText(editor)).toContain('passa das 30 licenças contratadas');
  },
};

/** A save answers 422 on `allocations.2.quantity`: the message lands on that installation's field. */
export const DistributionServerError: Story = {
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Protheus — Usuário Full');
    const { editor } = await openEditor(el);
    injectFault({ method: 'PUT', path: `${org}/licenses/${FULL}/allocations`, status: 422, body: {
      type: `${PROBLEM_BASE}validation-failed`, title: 'Dados inválidos', status: 422, errors: [{ path: 'allocations.2.quantity', message: 'Quantidade recusada' }],
    } });
    await userEvent.click(submitOf(editor.shadowRoot!));
    await shows(editor.shadowRoot!.querySelector(`me-field[data-installation="${FACTS.installations.a}"]`)!, 'Quantidade recusada');
  },
};

/** Someone else changed the licence (412): the typed numbers stay, reload brings the new version in. */
export const DistributionStale: Story = {
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'RM — Usuário Light');
    const { editor, input } = await openEditor(el, FACTS.licenses.unallocated);
    await userEvent.type(input(FACTS.installations.a), '12');
    mockDb().licensing.get(FACTS.orgs.a)!.licenses.find((l) => l.id === FACTS.licenses.unallocated)!.allocations.push({ installationId: FACTS.installations.a, quantity: 4 });
    await userEvent.click(submitOf(editor.shadowRoot!));
    await shows(editor, 'alterada por outra pessoa');
    expect(input(FACTS.installations.a).value).toBe('12');
    await userEvent.click(editor.shadowRoot!.querySelector<HTMLButtonElement>('[part~=reload]')!);
    await shows(editor, 'No servidor agora: 4.');
    expect(input(FACTS.installations.a).value).toBe('12');
  },
};

/** A later call answers 409 `eula-not-accepted` (a new version published): the gate is back. */
export const EulaRequiredAgain: Story = {
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Protheus — Usuário Full');
    const { editor } = await openEditor(el);
    injectFault({ method: 'PUT', path: `${org}/licenses/${FULL}/allocations`, status: 409, body: { type: `${PROBLEM_BASE}eula-not-accepted`, title: 'EULA', status: 409 } });
    await userEvent.click(submitOf(editor.shadowRoot!));
    await shows(el, 'Uma nova versão do contrato de licença foi publicada');
  },
};

/** Installations: add one and see the TOTVS ID the server assigned, with a copy button. */
export const Installations: Story = {
  args: { tab: 'installations' },
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Produção — Matriz São Paulo');
    const view = queryDeep<HTMLElement>(el.shadowRoot!, 'me-licenses-installations')!;
    await userEvent.click(view.shadowRoot!.querySelector<HTMLButtonElement>('[part~=add]')!);
    await waitFor(() => expect(view.shadowRoot!.querySelector('.add-form me-field')).not.toBeNull());
    await userEvent.type(view.shadowRoot!.querySelector('.add-form me-field')!.shadowRoot!.querySelector('input')!, 'Filial Campinas');
    await userEvent.click(submitOf(view.shadowRoot!.querySelector('.add-form')!));
    await waitFor(() => expect(view.shadowRoot!.querySelector('.created .totvs-id')?.textContent).toMatch(/^[A-Z0-9]{8}$/));
    expect(view.shadowRoot!.querySelector('.created me-copy-button')).not.toBeNull();
  },
};

/** Installations: blocking one asks first, then sends the change with the installation's ETag (If-Match). */
export const InstallationsBlock: Story = {
  args: { tab: 'installations' },
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Produção — Matriz São Paulo');
    const view = queryDeep<HTMLElement>(el.shadowRoot!, 'me-licenses-installations')!;
    await userEvent.click(view.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-installation="${FACTS.installations.a}"] .toggle`)!);
    const confirm = view.shadowRoot!.querySelector<HTMLElement & { open: boolean }>('me-confirm-dialog')!;
    await waitFor(() => expect(confirm.open).toBe(true));
    expect(sentToApi('PATCH')).toHaveLength(0);
    await userEvent.click(confirm.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm]')!);
    await waitFor(() => expect(visibleText(view.shadowRoot!.querySelector(`tr[data-installation="${FACTS.installations.a}"]`)!)).toContain('Bloqueada'));
    expect(sentToApi('PATCH')[0]!.headers.get('If-Match')).toBeTruthy();
  },
};

/** In English: the module's strings follow the portal's language. */
export const English: Story = {
  beforeEach: acceptEula,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Licence management');
    await shows(el, '110 of 120 distributed');
  },
};

/** Messages: unread first (count on the tab); opening one marks it read and its hostile body stays inert. */
export const Messages: Story = {
  args: { tab: 'messages' },
  beforeEach: acceptEula,
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Novo TOTVS License Server disponível');
    const view = queryDeep<HTMLElement>(el.shadowRoot!, 'me-licenses-messages')!;
    expect(view.shadowRoot!.querySelector('li')!.className).toBe('unread');
    const hostile = view.shadowRoot!.querySelector(`[data-message="${FACTS.messages.hostile}"]`)!;
    await userEvent.click(hostile.querySelector('button')!);
    await shows(hostile, 'notas de versão');
    expect(hostile.querySelector('script, [onerror], [onload], [onclick], iframe')).toBeNull();
    await waitFor(() => expect(sentToApi('POST', `${org}/licensing/messages/${FACTS.messages.hostile}/read`)).toHaveLength(1));
  },
};

/** A member sees who the organization's admins are and no licence data. */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await waitFor(() => expect(queryDeep(el.shadowRoot!, 'me-admins-notice')?.shadowRoot?.querySelector('a[href^="mailto:"]')).toBeTruthy(), { timeout: 8000 });
    await networkIdle();
    expect(sentToApi('GET', `${org}/licenses`)).toHaveLength(0);
  },
};

/** The EULA request never answers: a busy status. */
export const Loading: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: `${org}/licensing/eula`, delayMs: 60_000 }); },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[role=status][aria-busy=true]')).not.toBeNull());
    await shows(el, 'Carregando');
  },
};

/** The licence list fails once with a 500: the error and a retry that works. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { acceptEula(); injectFault({ method: 'GET', path: `${org}/licenses`, status: 500 }); },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await shows(el, 'Tentar novamente');
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('[part~=retry]')!);
    await shows(el, 'Protheus — Usuário Full');
  },
};

/** No licences contracted. */
export const Empty: Story = {
  beforeEach: () => { acceptEula(); injectFault({ method: 'GET', path: `${org}/licenses`, body: { items: [], page: 1, pageSize: 500, total: 0 } }); },
  play: async ({ canvasElement }) => {
    await shows(await licenses(canvasElement), 'Nenhuma licença contratada.');
  },
};

/** A malformed list: the error names the bad field. */
export const BadPayload: Story = {
  beforeEach: () => { acceptEula(); injectFault({ method: 'GET', path: `${org}/licenses`, body: { items: [{ id: 'x' }], page: 1, pageSize: 500, total: 1 } }); },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await waitFor(() => expect(deepText(el)).toMatch(/items\.0\.\w+/), { timeout: 8000 });
  },
};

/** Outside any `<me-portal>`: a configuration message. */
export const Misconfigured: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await licenses(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).not.toBeNull());
  },
};
