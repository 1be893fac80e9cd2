import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { nothing } from 'lit';
import * as z from 'zod/mini';
import { MeElement } from '../../src/core/element.js';
import { ApiError } from '../../src/core/errors.js';
import { ContactAreaSchema } from '../../src/core/schemas/contacts.js';
import '../../src/ui/form/index.js';
import type { MeCheckboxGroup } from '../../src/ui/form/checkbox-group.js';
import { FormController, type SubmitResult } from '../../src/ui/form/form-controller.js';
import { click, useMouse } from '../helpers/input.js';
import { deepActiveElement, textOf, useMockApi } from '../helpers/portal.js';

const AREAS = [
  { value: 'support', label: 'Suporte Técnico' },
  { value: 'finance', label: 'Administrativo/Financeiro' },
  { value: 'ombudsman', label: 'Ouvidoria' },
];

const boxes = (group: MeCheckboxGroup) => [...group.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const labelOf = (group: MeCheckboxGroup, text: string) =>
  [...group.shadowRoot!.querySelectorAll<HTMLLabelElement>('label')].find((l) => l.textContent!.includes(text))!;

/** The text of every element the fieldset's `aria-describedby` names, in its own shadow root. */
function description(group: MeCheckboxGroup): string {
  const fieldset = group.shadowRoot!.querySelector('fieldset')!;
  return (fieldset.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .map((id) => {
      const target = group.shadowRoot!.getElementById(id);
      if (!target) throw new Error(`aria-describedby names #${id}, which is not in the group's root`);
      return textOf(target).trim();
    }).join(' | ');
}

/** A form with a name and a required, non-empty list of areas (as the contacts module binds it). */
const TestSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(2)),
  areas: z.array(ContactAreaSchema).check(z.minLength(1)),
});

class TestAreasForm extends MeElement {
  readonly form = new FormController(this, { schema: TestSchema, initial: { name: 'Ana', areas: ['finance'] } });
  result?: SubmitResult<unknown>;
  sentBody?: unknown;
  fail?: unknown;

  protected override render() {
    return html`<form novalidate @submit=${this.#submit}>
      <me-field label="Nome" ${this.form.field('name')}></me-field>
      <me-checkbox-group label="Áreas liberadas" .options=${AREAS} ${this.form.field('areas')}></me-checkbox-group>
      ${this.form.errorMessage ? html`<p role="alert">${this.form.errorMessage}</p>` : nothing}
      <me-submit-button ?pending=${this.form.pending}>Salvar</me-submit-button>
    </form>`;
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    this.result = await this.form.submit(async (body) => {
      if (this.fail) throw this.fail;
      this.sentBody = body;
      return body;
    });
  };
}
customElements.define('test-areas-form', TestAreasForm);

describe('<me-checkbox-group>', () => {
  useMockApi();
  useMouse();

  it('is a fieldset named by its legend, one native labelled checkbox per option', async () => {
    const group = await fixture<MeCheckboxGroup>(html`<me-checkbox-group label="Áreas" name="areas" .options=${AREAS} .value=${['finance']} hint="Quem pode abrir o quê."></me-checkbox-group>`);
    const fieldset = group.shadowRoot!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal('Áreas');
    expect(boxes(group).map((b) => [b.value, b.checked])).to.deep.equal([['support', false], ['finance', true], ['ombudsman', false]]);
    expect(boxes(group).map((b) => b.closest('label')!.textContent!.trim())).to.deep.equal(AREAS.map((a) => a.label));
    expect(description(group)).to.equal('Quem pode abrir o quê.');
    await expect(group).to.be.accessible();
    group.error = 'Escolha ao menos uma área.';
    await group.updateComplete;
    expect(description(group)).to.equal('Quem pode abrir o quê. | Escolha ao menos uma área.');
    expect(boxes(group).every((b) => b.getAttribute('aria-invalid') === 'true')).to.equal(true);
    await expect(group).to.be.accessible();
  });

  it('toggles with Tab and Space, keeps the options\' order, and fires input and change from the host', async () => {
    const group = await fixture<MeCheckboxGroup>(html`<me-checkbox-group label="Áreas" .options=${AREAS} .value=${['ombudsman']}></me-checkbox-group>`);
    const events: string[] = [];
    group.addEventListener('input', () => events.push(`input:${group.value.join(',')}`));
    group.addEventListener('change', () => events.push(`change:${group.value.join(',')}`));
    group.focus();
    expect(deepActiveElement()).to.equal(boxes(group)[0]);
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
    expect(group.value).to.deep.equal(['support', 'ombudsman']);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(boxes(group)[1]);
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
    expect(group.value).to.deep.equal(['support', 'finance', 'ombudsman']);
    expect(events).to.deep.equal(['input:support,ombudsman', 'change:support,ombudsman', 'input:support,finance,ombudsman', 'change:support,finance,ombudsman']);
  });

  it('toggles with the mouse on an option\'s label', async () => {
    const group = await fixture<MeCheckboxGroup>(html`<me-checkbox-group label="Áreas" .options=${AREAS} .value=${['support', 'finance']}></me-checkbox-group>`);
    const change = oneEvent(group, 'change');
    await click(labelOf(group, 'Suporte Técnico').querySelector('span')!);
    await change;
    expect(group.value).to.deep.equal(['finance']);
    expect(boxes(group)[0]!.checked).to.equal(false);
  });

  it('disabled: no checkbox can be toggled', async () => {
    const group = await fixture<MeCheckboxGroup>(html`<me-checkbox-group label="Áreas" disabled .options=${AREAS} .value=${['support']}></me-checkbox-group>`);
    expect(boxes(group).every((b) => b.matches(':disabled'))).to.equal(true);
    // a disabled control fires no click: press the mouse on the label where a user would
    const r = labelOf(group, 'Ouvidoria').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)] });
    group.focus();
    await sendKeys({ press: 'Space' });
    await group.updateComplete;
    expect(group.value).to.deep.equal(['support']);
  });

  it('submits one name=value per checked option inside a form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><me-checkbox-group label="Áreas" name="areas" .options=${AREAS} .value=${['support', 'ombudsman']}></me-checkbox-group></form>`);
    await form.querySelector<MeCheckboxGroup>('me-checkbox-group')!.updateComplete;
    expect(new FormData(form).getAll('areas')).to.deep.equal(['support', 'ombudsman']);
  });
});

