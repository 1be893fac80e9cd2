import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/form/submit-button.js';
import type { MeSubmitButton } from '../../src/ui/form/submit-button.js';
import { deepActiveElement } from '../helpers/portal.js';
import { mount } from './render.js';

describe('<me-submit-button>', () => {
  it('submits the form it sits in, by click and by keyboard', async () => {
    const form = await mount<HTMLFormElement>(html`<form><me-submit-button>Enviar</me-submit-button></form>`);
    let submits = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); submits++; });
    const el = form.querySelector('me-submit-button')!;
    el.shadowRoot!.querySelector('button')!.click();
    el.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: ' ' });
    expect(submits).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('while pending: aria-disabled and aria-busy, keeps focus, announces and swallows clicks', async () => {
    const form = await mount<HTMLFormElement>(html`<form><me-submit-button>Enviar</me-submit-button></form>`);
    let submits = 0;
    form.addEventListener('submit', (e) => { e.preventDefault(); submits++; });
    const el = form.querySelector('me-submit-button')!;
    const clicks: Event[] = [];
    el.addEventListener('click', (e) => clicks.push(e));
    el.focus();
    el.pending = true;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    expect(deepActiveElement()).to.equal(button);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Enviando…');
    button.click();
    await sendKeys({ press: 'Enter' });
    expect(submits).to.equal(0);
    expect(clicks).to.have.length(0);
    await expect(el).to.be.accessible();
    el.pending = false;
    await el.updateComplete;
    button.click();
    expect(submits).to.equal(1);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('');
  });

  it('outside a form, its click reaches the host; disabled is a real disabled button', async () => {
    const el = await fixture<MeSubmitButton>(html`<me-submit-button variant="danger">Excluir</me-submit-button>`);
    let clicks = 0;
    el.addEventListener('click', () => clicks++);
    el.shadowRoot!.querySelector('button')!.click();
    expect(clicks).to.equal(1);
    el.disabled = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.disabled).to.be.true;
  });
});
