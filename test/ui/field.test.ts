import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/form/field.js';
import type { MeField } from '../../src/ui/form/field.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { mount, renderInLocale } from './render.js';

/** The text of every element an `aria-describedby` names, resolved in the control's own root. */
function description(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean)
    .map((id) => {
      const target = root.getElementById(id);
      if (!target) throw new Error(`aria-describedby names #${id}, which is not in the same root`);
      const clone = target.cloneNode(true) as Element; // aria-hidden parts are not read
      clone.querySelectorAll('[aria-hidden=true]').forEach((hidden) => hidden.remove());
      return textOf(clone).trim();
    }).join(' | ');
}

describe('<me-field>', () => {
  useMockApi();

  it('labels its control and ties the hint and error to it in the same shadow root', async () => {
    const el = await fixture<MeField>(html`<me-field label="Assunto" name="subject" hint="Resuma o problema em uma frase." required></me-field>`);
    const control = el.shadowRoot!.querySelector('input')!;
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(control.id);
    expect(control.required).to.be.true;
    expect(control.hasAttribute('aria-invalid')).to.be.false;
    expect(description(control)).to.equal('Resuma o problema em uma frase.');
    await expect(el).to.be.accessible();
    el.error = 'Use pelo menos 5 caracteres.';
    await el.updateComplete;
    expect(control.getAttribute('aria-invalid')).to.equal('true');
    expect(description(control)).to.equal('Resuma o problema em uma frase. | Use pelo menos 5 caracteres.');
    await expect(el).to.be.accessible();
  });

  it('keeps value in step with typing and fires input and change from the host', async () => {
    const el = await fixture<MeField>(html`<me-field label="E-mail" type="email"></me-field>`);
    const inputs: string[] = [];
    el.addEventListener('input', () => inputs.push(el.value));
    el.focus();
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('input'));
    await sendKeys({ type: 'ana@x.com' });
    expect(el.value).to.equal('ana@x.com');
    expect(inputs.at(-1)).to.equal('ana@x.com');
    setTimeout(() => void sendKeys({ press: 'Tab' }));
    await oneEvent(el, 'change');
  });

  it('counts characters of a textarea with maxlength, for sight and for screen readers', async () => {
    const el = await fixture<MeField>(html`<me-field label="Descrição" type="textarea" maxlength="2000" value="Erro"></me-field>`);
    const control = el.shadowRoot!.querySelector('textarea')!;
    expect(control.maxLength).to.equal(2000);
    const counter = el.shadowRoot!.querySelector('[part=counter]')!;
    expect(counter.querySelector('[aria-hidden=true]')!.textContent).to.equal('4/2.000');
    expect(description(control)).to.equal('4 de 2.000 caracteres');
    control.focus();
    await sendKeys({ type: ' 500' });
    await el.updateComplete;
    expect(counter.querySelector('.visually-hidden')!.textContent).to.equal('8 de 2.000 caracteres');
    await expect(el).to.be.accessible();
  });

  it('renders a select with an empty first choice, and other native types', async () => {
    const el = await fixture<MeField>(html`<me-field label="Prioridade" type="select" value="high"
      .options=${[{ value: 'low', label: 'Baixa' }, { value: 'high', label: 'Alta' }]}></me-field>`);
    const select = el.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['Selecione…', 'Baixa', 'Alta']);
    expect(select.value).to.equal('high');
    await expect(el).to.be.accessible();
    for (const type of ['tel', 'number', 'date'] as const) {
      const field = await fixture<MeField>(html`<me-field label="Campo" type=${type}></me-field>`);
      expect(field.shadowRoot!.querySelector('input')!.type).to.equal(type);
    }
  });

  it('takes part in a native form: submits name=value and Enter submits', async () => {
    const form = await mount<HTMLFormElement>(html`<form><me-field label="Assunto" name="subject" value="Nota fiscal"></me-field></form>`);
    const field = form.querySelector('me-field')!;
    await field.updateComplete;
    expect(new FormData(form).get('subject')).to.equal('Nota fiscal');
    const submitted = new Promise<void>((resolve) => form.addEventListener('submit', (e) => { e.preventDefault(); resolve(); }));
    field.focus();
    await sendKeys({ press: 'Enter' });
    await submitted;
  });

  it('speaks English', async () => {
    const el = await renderInLocale<MeField>('en', html`<me-field label="Description" type="textarea" maxlength="100"></me-field>`);
    await waitForText(el, '0 of 100 characters');
  });
});
