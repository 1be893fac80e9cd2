import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/products/define.js';
import { injectFault } from '../src/mocks/index.js';
import { FACTS, mockDb, networkIdle, sentToApi } from './support/mock-api.js';
import { deepText, findDeep, visibleText } from './support/shadow.js';

const list = `/v1/organizations/${FACTS.orgs.a}/products`;
const IN_USE = FACTS.products.inUse;
const FREE = FACTS.products.withoutTickets;

async function products(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-products');
}

async function shows(el: Element, text: string): Promise<void> {
  await waitFor(() => expect(visibleText(el)).toContain(text), { timeout: 8000 });
}

const rowOf = (el: HTMLElement, id: string) => el.shadowRoot!.querySelector<HTMLElement>(`tr[data-product="${id}"]`);
const switchOf = (el: HTMLElement, id: string) => rowOf(el, id)!.querySelector<HTMLButtonElement>('[role=switch]')!;

async function firstRows(el: HTMLElement): Promise<void> {
  await waitFor(() => expect(rowOf(el, IN_USE)).toBeTruthy(), { timeout: 8000 });
}

async function openEditor(el: HTMLElement, id?: string): Promise<ShadowRoot> {
  await firstRows(el);
  await userEvent.click(id ? rowOf(el, id)!.querySelector<HTMLButtonElement>('button.edit')! : el.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!);
  return waitFor(() => {
    const root = el.shadowRoot!.querySelector('me-product-editor')?.shadowRoot;
    expect(root?.querySelector('form me-field')).toBeTruthy();
    return root!;
  }, { timeout: 8000 });
}

const control = (root: ParentNode, name: string) => root.querySelector(`me-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>('#control')!;
const submit = (root: ParentNode) => root.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
/** `userEvent.clear` cannot focus inside shadow roots: select what is there and type over it. */
const retype = (input: HTMLInputElement, text: string) =>
  userEvent.type(input, text, { initialSelectionStart: 0, initialSelectionEnd: input.value.length });

const meta = {
  title: 'Modules/Products (Meus produtos)',
  component: 'me-products',
  render: () => html`<me-products></me-products>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The organization's products: line, version, release, database, OS, environment and the share switch of each. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await firstRows(el);
    expect(visibleText(rowOf(el, IN_USE)!)).toContain('Microsoft SQL Server 2019');
    expect(switchOf(el, IN_USE)).toHaveAttribute('aria-checked', 'true');
    expect(switchOf(el, FREE)).toHaveAttribute('aria-checked', 'false');
    expect(deepText(el)).toContain('Desenvolvimento');
  },
};

/** A member: API.md lets every member of the organization manage its products, so the actions are there. */
export const AsMember: Story = {
  parameters: { portal: { token: FACTS.tokens.member } },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await firstRows(el);
    expect(el.shadowRoot!.querySelector('button.add')).not.toBeNull();
    expect(rowOf(el, IN_USE)!.querySelector('button.edit')).not.toBeNull();
  },
};

/** The list never answers: a busy state. */
export const Loading: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: list, delayMs: 60_000, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-kind=loading]')).not.toBeNull(), { timeout: 8000 });
  },
};

/** No products: the empty state and the add action. */
export const Empty: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: list, body: { items: [], page: 1, pageSize: 500, total: 0 }, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await shows(el, 'Nenhum produto cadastrado.');
    expect(el.shadowRoot!.querySelector('.empty button.add')).not.toBeNull();
  },
};

/** The list fails once with a 500: the error and a retry that works. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: list, status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    const retry = await waitFor(() => {
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-kind=error] button');
      expect(button).not.toBeNull();
      return button!;
    }, { timeout: 8000 });
    await userEvent.click(retry);
    await firstRows(el);
  },
};

/** The server refuses the list (403): the no-permission state, no actions. */
export const Forbidden: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: list, status: 403, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-kind=forbidden]')).not.toBeNull(), { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('button.add')).toBeNull();
  },
};

/** A malformed list: the error names the bad field. */
export const MalformedPayload: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: list, body: { items: [{ id: 'x', lineId: 'rm' }], page: 1, pageSize: 500, total: 1 }, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await waitFor(() => expect(deepText(el)).toMatch(/items\.0\.\w+/), { timeout: 8000 });
  },
};

/** Outside any `<me-portal>`: a configuration message. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await waitFor(() => expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).not.toBeNull());
  },
};

/** Adding a product: the versions follow the chosen line; one POST with an Idempotency-Key; the new row shows. */
export const AddProduct: Story = {
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    const root = await openEditor(el);
    await userEvent.selectOptions(control(root, 'lineId'), 'rm');
    await waitFor(() => expect([...control(root, 'version').options].map((o) => o.value)).toContain('12.1.2502'));
    await userEvent.selectOptions(control(root, 'version'), '12.1.2502');
    await userEvent.type(control(root, 'release'), '12.1.2502.1');
    await userEvent.click(submit(root));
    await waitFor(() => expect(sentToApi('POST', list)).toHaveLength(1), { timeout: 8000 });
    expect(sentToApi('POST', list)[0]!.headers.get('Idempotency-Key')).toBeTruthy();
    await shows(el, '12.1.2502.1');
  },
};

/** Someone else changed the product meanwhile: the save answers 412, the typed value stays and a reload is offered. */
export const EditConflict412: Story = {
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    const root = await openEditor(el, IN_USE);
    await waitFor(() => expect(control(root, 'release').value).toBe('12.1.2310.14'));
    mockDb().products.get(IN_USE)!.notes = 'Alterado por outra pessoa';
    await retype(control(root, 'release'), '12.1.2310.15');
    await userEvent.click(submit(root));
    await shows(root.host, 'alterado por outra pessoa');
    expect(control(root, 'release').value).toBe('12.1.2310.15');
    expect(root.querySelector('button.reload')).not.toBeNull();
  },
};

/** Open requests use the product: the delete answers 409 and the server's reason is shown. */
export const DeleteInUse409: Story = {
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await firstRows(el);
    await userEvent.click(rowOf(el, IN_USE)!.querySelector<HTMLButtonElement>('button.delete')!);
    const confirm = await findDeep<HTMLElement>(el.shadowRoot!, 'me-confirm-dialog');
    const button = await waitFor(() => {
      const b = confirm.shadowRoot!.querySelector<HTMLButtonElement>('[part=confirm]');
      expect(b?.checkVisibility()).toBe(true);
      return b!;
    });
    await userEvent.click(button);
    await shows(el.shadowRoot!.querySelector('[part=message]')!, 'em aberto usam este produto');
    expect(rowOf(el, IN_USE)).not.toBeNull();
  },
};

/** The share switch's save fails: it switches back and says why. */
export const ToggleFails: Story = {
  beforeEach: () => { injectFault({ method: 'PATCH', path: `${list}/${FREE}`, status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await firstRows(el);
    await userEvent.click(switchOf(el, FREE));
    await shows(el.shadowRoot!.querySelector('[part=message]')!, 'A opção voltou para “Não”');
    expect(switchOf(el, FREE)).toHaveAttribute('aria-checked', 'false');
    await networkIdle();
    expect(mockDb().products.get(FREE)!.shareTicketsInSolutionSearch).toBe(false);
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await shows(el, 'My products');
    await firstRows(el);
    expect(deepText(el)).toContain('Share my requests in the solution search');
  },
};

/** En español. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await products(canvasElement);
    await shows(el, 'Mis productos');
    await firstRows(el);
    expect(deepText(el)).toContain('Producción');
  },
};
