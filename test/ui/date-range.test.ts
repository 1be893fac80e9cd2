import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/toolbar/date-range.js';
import type { MeDateRange, MeDateRangeChangeEvent } from '../../src/ui/toolbar/date-range.js';
import { textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

function changes(el: Element) {
  const seen: Array<{ from: string; to: string }> = [];
  el.addEventListener('change', (e) => {
    if (e instanceof CustomEvent) seen.push((e as MeDateRangeChangeEvent).detail);
  });
  return seen;
}

/** What a user does in a native date input: pick a date, which fires `change`. */
function pick(input: HTMLInputElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

describe('<me-date-range>', () => {
  useMockApi();

  it('is a labelled group of two labelled date inputs', async () => {
    const el = await fixture<MeDateRange>(html`<me-date-range></me-date-range>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('legend')!.textContent).to.equal('Período');
    expect(root.querySelector('label[for=from]')!.textContent).to.equal('De');
    expect(root.querySelector('label[for=to]')!.textContent).to.equal('Até');
    expect(root.querySelectorAll('input[type=date]')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('fires change with both dates as YYYY-MM-DD', async () => {
    const el = await fixture<MeDateRange>(html`<me-date-range></me-date-range>`);
    const seen = changes(el);
    const [from, to] = el.shadowRoot!.querySelectorAll('input');
    pick(from!, '2026-03-01');
    pick(to!, '2026-03-31');
    expect(seen).to.deep.equal([{ from: '2026-03-01', to: '' }, { from: '2026-03-01', to: '2026-03-31' }]);
    await el.updateComplete;
    expect(to!.min).to.equal('2026-03-01');
    expect(from!.max).to.equal('2026-03-31');
  });

  it('accepts a date typed with the keyboard', async () => {
    const el = await fixture<MeDateRange>(html`<me-date-range></me-date-range>`);
    const seen = changes(el);
    el.shadowRoot!.querySelector<HTMLInputElement>('#from')!.focus();
    await sendKeys({ type: '05022026' }); // day and month order follow the browser's own locale
    expect(seen.at(-1)?.from).to.match(/^2026-0[25]-0[25]$/);
  });

  it('refuses a start after the end with an inline message tied to the inputs, and no change', async () => {
    const el = await fixture<MeDateRange>(html`<me-date-range from="2026-03-10"></me-date-range>`);
    const seen = changes(el);
    const to = el.shadowRoot!.querySelector<HTMLInputElement>('#to')!;
    pick(to, '2026-03-01');
    await el.updateComplete;
    expect(el.invalid).to.be.true;
    expect(seen).to.deep.equal([]);
    const error = el.shadowRoot!.querySelector('#error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(textOf(error).trim()).to.equal('A data inicial deve ser igual ou anterior à data final.');
    expect(to.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.getElementById(to.getAttribute('aria-describedby')!)).to.equal(error);
    await expect(el).to.be.accessible();
    pick(to, '2026-03-20');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#error')).to.be.null;
    expect(seen).to.deep.equal([{ from: '2026-03-10', to: '2026-03-20' }]);
  });

  it('speaks English', async () => {
    const el = await renderInLocale<MeDateRange>('en', html`<me-date-range from="2026-03-10" to="2026-03-01"></me-date-range>`);
    await waitForText(el, 'The start date must be on or before the end date.');
    expect(textOf(el)).to.contain('Period');
  });
});
