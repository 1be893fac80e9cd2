import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextConsumer } from '@lit/context';
import '../../../src/modules/profile/define.js';
import '../../../src/modules/company/define.js';
import { portalContext, type PortalContext } from '../../../src/core/context.js';
import type { MeProfile } from '../../../src/modules/profile/me-profile.js';
import type { MeField } from '../../../src/ui/form/field.js';
import { click, doubleClick, useMouse } from '../../helpers/input.js';
import {
  deepActiveElement, FACTS, injectFault, networkIdle, renderPortal, sent, textOf, useMockApi, waitForText,
} from '../../helpers/portal.js';

const ANA_ETAG_HEADER = 'If-Match';

/** Shows one timestamp through the portal's formatters: what every widget's dates go through. */
class ProbeDate extends LitElement {
  portal?: PortalContext;
  constructor() {
    super();
    new ContextConsumer(this, { context: portalContext, subscribe: true, callback: (value) => { this.portal = value; this.requestUpdate(); } });
  }
  protected override render() {
    return this.portal?.format.dateTime('2026-11-30T12:00:00Z') ?? '';
  }
}
customElements.define('probe-date', ProbeDate);

async function renderProfile(attrs: { locale?: string; extra?: unknown } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${attrs.locale ?? ''}>
    <me-profile></me-profile>${attrs.extra ?? ''}</me-portal>`);
  const profile = portal.querySelector<MeProfile>('me-profile')!;
  await waitUntil(() => profile.shadowRoot!.querySelector('me-field[name=name]'), 'the form never showed', { timeout: 8000 });
  await profile.updateComplete;
  return { portal, profile };
}

const field = (profile: MeProfile, name: string) => profile.shadowRoot!.querySelector<MeField>(`me-field[name=${name}]`)!;
const control = (profile: MeProfile, name: string) => field(profile, name).shadowRoot!.querySelector<HTMLInputElement | HTMLSelectElement>('#control')!;
const saveButton = (profile: MeProfile) => profile.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
const buttonNamed = (profile: MeProfile, text: string) =>
  [...profile.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);

/** Replaces a text field's value the way a person does: click in it, select all, type. */
async function retype(profile: MeProfile, name: string, text: string): Promise<void> {
  await click(control(profile, name));
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Control' });
  if (text) await sendKeys({ type: text });
  else await sendKeys({ press: 'Backspace' });
}

async function chooseLanguage(profile: MeProfile, language: string): Promise<void> {
  const select = control(profile, 'language') as HTMLSelectElement;
  select.focus();
  const target = [...select.options].findIndex((o) => o.value === language);
  while (select.selectedIndex !== target) await sendKeys({ press: select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
}

const patches = () => sent('PATCH', '/v1/me');
const bodyOf = async (request: Request) => JSON.parse(await request.clone().text()) as Record<string, unknown>;

describe('<me-profile>', () => {
  const api = useMockApi();
  useMouse();

  it('shows the user’s own data, with the e-mail read only and every field labelled', async () => {
    const { profile } = await renderProfile();
    expect(control(profile, 'name').value).to.equal('Ana Beatriz Carvalho');
    expect(control(profile, 'phone').value).to.equal('+55 11 98765-4321');
    expect(control(profile, 'jobTitle').value).to.equal('Coordenadora de TI');
    expect(control(profile, 'language').value).to.equal('pt-BR');
    expect(control(profile, 'timeZone').value).to.equal('America/Sao_Paulo');
    const labels = [...profile.shadowRoot!.querySelectorAll<MeField>('me-field')].map((f) => f.label);
    expect(labels).to.deep.equal(['E-mail', 'Nome', 'Telefone', 'Cargo', 'Idioma', 'Fuso horário']);
    const email = profile.shadowRoot!.querySelector<MeField>('me-field[type=email]')!.shadowRoot!.querySelector('input')!;
    expect(email.value).to.equal('ana.carvalho@metalurgicapaulista.com.br');
    expect(email.readOnly).to.equal(true);
    // the zone list is the browser's own IANA list, searchable (a datalist bound to the control)
    const zones = field(profile, 'timeZone').shadowRoot!.querySelectorAll('datalist option');
    expect(zones.length).to.be.greaterThan(300);
    expect(control(profile, 'timeZone').getAttribute('list')).to.equal('suggestions');
    expect([...zones].some((o) => (o as HTMLOptionElement).value === 'America/Manaus')).to.equal(true);
    await expect(profile).to.be.accessible();
  });

  it('validates inline with the API’s rules and sends nothing while a field is wrong', async () => {
    const { profile } = await renderProfile();
    await retype(profile, 'name', 'A');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => field(profile, 'name').error, 'no error under the name');
    expect(field(profile, 'name').error).to.equal('Use pelo menos 2 caracteres.');
    await retype(profile, 'phone', '1234');
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => field(profile, 'phone').error);
    expect(field(profile, 'phone').error).to.equal('Formato inválido.');
    await retype(profile, 'timeZone', 'Mars/Olympus_Mons');
    await click(saveButton(profile));
    await waitUntil(() => field(profile, 'timeZone').error);
    expect(field(profile, 'timeZone').error).to.equal('Escolha um fuso horário da lista, como America/Sao_Paulo.');
    expect(deepActiveElement(), 'focus goes to the first wrong field').to.equal(control(profile, 'name'));
    await networkIdle();
    expect(patches()).to.have.length(0);
    await expect(profile).to.be.accessible();
  });

  it('saves only what changed, with If-Match, and the answer becomes every widget’s session (no second GET)', async () => {
    const { portal, profile } = await renderProfile();
    await networkIdle();
    const etag = api().db && (await fetch('/api/v1/me', { headers: { Authorization: 'Bearer demo-token' } })).headers.get('ETag');
    const saved: unknown[] = [];
    portal.addEventListener('me-profile-saved', (e) => saved.push((e as CustomEvent).detail.me.jobTitle));
    const gets = sent('GET', '/v1/me').length;
    await retype(profile, 'jobTitle', 'Gerente de Sistemas');
    await click(saveButton(profile));
    await waitForText(profile, 'Perfil salvo.');
    expect(patches()).to.have.length(1);
    expect(patches()[0]!.headers.get(ANA_ETAG_HEADER)).to.equal(etag);
    expect(await bodyOf(patches()[0]!)).to.deep.equal({ jobTitle: 'Gerente de Sistemas' });
    expect(api().db.users.get(FACTS.users.ana)!.jobTitle).to.equal('Gerente de Sistemas');
    expect(saved).to.deep.equal(['Gerente de Sistemas']);
    await networkIdle();
    expect(sent('GET', '/v1/me').length, 'no GET /v1/me after the save').to.equal(gets);
    // a second save edits the new version: its ETag is the one the PATCH answered
    await retype(profile, 'jobTitle', '');
    await click(saveButton(profile));
    await waitUntil(() => patches().length === 2);
    await waitForText(profile, 'Perfil salvo.');
    expect(patches()[1]!.headers.get(ANA_ETAG_HEADER)).to.not.equal(etag);
    expect(await bodyOf(patches()[1]!), 'an emptied job title is sent empty: it clears it').to.deep.equal({ jobTitle: '' });
    expect(api().db.users.get(FACTS.users.ana)!.jobTitle).to.equal(undefined);
  });

  it('says so when nothing changed, without a request', async () => {
    const { profile } = await renderProfile();
    await click(saveButton(profile));
    await waitForText(profile, 'Nenhuma alteração para salvar.');
    await networkIdle();
    expect(patches()).to.have.length(0);
  });

  it('a saved language switches the portal’s language (me-locale-change) and a saved time zone every date shown', async () => {
    const { portal, profile } = await renderProfile({ extra: html`<me-company></me-company><probe-date></probe-date>` });
    const company = portal.querySelector('me-company')!;
    const probe = portal.querySelector('probe-date')!;
    await waitForText(company, 'Código da organização');
    expect(probe.shadowRoot!.textContent).to.contain('09:00'); // 12:00Z in São Paulo
    const changes: unknown[] = [];
    portal.addEventListener('me-locale-change', (e) => changes.push((e as CustomEvent).detail));
    await networkIdle();
    const gets = sent('GET', '/v1/me').length;
    await chooseLanguage(profile, 'en');
    await retype(profile, 'timeZone', 'Asia/Tokyo');
    await click(saveButton(profile));
    await waitForText(profile, 'Profile saved.');
    expect(await bodyOf(patches()[0]!)).to.deep.equal({ language: 'en', timeZone: 'Asia/Tokyo' });
    await waitForText(company, 'Organization code');
    expect(textOf(profile)).to.contain('My profile');
    expect(changes).to.deep.equal([{ locale: 'en', previousLocale: 'pt-BR' }]);
    await waitUntil(() => probe.shadowRoot!.textContent!.includes('9:00 PM'), `the date stayed ${probe.shadowRoot!.textContent}`);
    await networkIdle();
    expect(sent('GET', '/v1/me').length, 'the session is not read again').to.equal(gets);
  });

  it('a language pinned by the host stays; the profile says where the preference applies', async () => {
    const { portal, profile } = await renderProfile({ locale: 'pt-BR' });
    const changes: unknown[] = [];
    portal.addEventListener('me-locale-change', (e) => changes.push(e));
    await chooseLanguage(profile, 'es');
    await click(saveButton(profile));
    await waitForText(profile, 'Perfil salvo.');
    expect(field(profile, 'language').hint).to.contain('definido pelo site');
    expect(textOf(profile)).to.contain('Meu perfil');
    expect(changes).to.have.length(0);
  });

  it('412: keeps every typed value, then "Recarregar" brings the saved version', async () => {
    const { profile } = await renderProfile();
    await retype(profile, 'phone', '+55 11 91111-2222');
    // meanwhile, in another tab
    api().db.users.get(FACTS.users.ana)!.jobTitle = 'Diretora de TI';
    await click(saveButton(profile));
    await waitForText(profile, 'foi alterado em outro lugar');
    expect(patches()).to.have.length(1);
    expect(control(profile, 'phone').value, 'the typed phone stays').to.equal('+55 11 91111-2222');
    expect(deepActiveElement()).to.equal(profile.shadowRoot!.querySelector('[part=conflict]'));
    await click(buttonNamed(profile, 'Recarregar')!);
    await waitForText(profile, 'Perfil recarregado com a versão salva.');
    expect(control(profile, 'jobTitle').value).to.equal('Diretora de TI');
    expect(control(profile, 'phone').value).to.equal('+55 11 98765-4321');
    expect(profile.shadowRoot!.querySelector('[part=conflict]')).to.equal(null);
  });

  it('412 → "Comparar": both versions field by field, chosen per field, then saved against the new version', async () => {
    const { profile } = await renderProfile();
    await retype(profile, 'phone', '+55 11 91111-2222');
    await retype(profile, 'jobTitle', 'Gerente de TI');
    const ana = api().db.users.get(FACTS.users.ana)!;
    ana.jobTitle = 'Diretora de TI';
    ana.phone = '+55 11 90000-0000';
    await click(saveButton(profile));
    await waitForText(profile, 'foi alterado em outro lugar');
    await click(buttonNamed(profile, 'Comparar')!);
    await waitUntil(() => profile.shadowRoot!.querySelector('me-value-compare'), 'no comparison');
    const compare = profile.shadowRoot!.querySelector('me-value-compare')!;
    await waitForText(compare, 'Versão salva em outro lugar');
    const rows = [...compare.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => textOf(tr).replace(/\s+/g, ' ').trim());
    expect(rows).to.deep.equal(['Telefone +55 11 90000-0000 +55 11 91111-2222', 'Cargo Diretora de TI Gerente de TI']);
    // keep my phone (the default), take their job title
    await click(compare.shadowRoot!.querySelector<HTMLInputElement>('input[aria-label="Cargo: Versão salva em outro lugar"]')!);
    await click([...compare.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Usar os valores escolhidos'))!);
    await waitForText(profile, 'Valores escolhidos aplicados');
    expect(control(profile, 'phone').value).to.equal('+55 11 91111-2222');
    expect(control(profile, 'jobTitle').value).to.equal('Diretora de TI');
    await click(saveButton(profile));
    await waitForText(profile, 'Perfil salvo.');
    expect(patches()).to.have.length(2);
    expect(await bodyOf(patches()[1]!)).to.deep.equal({ phone: '+55 11 91111-2222' });
    expect(ana.phone).to.equal('+55 11 91111-2222');
    expect(ana.jobTitle).to.equal('Diretora de TI');
  });

  it('422 errors land on their fields; a 500 keeps the values and a second press sends them again', async () => {
    const { profile } = await renderProfile();
    injectFault({ method: 'PATCH', path: '/v1/me', status: 422, body: {
      type: 'https://api.meu-espaco.example/problems/validation-failed', title: 'Dados inválidos', status: 422,
      errors: [{ path: 'name', message: 'Nome recusado pelo servidor.' }],
    } });
    await retype(profile, 'name', 'Ana B. Carvalho');
    await click(saveButton(profile));
    await waitUntil(() => field(profile, 'name').error === 'Nome recusado pelo servidor.', 'the server error is not on the name');
    injectFault({ method: 'PATCH', path: '/v1/me', status: 500 });
    await retype(profile, 'name', 'Ana Carvalho');
    await click(saveButton(profile));
    await waitUntil(() => profile.shadowRoot!.querySelector('[role=alert]'), 'no alert for the 500');
    expect(control(profile, 'name').value).to.equal('Ana Carvalho');
    await click(saveButton(profile));
    await waitForText(profile, 'Perfil salvo.');
    expect(patches()).to.have.length(3);
    expect(api().db.users.get(FACTS.users.ana)!.name).to.equal('Ana Carvalho');
  });

  it('a double click on "Salvar" sends one request', async () => {
    const { profile } = await renderProfile();
    injectFault({ method: 'PATCH', path: '/v1/me', delayMs: 300 });
    await retype(profile, 'jobTitle', 'Gerente');
    await doubleClick(saveButton(profile), { gap: 120 });
    await waitForText(profile, 'Perfil salvo.');
    await networkIdle();
    expect(patches()).to.have.length(1);
  });

  it('keyboard only: Tab to a field, type, Enter saves', async () => {
    const { profile } = await renderProfile();
    control(profile, 'name').focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(control(profile, 'phone'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Sênior' });
    await sendKeys({ press: 'Enter' });
    await waitForText(profile, 'Perfil salvo.');
    expect(await bodyOf(patches()[0]!)).to.deep.equal({ jobTitle: 'Coordenadora de TI Sênior' });
  });

  it('"Descartar alterações" goes back to the saved values', async () => {
    const { profile } = await renderProfile();
    await retype(profile, 'name', 'Outro Nome');
    await click(buttonNamed(profile, 'Descartar alterações')!);
    await profile.updateComplete;
    expect(control(profile, 'name').value).to.equal('Ana Beatriz Carvalho');
  });

  it('states: loading, the session’s error with retry, a bad payload, outside any portal', async () => {
    injectFault({ method: 'GET', path: '/v1/me', status: 500 });
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-profile></me-profile></me-portal>`);
    const profile = portal.querySelector('me-profile')!;
    await waitForText(profile, 'Tentar novamente');
    await click([...profile.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Tentar novamente'))!);
    await waitUntil(() => profile.shadowRoot!.querySelector('me-field[name=name]'), 'no form after the retry');

    injectFault({ method: 'GET', path: '/v1/me', body: { id: 'x', name: 'Sem e-mail' } });
    const bad = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-profile></me-profile></me-portal>`);
    await waitForText(bad.querySelector('me-profile')!, 'email');

    injectFault({ method: 'GET', path: '/v1/me', delayMs: 1500 });
    const slow = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-profile></me-profile></me-portal>`);
    await waitForText(slow.querySelector('me-profile')!, 'Carregando');

    const alone = await fixture<MeProfile>(html`<me-profile></me-profile>`);
    await waitForText(alone, 'me-portal');
  });

  it('speaks English and Spanish', async () => {
    const { profile } = await renderProfile({ locale: 'en' });
    await waitForText(profile, 'My profile');
    expect(field(profile, 'phone').label).to.equal('Phone');
    const { profile: es } = await renderProfile({ locale: 'es' });
    await waitForText(es, 'Mi perfil');
    expect(field(es, 'timeZone').label).to.equal('Zona horaria');
  });
});
