import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/modules/profile/define.js';
import { injectFault } from '../src/mocks/index.js';
import { FACTS, mockDb, sentToApi } from './support/mock-api.js';
import { findDeep, shadow, visibleText } from './support/shadow.js';

async function profile(canvasElement: HTMLElement) {
  return findDeep<HTMLElement>(canvasElement, 'me-profile');
}

/** The native control of one of the profile's fields. */
function control(el: HTMLElement, name: string): HTMLInputElement {
  return el.shadowRoot!.querySelector(`me-field[name=${name}]`)!.shadowRoot!.querySelector<HTMLInputElement>('#control')!;
}

async function formShown(el: HTMLElement) {
  await waitFor(() => expect(el.shadowRoot!.querySelector('me-field[name=name]')).not.toBeNull(), { timeout: 5000 });
  await waitFor(() => expect(control(el, 'name').value).toBe('Ana Beatriz Carvalho'));
}

/** Replaces the control's text as a person selecting it all and typing does. */
const retype = (input: HTMLInputElement, text: string) =>
  userEvent.type(input, text, { initialSelectionStart: 0, initialSelectionEnd: input.value.length });

const saveButton = (el: HTMLElement) => el.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;

const meta = {
  title: 'Modules/Profile (Meu perfil)',
  component: 'me-profile',
  render: () => html`<me-profile></me-profile>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Ana's own data: e-mail read only; name, phone, job title, language and a searchable time zone. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await formShown(el);
    expect(visibleText(el)).toContain('Meu perfil');
    expect(control(el, 'timeZone').value).toBe('America/Sao_Paulo');
    expect(el.shadowRoot!.querySelector('me-field[type=email]')!.shadowRoot!.querySelector('input')!.readOnly).toBe(true);
  },
};

/** Inline validation with the API's rules: a one-letter name, a short phone. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await formShown(el);
    await retype(control(el, 'name'), 'A');
    await retype(control(el, 'phone'), '1234');
    await userEvent.click(saveButton(el));
    await waitFor(() => expect(visibleText(el)).toContain('Use pelo menos 2 caracteres.'));
    expect(visibleText(el)).toContain('Formato inválido.');
    expect(sentToApi('PATCH', '/v1/me')).toHaveLength(0);
  },
};

/** A change saved: one PATCH with If-Match, "Perfil salvo." */
export const Saves: Story = {
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await formShown(el);
    await retype(control(el, 'jobTitle'), 'Gerente de Sistemas');
    await userEvent.click(saveButton(el));
    await waitFor(() => expect(visibleText(el)).toContain('Perfil salvo.'), { timeout: 5000 });
    const [patch] = sentToApi('PATCH', '/v1/me');
    expect(patch!.headers.get('If-Match')).toBeTruthy();
  },
};

/** Changed in another tab meanwhile (412): the typed values stay; "Comparar" shows both versions. */
export const ChangedElsewhere: Story = {
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await formShown(el);
    await retype(control(el, 'phone'), '+55 11 91111-2222');
    mockDb().users.get(FACTS.users.ana)!.jobTitle = 'Diretora de TI';
    await userEvent.click(saveButton(el));
    await waitFor(() => expect(visibleText(el)).toContain('alterado em outro lugar'), { timeout: 5000 });
    expect(control(el, 'phone').value).toBe('+55 11 91111-2222');
    await userEvent.click(shadow(el).getByRole('button', { name: 'Comparar' }));
    const compare = await findDeep<HTMLElement>(el.shadowRoot!, 'me-value-compare');
    await waitFor(() => expect(visibleText(compare)).toContain('Diretora de TI'), { timeout: 5000 });
    expect(visibleText(compare)).toContain('+55 11 91111-2222');
  },
};

/** While `/v1/me` is on its way. */
export const Loading: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/v1/me', delayMs: 600_000 }); },
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Carregando'));
  },
};

/** The session fails once (500): an alert with a retry that recovers. */
export const ErrorWithRetry: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/v1/me', status: 500, times: 1 }); },
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    const retry = await shadow(el).findByRole('button', { name: 'Tentar novamente' }, { timeout: 5000 });
    await userEvent.click(retry);
    await formShown(el);
  },
};

/** `/v1/me` breaks the contract: the error names the field. */
export const MalformedPayload: Story = {
  beforeEach: () => { injectFault({ method: 'GET', path: '/v1/me', body: { id: 'x', name: 'Sem e-mail' }, times: Infinity }); },
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await waitFor(() => expect(visibleText(el)).toMatch(/email/), { timeout: 5000 });
  },
};

/** Outside `<me-portal>`: says how to fix the page. */
export const OutsidePortal: Story = {
  parameters: { portal: false },
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    const alert = await shadow(el).findByRole('alert');
    expect(alert).toHaveTextContent('<me-portal api-base="…">');
  },
};

/** In English (the page pins the language: the profile says where the preference applies). */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await formShown(el);
    await waitFor(() => expect(visibleText(el)).toContain('My profile'), { timeout: 5000 });
    expect(visibleText(el)).toContain('set by the site');
  },
};

/** En español. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    const el = await profile(canvasElement);
    await formShown(el);
    await waitFor(() => expect(visibleText(el)).toContain('Mi perfil'), { timeout: 5000 });
    expect(visibleText(el)).toContain('Zona horaria');
  },
};
