import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/licenses/define.js';
import type { MeLicenses } from '../../../src/modules/licenses/me-licenses.js';
import { HOSTILE_SNIPPETS, PROBLEM_BASE } from '../../../src/mocks/index.js';
import { click, useMouse } from '../../helpers/input.js';
import { FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { acceptEulaInDb, paths, part, renderLicenses } from './helpers.js';

const eulaNotAccepted = { type: `${PROBLEM_BASE}eula-not-accepted`, title: 'EULA não aceito', status: 409, detail: 'Uma nova versão do EULA foi publicada.' };

function expectInert(root: ParentNode): void {
  expect(root.querySelector('script, iframe')).to.equal(null);
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      expect(attr.name.startsWith('on'), `${el.localName} keeps ${attr.name}`).to.equal(false);
      expect(attr.value.replace(/\s/g, '').toLowerCase()).not.to.contain('javascript:');
    }
  }
}

describe('<me-licenses>: EULA gate, member view, states', () => {
  const api = useMockApi();
  useMouse();
  let alerts: unknown[];
  const realAlert = window.alert;
  beforeEach(() => { alerts = []; window.alert = (m?: unknown) => { alerts.push(m); }; });
  afterEach(() => { window.alert = realAlert; });

  it('shows the EULA (version, country, text) and nothing else until it is accepted with one POST and an Idempotency-Key', async () => {
    const { licenses } = await renderLicenses();
    await networkIdle();
    expect(sent('GET', paths.licenses), 'no list before the acceptance (it would answer 409)').to.have.length(0);
    await waitForText(licenses, 'Li e aceito');
    const gate = part(licenses, 'me-licenses-eula')!;
    await waitUntil(() => gate.shadowRoot!.querySelector('[part~=content] h2'), 'EULA text never rendered');
    expect(textOf(gate)).to.contain(FACTS.eulaVersion);
    expect(textOf(gate)).to.contain('Brasil');
    expect(part(licenses, 'me-tabs')).to.equal(null);
    expect(sent('GET', paths.installations)).to.have.length(0);
    // accepting without the checkbox sends nothing and says why
    await click(gate.shadowRoot!.querySelector('button[type=submit]')!);
    await waitForText(gate, 'Marque "Li e aceito"');
    expect(sent('POST', paths.acceptance)).to.have.length(0);
    await click(gate.shadowRoot!.querySelector('#agree')!);
    await click(gate.shadowRoot!.querySelector('button[type=submit]')!);
    await waitUntil(() => part(licenses, 'me-tabs'), 'the tabs never came after the acceptance');
    await waitForText(licenses, 'Protheus — Usuário Full');
    const posts = sent('POST', paths.acceptance);
    expect(posts).to.have.length(1);
    expect(await posts[0]!.json()).to.deep.equal({ version: FACTS.eulaVersion });
    expect(posts[0]!.headers.get('Idempotency-Key')).to.match(/^[0-9a-f-]{36}$/);
  });

  it('keeps the EULA\'s hostile HTML inert (no script, no handler, nothing ran)', async () => {
    injectFault({ method: 'GET', path: paths.eula, body: { version: '2027.1', country: 'MX', contentHtml: `<p>Contrato</p>${HOSTILE_SNIPPETS.join('')}`, acceptance: null } });
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Texto com atributos maliciosos');
    const content = part(licenses, 'me-licenses-eula')!.shadowRoot!.querySelector('[part~=content]')!;
    expectInert(content);
    expect(textOf(part(licenses, 'me-licenses-eula')!)).to.contain('México');
    await new Promise((r) => setTimeout(r, 100));
    expect(alerts).to.deep.equal([]);
  });

  it('brings the gate back on a later 409 eula-not-accepted (a new version published meanwhile)', async () => {
    acceptEulaInDb(api().db);
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Protheus — Usuário Full');
    injectFault({ method: 'GET', path: paths.installations, status: 409, body: eulaNotAccepted });
    const tab = part(licenses, 'me-tabs')!.shadowRoot!.querySelector<HTMLElement>('[role=tab]:nth-of-type(2)')!;
    await click(tab);
    await waitForText(licenses, 'Uma nova versão do contrato de licença foi publicada');
    expect(part(licenses, 'me-tabs')).to.equal(null);
    const gate = part(licenses, 'me-licenses-eula')!;
    await click(gate.shadowRoot!.querySelector('#agree')!);
    await click(gate.shadowRoot!.querySelector('button[type=submit]')!);
    await waitForText(licenses, 'Produção — Matriz São Paulo');
    expect(sent('POST', paths.acceptance)).to.have.length(1);
    expect(sent('GET', paths.eula).length).to.equal(2); // the first load and the one after the 409
  });

  it('tells a member who the admins are (names, mailto links) and asks for no licence data', async () => {
    const { licenses } = await renderLicenses({ token: FACTS.tokens.member });
    await waitUntil(() => part(licenses, 'me-admins-notice'), 'no admins notice');
    const notice = part(licenses, 'me-admins-notice')!;
    await waitUntil(() => notice.shadowRoot!.querySelector('a[href^="mailto:"]'), 'no admin named');
    expect(notice.shadowRoot!.querySelectorAll('li').length).to.be.greaterThan(0);
    await networkIdle();
    expect(sent('GET', /\/contacts$/)[0]!.url).to.contain('role=admin');
    expect(sent('GET', paths.licenses)).to.have.length(0);
    expect(sent('GET', paths.installations)).to.have.length(0);
    expect(sent('GET', paths.messages)).to.have.length(0);
    expect(textOf(licenses)).not.to.contain('Protheus');
  });

  it('shows loading while the EULA is on its way', async () => {
    injectFault({ method: 'GET', path: paths.eula, delayMs: 1500 });
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Carregando');
    expect(licenses.shadowRoot!.querySelector('[role=status][aria-busy=true]')).to.exist;
  });

  it('shows an error with a retry that works (EULA 500)', async () => {
    injectFault({ method: 'GET', path: paths.eula, status: 500 });
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Tentar novamente');
    await click(licenses.shadowRoot!.querySelector('[part~=retry]')!);
    await waitForText(licenses, 'Li e aceito');
    expect(sent('GET', paths.eula)).to.have.length(2);
  });

  it('shows the licence list\'s error with a retry, and a timeout as one', async () => {
    acceptEulaInDb(api().db);
    injectFault({ method: 'GET', path: paths.licenses, status: 503, times: 4 });
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Tentar novamente', 12000);
    await click(licenses.shadowRoot!.querySelector('[part~=retry]')!);
    await waitForText(licenses, 'Protheus — Usuário Full');
  });

  it('says a request timed out', async () => {
    acceptEulaInDb(api().db);
    injectFault({ method: 'GET', path: paths.licenses, delayMs: 3000, times: 4 });
    const { licenses } = await renderLicenses({ timeout: 300 });
    await waitForText(licenses, 'Tentar novamente', 12000);
    expect(licenses.shadowRoot!.querySelector('[data-kind=error]')).to.exist;
  });

  it('shows the empty state when there are no licences', async () => {
    acceptEulaInDb(api().db);
    injectFault({ method: 'GET', path: paths.licenses, body: { items: [], page: 1, pageSize: 500, total: 0 } });
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Nenhuma licença contratada.');
  });

  it('names the bad field of a malformed licence list', async () => {
    acceptEulaInDb(api().db);
    injectFault({ method: 'GET', path: paths.licenses, body: { items: [{ id: 'x', name: 'Sem produto' }], page: 1, pageSize: 500, total: 1 } });
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Tentar novamente');
    expect(textOf(licenses)).to.match(/items\.0\.\w+/);
  });

  it('shows no-permission (the admins) when the list answers 403', async () => {
    acceptEulaInDb(api().db);
    injectFault({ method: 'GET', path: paths.licenses, status: 403 });
    const { licenses } = await renderLicenses();
    await waitUntil(() => part(licenses, 'me-admins-notice'), 'no admins notice on 403');
  });

  it('explains the configuration outside a portal', async () => {
    const el = await fixture<MeLicenses>(html`<me-licenses></me-licenses>`);
    await waitForText(el, 'me-portal');
    expect(el.shadowRoot!.querySelector('[data-kind=misconfigured]')).to.exist;
  });

  it('speaks English and Spanish', async () => {
    acceptEulaInDb(api().db);
    const { licenses } = await renderLicenses({ locale: 'en' });
    await waitForText(licenses, 'Licence management');
    await waitForText(licenses, 'distributed');
    await waitForText(part(licenses, 'me-tabs')!, 'Installations');
    const es = await renderLicenses({ locale: 'es' });
    await waitForText(es.licenses, 'Gestión de licencias');
    await waitForText(es.licenses, 'distribuidas');
  });

  it('starts the EULA with /v1/me and the licences once it answered accepted; the unread count waits for the first view', async () => {
    acceptEulaInDb(api().db);
    injectFault({ method: 'GET', path: '/v1/me', delayMs: 4000 });
    injectFault({ method: 'GET', path: paths.eula, delayMs: 300 });
    const { licenses } = await renderLicenses({ organizationId: FACTS.orgs.a });
    await waitUntil(() => sent('GET', paths.eula).length === 1, 'the EULA did not start with /v1/me', { timeout: 1000 });
    expect(sent('GET', paths.licenses), 'the licences went before the EULA answered').to.have.length(0);
    await waitUntil(() => sent('GET', paths.licenses).length === 1, 'the licences did not start before /v1/me answered', { timeout: 3000 });
    expect(sent('GET', paths.messages)).to.have.length(0);
    await waitForText(licenses, 'Protheus — Usuário Full');
    await networkIdle();
    expect(sent('GET', paths.messages)).to.have.length(1);
    expect(sent('GET', paths.installations)).to.have.length(0);
    const tabs = part(licenses, 'me-tabs')!;
    await waitForText(tabs, '3');
  });

  it('is accessible (gate and licences)', async () => {
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Li e aceito');
    await expect(licenses).to.be.accessible();
    acceptEulaInDb(api().db);
    const second = await renderLicenses({ organizationId: FACTS.orgs.a });
    await waitForText(second.licenses, 'Protheus — Usuário Full');
    await expect(second.licenses).to.be.accessible();
  });

  it('selects tabs with the keyboard and tells the shell (deep link)', async () => {
    acceptEulaInDb(api().db);
    const { licenses } = await renderLicenses();
    await waitForText(licenses, 'Protheus — Usuário Full');
    const changes: string[] = [];
    licenses.addEventListener('me-licenses-tab-change', (e) => changes.push(e.detail.tab));
    part(licenses, 'me-tabs')!.shadowRoot!.querySelector<HTMLElement>('[role=tab][aria-selected=true]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitForText(licenses, 'Produção — Matriz São Paulo');
    expect(changes).to.deep.equal(['installations']);
  });
});
