/** Shared by the <me-products> tests: mounting on the mocks, rows, the editor's fields, real input. */
import { html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/modules/products/define.js';
import type { MeProducts } from '../../../src/modules/products/me-products.js';
import type { MeProductEditor } from '../../../src/modules/products/product-editor.js';
import type { Product } from '../../../src/core/schemas/products.js';
import { click } from '../../helpers/input.js';
import { FACTS, renderPortal } from '../../helpers/portal.js';

export const ORG = FACTS.orgs.a;
export const listPath = `/v1/organizations/${ORG}/products`;
export const productPath = (id: string) => `${listPath}/${id}`;
export const catalogPath = '/v1/catalog/product-lines';

export async function renderProducts(options: { token?: string; locale?: string; organizationId?: string; extra?: TemplateResult } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} locale=${options.locale ?? 'pt-BR'}
    organization-id=${options.organizationId ?? ''} timeout="30000">
    <me-products style="width: 1200px"></me-products>${options.extra ?? ''}</me-portal>`);
  return { portal, el: portal.querySelector<MeProducts>('me-products')! };
}

export const root = (el: MeProducts) => el.shadowRoot!;
export const rows = (el: MeProducts) => [...root(el).querySelectorAll<HTMLTableRowElement>('tbody tr[data-product]')];
export const rowOf = (el: MeProducts, id: string) => root(el).querySelector<HTMLTableRowElement>(`tr[data-product="${id}"]`);
export const stateOf = (el: MeProducts) => root(el).querySelector<HTMLElement>('[part=state]');
export const switchOf = (el: MeProducts, id: string) => rowOf(el, id)!.querySelector<HTMLButtonElement>('[role=switch]')!;
export const messageOf = (el: MeProducts) => root(el).querySelector<HTMLElement>('[part=message]')!;

export async function waitForRows(el: MeProducts, min = 1): Promise<void> {
  await waitUntil(() => rows(el).length >= min, `the list never showed ${min} rows`, { timeout: 8000 });
}

/** A product as the API has it now. */
export async function productNow(id: string, token = 'demo-token'): Promise<Product | undefined> {
  const response = await fetch(`/api${productPath(id)}`, { headers: { Authorization: `Bearer ${token}` } });
  return response.ok ? ((await response.json()) as Product) : undefined;
}

/** Opens the editor (add: the header's button; edit: a row's) and waits for its form. */
export async function openEditor(el: MeProducts, id?: string): Promise<MeProductEditor> {
  await click(id ? rowOf(el, id)!.querySelector('button.edit')! : root(el).querySelector('button.add')!);
  await waitUntil(() => root(el).querySelector('me-dialog me-product-editor')?.shadowRoot?.querySelector('form'), 'the editor never showed its form', { timeout: 8000 });
  return root(el).querySelector<MeProductEditor>('me-dialog me-product-editor')!;
}

export type FieldEl = HTMLElement & { label: string; value: string; error?: string; updateComplete: Promise<unknown> };
export const fieldOf = (editor: MeProductEditor, name: string) => editor.shadowRoot!.querySelector<FieldEl>(`me-field[name="${name}"]`)!;
export const controlOf = (field: Element) => field.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>('#control')!;
export const errorOf = (field: Element) => field.shadowRoot!.querySelector('[part=error]')?.textContent?.trim() ?? '';
export const optionsOf = (field: Element) => [...controlOf(field).options].map((o) => o.value).filter(Boolean);
export const submitOf = (editor: MeProductEditor) => editor.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;

/** Types into a field the way a user does: click, erase, type. */
export async function typeInto(field: Element, text: string): Promise<void> {
  await click(controlOf(field));
  await sendKeys({ press: 'End' });
  for (let i = controlOf(field).value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Picks `value` in a `<me-field type=select>` with the keyboard (focus, arrows), as a user can. */
export async function choose(field: FieldEl, value: string): Promise<void> {
  await field.updateComplete;
  const select = controlOf(field);
  const target = [...select.options].findIndex((o) => o.value === value);
  if (target < 0) throw new Error(`no option ${value} in ${field.label}: ${optionsOf(field).join(', ')}`);
  select.focus();
  const key = target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < 30 && select.value !== value; i++) await sendKeys({ press: key });
  if (select.value !== value) throw new Error(`could not reach ${value} in ${field.label}`);
  await field.updateComplete;
}
