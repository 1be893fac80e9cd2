/**
 * Leaving a wrong field for the submit button with the mouse: the press focuses the button, the
 * field's error must not appear in between (it would grow the form, move the button from under the
 * pointer, and the click would land on the form instead: nothing sent, nothing said).
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import * as z from 'zod/mini';
import { MeElement } from '../../src/core/element.js';
import '../../src/ui/form/index.js';
import { FormController, type SubmitResult } from '../../src/ui/form/form-controller.js';
import type { MeField } from '../../src/ui/form/field.js';
import { click, useMouse } from '../helpers/input.js';
import { useMockApi } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

class TestPressForm extends MeElement {
  readonly form = new FormController(this, { schema: z.object({ code: z.string().check(z.minLength(5)), note: z.optional(z.string()) }) });
  results: Array<SubmitResult<unknown>> = [];

  protected override render() {
    return html`<form novalidate @submit=${this.#submit}>
      <me-field label="Código" hint="Cinco letras ou mais." ${this.form.field('code')}></me-field>
      <me-field label="Nota" ${this.form.field('note')}></me-field>
      <me-submit-button>Enviar</me-submit-button>
    </form>`;
  }

  #submit = async (event: Event) => {
    event.preventDefault();
    this.results.push(await this.form.submit(async () => 'sent'));
  };
}
customElements.define('test-press-form', TestPressForm);

describe('FormController: a field left for the submit button', () => {
  useMockApi();
  useMouse();

  it('a mouse click on "Enviar" right after typing a wrong value submits (and then shows the error)', async () => {
    const host = await renderInLocale<TestPressForm>('pt-BR', html`<test-press-form></test-press-form>`);
    const code = host.shadowRoot!.querySelector<MeField>('me-field[name=code]')!;
    await click(code.shadowRoot!.querySelector('input')!);
    await sendKeys({ type: 'abc' });
    await click(host.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!);
    await waitUntil(() => host.results.length === 1, 'the click never submitted the form');
    expect(host.results[0]!.ok).to.equal(false);
    await waitUntil(() => code.error);
    expect(code.error).to.equal('Use pelo menos 5 caracteres.');
  });

  it('leaving for another field still shows the error at once', async () => {
    const host = await renderInLocale<TestPressForm>('pt-BR', html`<test-press-form></test-press-form>`);
    const code = host.shadowRoot!.querySelector<MeField>('me-field[name=code]')!;
    await click(code.shadowRoot!.querySelector('input')!);
    await sendKeys({ type: 'abc' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => code.error, 'no error after leaving the field');
    expect(host.results).to.have.length(0);
  });
});
