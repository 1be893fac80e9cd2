import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/toast.js';
import { announce, showToast, type MeToastRegion } from '../../src/ui/toast.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { mount, renderInLocale } from './render.js';

const toasts = (region: MeToastRegion) => [...region.shadowRoot!.querySelectorAll<HTMLElement>('[part=toast]')];
const live = (region: MeToastRegion, role: 'status' | 'alert') => textOf(region.shadowRoot!.querySelector(`[role=${role}]`)!).trim();

describe('<me-toast-region>', () => {
  useMockApi();

  it('shows a success toast with icon and text, announces it politely and dismisses it after its duration', async () => {
    const region = await fixture<MeToastRegion>(html`<me-toast-region duration="150"></me-toast-region>`);
    region.show({ message: 'Solicitação 1234567 criada.', variant: 'success' });
    await region.updateComplete;
    const [toast] = toasts(region);
    expect(toast!.dataset.variant).to.equal('success');
    expect(toast!.querySelector('svg[aria-hidden=true]')).to.exist;
    expect(textOf(toast!)).to.contain('Sucesso: Solicitação 1234567 criada.');
    expect(live(region, 'status')).to.equal('Sucesso: Solicitação 1234567 criada.');
    expect(live(region, 'alert')).to.equal('');
    const dismissed = oneEvent(region, 'me-toast-dismiss');
    await expect(region).to.be.accessible();
    const { detail } = await dismissed;
    expect(detail.reason).to.equal('timeout');
    await region.updateComplete;
    expect(toasts(region)).to.have.length(0);
  });

  it('keeps an error until it is dismissed, and announces it assertively', async () => {
    const region = await fixture<MeToastRegion>(html`<me-toast-region duration="50"></me-toast-region>`);
    region.show({ message: 'Não foi possível anexar o arquivo.', variant: 'error' });
    await region.updateComplete;
    expect(live(region, 'alert')).to.equal('Erro: Não foi possível anexar o arquivo.');
    await new Promise((r) => setTimeout(r, 150));
    expect(toasts(region)).to.have.length(1);
    const dismiss = region.shadowRoot!.querySelector<HTMLButtonElement>('[part=dismiss]')!;
    expect(dismiss.getAttribute('aria-label')).to.equal('Fechar notificação');
    await expect(region).to.be.accessible();
    setTimeout(() => dismiss.click());
    expect((await oneEvent(region, 'me-toast-dismiss')).detail.reason).to.equal('dismiss');
  });

  it('pauses auto-dismiss while a toast has keyboard focus, and moves focus to the next toast on dismiss', async () => {
    const page = await mount<HTMLElement>(html`<div><button>antes</button><me-toast-region duration="100"></me-toast-region></div>`);
    const region = page.querySelector('me-toast-region')!;
    region.show({ message: 'Primeiro', variant: 'info' });
    region.show({ message: 'Segundo', variant: 'info' });
    await region.updateComplete;
    const [first, second] = region.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=dismiss]');
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' }); // keyboard focus (a script's focus() fires no events in a background test page)
    expect(deepActiveElement()).to.equal(first);
    await new Promise((r) => setTimeout(r, 200));
    expect(toasts(region)).to.have.length(2);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === second);
    expect(toasts(region)).to.have.length(1);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => toasts(region).length === 0, 'resumed and dismissed', { timeout: 2000 });
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