describe('<me-checkbox-group> bound to a FormController', () => {
  useMockApi();
  useMouse();

  const groupOf = (host: TestAreasForm) => host.shadowRoot!.querySelector<MeCheckboxGroup>('me-checkbox-group')!;
  const errorOf = (host: TestAreasForm) => groupOf(host).shadowRoot!.querySelector('[part=error]')?.textContent?.trim() ?? '';
  const submit = (host: TestAreasForm) => click(host.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!);

  it('gets the array (not its text), and the user\'s toggles come back as an array', async () => {
    const host = await fixture<TestAreasForm>(html`<test-areas-form></test-areas-form>`);
    const group = groupOf(host);
    expect(group.name).to.equal('areas');
    expect(group.getAttribute('name')).to.equal('areas');
    expect(group.value).to.deep.equal(['finance']);
    expect(boxes(group).map((b) => b.checked)).to.deep.equal([false, true, false]);
    // keyboard: into the group, Space on "Suporte Técnico"
    group.focus();
    await sendKeys({ press: 'Space' });
    await host.updateComplete;
    expect(host.form.value('areas')).to.deep.equal(['support', 'finance']);
    // mouse: "Administrativo/Financeiro" off
    await click(labelOf(group, 'Administrativo/Financeiro').querySelector('span')!);
    await waitUntil(() => host.form.value('areas')?.length === 1);
    expect(host.form.value('areas')).to.deep.equal(['support']);
    // the host sets it: the checkboxes follow
    host.form.set('areas', ['ombudsman']);
    await host.updateComplete;
    await group.updateComplete;
    expect(boxes(group).map((b) => b.checked)).to.deep.equal([false, false, true]);
    await submit(host);
    await waitUntil(() => host.result);
    expect(host.result!.ok).to.equal(true);
    expect(host.sentBody).to.deep.equal({ name: 'Ana', areas: ['ombudsman'] });
  });

  it('shows the schema\'s error on the group on submit, focuses it, and clears it as the user fixes it', async () => {
    const host = await fixture<TestAreasForm>(html`<test-areas-form></test-areas-form>`);
    const group = groupOf(host);
    await click(labelOf(group, 'Administrativo/Financeiro').querySelector('span')!);
    await waitUntil(() => host.form.value('areas')?.length === 0);
    // leaving the group for another field after changing it shows why (as a field does), before any
    // submit (leaving it for the submit button waits for the submit: see form-submit-press.test.ts)
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect((deepActiveElement()!.getRootNode() as ShadowRoot).host.getAttribute('name'), 'focus on the name field').to.equal('name');
    await waitUntil(() => errorOf(host) !== '', 'no error after leaving the emptied group');
    await submit(host);
    await waitUntil(() => host.result);
    expect(host.result).to.deep.include({ ok: false, reason: 'invalid' });
    await group.updateComplete;
    expect(errorOf(host)).to.not.equal('');
    expect(description(group)).to.include(errorOf(host));
    expect(deepActiveElement()).to.equal(boxes(group)[0]);
    await expect(host).to.be.accessible();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => errorOf(host) === '', 'the error stayed after a choice');
    expect(host.sentBody).to.equal(undefined);
  });

  it('a server field error on `areas` (422) lands on the group', async () => {
    const host = await fixture<TestAreasForm>(html`<test-areas-form></test-areas-form>`);
    host.fail = new ApiError({ kind: 'http', status: 422, message: 'HTTP 422', fieldErrors: [{ path: 'areas.0', message: 'Área não contratada' }] });
    await submit(host);
    await waitUntil(() => host.result);
    await groupOf(host).updateComplete;
    expect(errorOf(host)).to.equal('Área não contratada');
    expect(host.form.value('areas')).to.deep.equal(['finance']);
  });
});
