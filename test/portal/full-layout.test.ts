import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { modules } from '../../src/modules/registry.js';
import type { MePortal } from '../../src/portal/me-portal.js';
import { deepActiveElement, deepQuery, FACTS, sent, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { memoryServices } from '../helpers/browser.js';

class SecretModule extends LitElement {
  override render() { return html`<p>Área secreta dos administradores</p>`; }
}

describe('<me-portal layout="full">', () => {
  useMockApi();
  before(() => {
    modules.push({
      id: 'secret',
      tag: 'me-test-secret',
      adminOnly: true,
      label: { 'pt-BR': 'Área restrita', en: 'Restricted', es: 'Restringido' },
      load: async () => { if (!customElements.get('me-test-secret')) customElements.define('me-test-secret', SecretModule); },
    });
  });
  after(() => { modules.splice(modules.findIndex((m) => m.id === 'secret'), 1); });

  async function renderFull(token = 'demo-token', hash = '/company') {
    const services = memoryServices(hash);
    const portal = await fixture<MePortal>(html`<me-portal api-base="/api" token=${token} layout="full" .services=${services}></me-portal>`);
    await waitUntil(() => portal.shadowRoot!.querySelector('me-portal-layout')?.shadowRoot?.querySelector('nav'), 'the full layout never rendered', { timeout: 4000 });
    return { portal, services, layout: portal.shadowRoot!.querySelector('me-portal-layout')! };
  }

  it('lists the modules that exist in the menu’s order, opens "Minhas solicitações" by default and loads a module’s code only when its view opens', async function () {
    this.timeout(30000);
    expect(customElements.get('me-company')).to.equal(undefined);
    expect(customElements.get('me-tickets')).to.equal(undefined);
    const { layout } = await renderFull('demo-token', '');
    const items = [...layout.shadowRoot!.querySelectorAll('nav a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    // the registry's order (TOTVS's menu), admin-only items marked; the view without a hash is the tickets
    expect(items.slice(0, modules.length)).to.deep.equal(modules.map((m) => (m.adminOnly ? `${m.label['pt-BR']} AdminSomente administradores` : m.label['pt-BR'])));
    expect(items.slice(0, 2)).to.deep.equal(['Meu perfil', 'Administração dos contatos AdminSomente administradores']);
    expect(layout.shadowRoot!.querySelector('a[aria-current=page]')!.textContent).to.contain('Minhas solicitações');
    await waitUntil(() => customElements.get('me-tickets'), 'the tickets module never loaded', { timeout: 15000 });
    expect(customElements.get('me-company')).to.equal(undefined);
    layout.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#/company"]')!.click();
    await waitForText(layout, 'T45871', 10000);
    expect(customElements.get('me-company')).to.not.equal(undefined);
    expect(customElements.get('me-test-secret')).to.equal(undefined);
  });

  it('opens the view named by the URL hash and follows hash changes', async () => {
    const { portal, services, layout } = await renderFull('demo-token', '/secret');
    await waitForText(layout, 'Área secreta dos administradores');
    const navigate = oneEvent(portal, 'me-navigate');
    (services as unknown as { go(hash: string): void }).go('/company');
    expect((await navigate).detail).to.deep.include({ view: 'company', hash: '/company' });
    await waitForText(layout, 'Metalúrgica Paulista');
    expect(layout.shadowRoot!.querySelector('a[aria-current=page]')!.textContent).to.contain('Dados cadastrais');
  });

  it('navigates from the menu by keyboard and writes the hash', async () => {
    const { services, layout } = await renderFull();
    await waitForText(layout, 'Metalúrgica Paulista');
    const secret = layout.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#/secret"]')!;
    secret.focus();
    expect(deepActiveElement()).to.equal(secret);
    await sendKeys({ press: 'Enter' });
    await waitForText(layout, 'Área secreta dos administradores');
    expect(services.pushes).to.deep.equal(['/secret']);
  });

  it('keeps admin-only items for members, marked, and opening one names the admins', async () => {
    const { layout } = await renderFull(FACTS.tokens.member, '/secret');
    const item = layout.shadowRoot!.querySelector('a[href="#/secret"]')!;
    expect(textOf(item)).to.contain('Somente administradores');
    await waitForText(layout, 'Esta área é exclusiva dos administradores');
    await waitForText(layout, 'Ana Beatriz Carvalho');
    expect(textOf(layout)).to.not.contain('Área secreta dos administradores');
    expect(customElements.get('me-test-secret') === undefined || !deepQuery(layout, 'me-test-secret')).to.equal(true);
    expect(sent('GET', `/v1/organizations/${FACTS.orgs.a}/contacts`)[0]!.url).to.contain('role=admin');
  });

  it('switches organization from the header and re-renders the view', async () => {
    const { portal, layout } = await renderFull();
    await waitForText(layout, 'Metalúrgica Paulista');
    const select = layout.shadowRoot!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Metalúrgica Paulista S.A.', 'Rede Sabor do Sul Alimentos']);
    const change = oneEvent(portal, 'me-organization-change');
    select.value = FACTS.orgs.b;
    select.dispatchEvent(new Event('change'));
    expect((await change).detail.organizationId).to.equal(FACTS.orgs.b);
    await waitForText(layout, 'Sabor do Sul');
    expect(portal.organizationId).to.equal(FACTS.orgs.b);
  });

  it('is accessible', async () => {
    const { portal, layout } = await renderFull();
    await waitForText(layout, 'Metalúrgica Paulista');
    await expect(portal).to.be.accessible();
  });
});
