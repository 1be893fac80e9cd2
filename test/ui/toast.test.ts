import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/toast.js';
import { announce, showToast, type MeToastRegion } from '../../src/ui/toast.js';
import { holdTimers, restoreTimers } from '../helpers/clock.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { mount, renderInLocale } from './render.js';

const toasts = (region: MeToastRegion) => [...region.shadowRoot!.querySelectorAll<HTMLElement>('[part=toast]')];
const live = (region: MeToastRegion, role: 'status' | 'alert') => textOf(region.shadowRoot!.querySelector(`[role=${role}]`)!).trim();

describe('<me-toast-region>', () => {
  useMockApi();
  afterEach(() => restoreTimers());

  it('shows a success toast with icon and text, announces it politely and dismisses it after its duration', async () => {
    const region = await fixture<MeToastRegion>(html`<me-toast-region duration="150"></me-toast-region>`);
    const clock = holdTimers((ms) => ms === 150);
    region.show({ message: 'Solicitação 1234567 criada.', variant: 'success' });
    await region.updateComplete;
    const [toast] = toasts(region);
    expect(toast!.dataset.variant).to.equal('success');
    expect(toast!.querySelector('svg[aria-hidden=true]')).to.exist;
    expect(textOf(toast!)).to.contain('Sucesso: Solicitação 1234567 criada.');
    expect(live(region, 'status')).to.equal('Sucesso: Solicitação 1234567 criada.');
    expect(live(region, 'alert')).to.equal('');
    await expect(region).to.be.accessible();
    expect(clock.pending(), 'one timer of the region’s duration').to.deep.equal([150]);
    const dismissed: string[] = [];
    region.addEventListener('me-toast-dismiss', (e) => dismissed.push(e.detail.reason));
    await clock.advance(149);
    expect(toasts(region), 'still shown 1 ms before its duration').to.have.length(1);
    expect(dismissed).to.deep.equal([]);
    await clock.advance(1);
    expect(dismissed).to.deep.equal(['timeout']);
    await region.updateComplete;
    expect(toasts(region)).to.have.length(0);
  });

  it('keeps an error until it is dismissed, and announces it assertively', async () => {
    const region = await fixture<MeToastRegion>(html`<me-toast-region duration="50"></me-toast-region>`);
    const clock = holdTimers((ms) => ms > 0); // every timer the region might start
    region.show({ message: 'Não foi possível anexar o arquivo.', variant: 'error' });
    await region.updateComplete;
    expect(live(region, 'alert')).to.equal('Erro: Não foi possível anexar o arquivo.');
    await clock.advance(60_000); // far past the region's duration (50 ms) and the default (5 s)
    await region.updateComplete;
    expect(toasts(region), 'the error is still shown a minute later').to.have.length(1);
    clock.restore();
    const dismiss = region.shadowRoot!.querySelector<HTMLButtonElement>('[part=dismiss]')!;
    expect(dismiss.getAttribute('aria-label')).to.equal('Fechar notificação');
    await expect(region).to.be.accessible();
    setTimeout(() => dismiss.click());
    expect((await oneEvent(region, 'me-toast-dismiss')).detail.reason).to.equal('dismiss');
    await region.updateComplete;
    expect(toasts(region)).to.have.length(0);
  });

  it('pauses auto-dismiss while a toast has keyboard focus, and moves focus to the next toast on dismiss', async () => {
    const page = await mount<HTMLElement>(html`<div><button>antes</button><me-toast-region duration="100"></me-toast-region></div>`);
    const region = page.querySelector('me-toast-region')!;
    // the toasts' own timers: their duration, and the 1 s they get back when focus leaves
    const clock = holdTimers((ms) => ms === 100 || ms === 1000);
    region.show({ message: 'Primeiro', variant: 'info' });
    region.show({ message: 'Segundo', variant: 'info' });
    await region.updateComplete;
    expect(clock.pending()).to.deep.equal([100, 100]);
    const [first, second] = region.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=dismiss]');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' }); // keyboard focus (a script's focus() fires no events in a background test page)
    expect(deepActiveElement()).to.equal(first);
    expect(clock.pending(), 'focus stopped both timers').to.deep.equal([]);
    await clock.advance(5000);
    expect(toasts(region), 'nothing leaves while focused').to.have.length(2);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === second, 'focus did not move to the next toast', { timeout: 3000 }); // not 1000: that delay is held
    expect(toasts(region)).to.have.length(1);
    expect(clock.pending(), 'still paused: focus is on the next toast').to.deep.equal([]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement()).to.equal(page.querySelector('button'));
    expect(clock.pending(), 'focus left: the toast resumes with at least 1 s').to.deep.equal([1000]);
    await clock.advance(999);
    expect(toasts(region)).to.have.length(1);
    await clock.advance(1);
    await region.updateComplete;
    expect(toasts(region)).to.have.length(0);
  });

  it('announce() and showToast() reach the newest region; the same message twice is said twice', async () => {
    const region = await fixture<MeToastRegion>(html`<me-toast-region></me-toast-region>`);
    expect(announce('3 solicitações encontradas.')).to.be.true;
    announce('3 solicitações encontradas.');
    announce('Sessão expirando.', { politeness: 'assertive' });
    await region.updateComplete;
    expect(region.shadowRoot!.querySelectorAll('[role=status] p')).to.have.length(2);
    expect(live(region, 'alert')).to.equal('Sessão expirando.');
    expect(showToast('Salvo.')).to.be.a('number');
    await region.updateComplete;
    expect(toasts(region)).to.have.length(1);
    region.remove();
    expect(announce('ninguém ouve')).to.be.false;
    expect(showToast('ninguém vê')).to.equal(undefined);
  });

  it('speaks English', async () => {
    const region = await renderInLocale<MeToastRegion>('en', html`<me-toast-region></me-toast-region>`);
    await new Promise((r) => setTimeout(r, 50)); // the en catalog loads lazily
    region.show({ message: 'Ticket created.', variant: 'success' });
    await waitForText(region, 'Success: Ticket created.');
    expect(region.shadowRoot!.querySelector('[part=dismiss]')!.getAttribute('aria-label')).to.equal('Dismiss notification');
  });
});
