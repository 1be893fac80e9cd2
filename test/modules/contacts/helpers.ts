/** Shared by the <me-contacts> tests: mounting on the mocks, the list's rows, the editor's parts, downloads. */
import { html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/contacts/define.js';
import type { MeContacts } from '../../../src/modules/contacts/me-contacts.js';
import type { MeContactEditor } from '../../../src/modules/contacts/contact-editor.js';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import type { Contact } from '../../../src/core/schemas/contacts.js';
import type { MockDb } from '../../../src/mocks/index.js';
import { click } from '../../helpers/input.js';
import { FACTS, renderPortal, sent } from '../../helpers/portal.js';

export const ORG = FACTS.orgs.a;
export const listPath = `/v1/organizations/${ORG}/contacts`;
export const contactPath = (id: string) => `${listPath}/${id}`;
export const importPath = `${listPath}/import`;

export async function renderContacts(options: { token?: string; locale?: string; services?: BrowserServices; organizationId?: string; contactId?: string; timeout?: number } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token=${options.token ?? 'demo-token'} locale=${options.locale ?? 'pt-BR'}
    .services=${options.services ?? defaultBrowserServices} organization-id=${options.organizationId ?? ''} timeout=${options.timeout ?? 30000}>
    <me-contacts style="width: 1100px" contact-id=${options.contactId ?? ''}></me-contacts></me-portal>`);
  const el = portal.querySelector<MeContacts>('me-contacts')!;
  return { portal, el };
}

export const list = (el: MeContacts) => el.shadowRoot!.querySelector('me-data-list')!;
export const rows = (el: MeContacts) => [...(list(el)?.shadowRoot?.querySelectorAll<HTMLElement>('[role=row][data-index]:not(.skeleton)') ?? [])];
export const rowOf = (el: MeContacts, text: string) => rows(el).find((r) => r.textContent!.includes(text));
export const stateOf = (el: MeContacts) => el.shadowRoot!.querySelector('[part=state]') ?? list(el)?.shadowRoot?.querySelector('[part=state]');

export async function waitForRows(el: MeContacts, min = 1): Promise<void> {
  await waitUntil(() => rows(el).length >= min, `the list never showed ${min} rows`, { timeout: 8000 });
}

/** The list requests' query parameters (not the admins' count). */
export const listQueries = () => sent('GET', listPath).map((r) => new URL(r.url).searchParams)
  .filter((q) => !(q.get('role') === 'admin' && q.get('status') === 'active' && q.get('pageSize') === '100'));

/** A contact as the API has it now. */
export async function contactNow(id: string): Promise<Contact | undefined> {
  const response = await fetch(`/api${contactPath(id)}`, { headers: { Authorization: 'Bearer demo-token' } });
  return response.ok ? ((await response.json()) as Contact) : undefined;
}

/** Opens a contact's drawer with a click on its row and waits for its editor's form. */
export async function openContact(el: MeContacts, name: string): Promise<MeContactEditor> {
  await waitUntil(() => rowOf(el, name), `no row of ${name}`, { timeout: 8000 });
  await click(rowOf(el, name)!.querySelector('[role=gridcell]')!);
  await waitUntil(() => el.shadowRoot!.querySelector('me-drawer me-contact-editor')?.shadowRoot?.querySelector('form.edit-form'), 'the editor never showed its form', { timeout: 8000 });
  return el.shadowRoot!.querySelector<MeContactEditor>('me-drawer me-contact-editor')!;
}

export const fieldOf = (root: ParentNode, label: string) =>
  [...root.querySelectorAll<HTMLElement & { label: string; value: string; error?: string }>('me-field')].find((f) => f.label === label)!;
export const controlOf = (field: Element) => field.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
export const errorOf = (field: Element) => field.shadowRoot!.querySelector('[part=error]')?.textContent?.trim() ?? '';

/** Types into a field the way a user does: click, erase, type. */
export async function typeInto(field: Element, text: string): Promise<void> {
  await click(controlOf(field));
  await sendKeys({ press: 'End' });
  for (let i = controlOf(field).value.length; i > 0; i--) await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Picks `value` in a `<me-field type=select>` with the native select's change (as a user's choice). */
export function chooseIn(field: Element, value: string): void {
  const select = field.shadowRoot!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Browser services that keep downloads in memory. */
export function capturingServices() {
  const downloads: Array<{ name: string; content: Blob | string }> = [];
  const services: BrowserServices = { ...defaultBrowserServices, download: (name, content) => { downloads.push({ name, content }); } };
  return { services, downloads };
}

/** Makes Ana (the demo admin) the organization's only active admin (Carlos inactive). */
export function onlyAnaAdmin(db: MockDb): void {
  db.contacts.get(ORG)!.get(FACTS.users.secondAdminA)!.status = 'inactive';
}

export const submitButtonOf = (root: ParentNode, selector = 'me-submit-button') => root.querySelector(selector)!.shadowRoot!.querySelector('button')!;
