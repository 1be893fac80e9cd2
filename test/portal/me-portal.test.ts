import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/modules/company/define.js';
import '../../src/portal/me-admins-notice.js';
import { define } from '../../src/core/define.js';
import { MePortal } from '../../src/portal/me-portal.js';
import { FACTS, injectFault, renderPortal, sent, textOf, useMockApi, waitForText } from '../helpers/portal.js';

describe('<me-portal>', () => {
  useMockApi();

  it('provides its context to nested widgets, which render server data', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><div><section><me-company></me-company></section></div></me-portal>`);
    await waitForText(portal, 'Metalúrgica Paulista');
    expect(textOf(portal)).to.contain('T45871');
    const [me] = sent('GET', '/v1/me');
    expect(me!.headers.get('Authorization')).to.equal('Bearer demo-token');
    expect(me!.headers.get('Accept-Language')).to.equal('pt-BR');
  });

  it('loads /v1/me once and the same resource once, however many widgets ask', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <me-company></me-company><me-company></me-company><me-admins-notice></me-admins-notice>
    </me-portal>`);
    await waitForText(portal, 'Carlos');
    await waitUntil(() => textOf(portal).split('T45871').length === 3, 'both companies never showed their code', { timeout: 4000 });
    expect(sent('GET', '/v1/me')).to.have.length(1);
    expect(sent('GET', `/v1/organizations/${FACTS.orgs.a}`)).to.have.length(1);
  });

  it('uses the user default organization, then organization-id, and announces each change', async () => {
    const el = await fixture<MePortal>(html`<me-portal api-base="/api" token="demo-token"><me-company></me-company></me-portal>`);
    const first = await oneEvent(el, 'me-organization-change');
    expect(first.detail).to.deep.equal({ organizationId: FACTS.orgs.a, previousOrganizationId: undefined });
    await waitForText(el, 'Metalúrgica Paulista');
    el.organizationId = FACTS.orgs.b;
    const second = await oneEvent(el, 'me-organization-change');
    expect(second.detail).to.deep.equal({ organizationId: FACTS.orgs.b, previousOrganizationId: FACTS.orgs.a });
    await waitForText(el, 'Sabor do Sul');
    expect(sent('GET', '/v1/me')).to.have.length(1);
  });

  it('lets locale win over the user language, for strings and Accept-Language', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale="en"><me-company></me-company></me-portal>`);
    await waitForText(portal, 'Organization code');
    expect(sent('GET', `/v1/organizations/${FACTS.orgs.a}`)[0]!.headers.get('Accept-Language')).to.equal('en');
    portal.locale = 'es';
    await waitForText(portal, 'Código de la organización');
    await waitUntil(() => sent().some((r) => r.headers.get('Accept-Language') === 'es'), 'no request in es after the switch');
  });

  it('a token or provider set right after the element is inserted (as Angular binds) is on the first /v1/me: no 401 round trip', async () => {
    const host = await fixture(html`<div></div>`);
    const portal = document.createElement('me-portal') as MePortal;
    portal.apiBase = '/api';
    portal.append(document.createElement('me-company'));
    host.append(portal);
    // the framework's bindings, in the same task as the insertion
    let asked = 0;
    portal.tokenProvider = async () => { asked += 1; return 'demo-token'; };
    await waitForText(portal.querySelector('me-company')!, 'T45871');
    const sessions = sent('GET', '/v1/me');
    expect(sessions, 'one /v1/me').to.have.length(1);
    expect(sessions[0]!.headers.get('Authorization')).to.equal('Bearer demo-token');
    expect(asked, 'the provider asked once, before the first request').to.equal(1);
    const inserted = document.createElement('me-portal') as MePortal;
    inserted.apiBase = '/api';
    host.append(inserted);
    inserted.token = FACTS.tokens.member;
    await waitUntil(() => sent('GET', '/v1/me').length === 2, 'the second portal never asked for /v1/me');
    expect(sent('GET', '/v1/me')[1]!.headers.get('Authorization')).to.equal(`Bearer ${FACTS.tokens.member}`);
  });

  it('asks the token provider before the first request when there is no token', async () => {
    let asked = 0;
    const portal = await fixture<MePortal>(html`<me-portal api-base="/api" .tokenProvider=${async () => { asked += 1; return 'demo-token'; }}><me-company></me-company></me-portal>`);
    await waitForText(portal, 'Metalúrgica Paulista');
    expect(asked).to.equal(1);
    expect(sent('GET', '/v1/me')[0]!.headers.get('Authorization')).to.equal('Bearer demo-token');
  });

  it('refreshes an expired token once through the provider and carries on', async () => {
    let asked = 0;
    const portal = await fixture<MePortal>(html`<me-portal api-base="/api" token=${FACTS.tokens.expired} .tokenProvider=${async () => { asked += 1; return 'demo-token'; }}>
      <me-company></me-company><me-admins-notice></me-admins-notice></me-portal>`);
    await waitForText(portal, 'Metalúrgica Paulista');
    expect(asked).to.equal(1);
    expect(sent('GET', '/v1/me').map((r) => r.headers.get('Authorization'))).to.deep.equal([`Bearer ${FACTS.tokens.expired}`, 'Bearer demo-token']);
  });

  it('emits me-session-expired and shows it when the token is rejected with no way to renew it', async () => {
    const el = await fixture<MePortal>(html`<me-portal api-base="/api" token=${FACTS.tokens.expired}><me-company></me-company></me-portal>`);
    const event = await oneEvent(el, 'me-session-expired');
    expect(event.detail.error.status).to.equal(401);
    await waitForText(el, 'Sua sessão expirou');
    el.token = 'demo-token'; // the host signs the user in again
    await waitForText(el, 'Metalúrgica Paulista');
  });

  it('emits me-error for a failed request and the widget offers a retry', async () => {
    injectFault({ method: 'GET', path: `/v1/organizations/${FACTS.orgs.a}`, status: 500 });
    const el = await fixture<MePortal>(html`<me-portal api-base="/api" token="demo-token"><me-company></me-company></me-portal>`);
    const event = await oneEvent(el, 'me-error');
    expect(event.detail.error.status).to.equal(500);
    await waitForText(el, 'Tentar novamente');
  });

  it('shows the session error with a retry when /v1/me fails', async () => {
    injectFault({ method: 'GET', path: '/v1/me', status: 500 });
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-company></me-company></me-portal>`);
    await waitForText(portal, 'Não foi possível carregar os dados.');
    const company = portal.querySelector('me-company')!;
    company.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitForText(portal, 'Metalúrgica Paulista');
    expect(sent('GET', '/v1/me')).to.have.length(2);
  });

  it('tells a widget placed outside any portal how to configure it', async () => {
    const company = await fixture(html`<me-company></me-company>`);
    await waitForText(company, 'Componente não configurado');
    expect(company.shadowRoot!.querySelector('[role=alert]')).to.exist;
    expect(sent()).to.have.length(0);
  });

  it('does not throw when an element is registered twice, and warns on a version clash', () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      define('me-portal', MePortal);
      define('me-portal', class extends MePortal {});
      expect(warnings).to.have.length(0);
      define('me-portal', class extends MePortal {}, '9.9.9');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('9.9.9').and.contain('0.1.0');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('me-portal')).to.equal(MePortal);
  });

  it('applies the dark theme to every widget through inherited tokens', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" theme="dark"><me-company></me-company></me-portal>`);
    await waitForText(portal, 'Metalúrgica Paulista');
    const card = portal.querySelector('me-company')!.shadowRoot!.querySelector('.card')!;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(20, 25, 30)');
    portal.theme = 'light';
    await portal.updateComplete;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('is accessible with widgets inside', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-company></me-company></me-portal>`);
    await waitForText(portal, 'Metalúrgica Paulista');
    await expect(portal).to.be.accessible();
  });

  it('times out a request that never answers and lets the user retry', async function () {
    this.timeout(15000);
    injectFault({ method: 'GET', path: `/v1/organizations/${FACTS.orgs.a}`, delayMs: 5000, times: 4 });
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" timeout="150"><me-company></me-company></me-portal>`);
    await waitForText(portal, 'O servidor demorou demais para responder', 10000);
    expect(sent('GET', `/v1/organizations/${FACTS.orgs.a}`)).to.have.length(4); // 1 + 3 retries
    portal.querySelector('me-company')!.shadowRoot!.querySelector<HTMLButtonElement>('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitForText(portal, 'Metalúrgica Paulista');
  });
});
