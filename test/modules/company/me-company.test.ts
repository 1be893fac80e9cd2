import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/modules/company/define.js';
import '../../../src/portal/me-admins-notice.js';
import { defaultBrowserServices, type BrowserServices } from '../../../src/core/browser.js';
import type { MePortal } from '../../../src/portal/me-portal.js';
import { deepActiveElement, FACTS, injectFault, renderPortal, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';

const companyPath = `/v1/organizations/${FACTS.orgs.a}`;

async function renderCompany(attrs: { locale?: string; services?: BrowserServices } = {}) {
  const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale=${attrs.locale ?? 'pt-BR'} .services=${attrs.services ?? defaultBrowserServices}><me-company></me-company></me-portal>`);
  return { portal, company: portal.querySelector('me-company')! };
}

describe('<me-company>', () => {
  useMockApi();

  it('shows the organization data, code and TOTVS contacts', async () => {
    const { company } = await renderCompany();
    await waitForText(company, 'Metalúrgica Paulista S.A.');
    const text = textOf(company);
    expect(text).to.contain('T45871');
    expect(text).to.match(/\d{2}\.\d{3}\.\d{3}\/\d{4}-\d{2}/); // CNPJ formatted
    expect(text).to.contain('Grande'); // size, localized
    expect(text).to.contain('15/03/2004'); // customerSince, a calendar date never shifted by time zone
    const mail = company.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="mailto:marcelo.tavares@totvs.com.br"]');
    expect(mail).to.exist;
    expect(company.shadowRoot!.querySelector('a[href^="tel:+551120997000"]')).to.exist;
  });

  it('copies the organization code through the portal services and announces it', async () => {
    const copied: string[] = [];
    const services = { ...defaultBrowserServices, copyText: async (text: string) => { copied.push(text); } };
    const { company } = await renderCompany({ services });
    await waitForText(company, 'T45871');
    const copy = company.shadowRoot!.querySelector('me-copy-button')!;
    const button = copy.shadowRoot!.querySelector('button')!;
    expect(button.getAttribute('aria-label')).to.equal('Copiar o código da organização');
    button.focus();
    expect(deepActiveElement()).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await waitForText(copy, 'Copiado!');
    expect(copied).to.deep.equal(['T45871']);
    expect(copy.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Copiado!');
  });

  it('says so when the clipboard refuses', async () => {
    const services = { ...defaultBrowserServices, copyText: async () => { throw new Error('denied'); } };
    const { company } = await renderCompany({ services });
    await waitForText(company, 'T45871');
    company.shadowRoot!.querySelector('me-copy-button')!.shadowRoot!.querySelector('button')!.click();
    await waitForText(company, 'Não foi possível copiar.');
  });

  it('shows loading while the data is on its way', async () => {
    injectFault({ method: 'GET', path: companyPath, delayMs: 1500 });
    const { company } = await renderCompany();
    await waitForText(company, 'Carregando');
    expect(company.shadowRoot!.querySelector('[role=status][aria-busy=true]')).to.exist;
  });

  it('shows an error with a retry that works', async () => {
    injectFault({ method: 'GET', path: companyPath, status: 500 });
    const { company } = await renderCompany();
    await waitForText(company, 'Tentar novamente');
    expect(company.shadowRoot!.querySelector('[role=alert]')).to.exist;
    company.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await waitForText(company, 'Metalúrgica Paulista S.A.');
    expect(sent('GET', companyPath)).to.have.length(2);
  });

  it('shows no-permission on 403', async () => {
    injectFault({ method: 'GET', path: companyPath, status: 403 });
    const { company } = await renderCompany();
    await waitForText(company, 'Você não tem permissão para ver isto.');
    expect(company.shadowRoot!.querySelector('[data-kind=forbidden]')).to.exist;
  });

  it('names the bad field of a malformed payload while the rest of the page keeps working', async () => {
    injectFault({ method: 'GET', path: companyPath, body: { id: FACTS.orgs.a, code: 42 } });
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-company></me-company><me-admins-notice></me-admins-notice></me-portal>`);
    const company = portal.querySelector('me-company')!;
    await waitForText(company, 'formato inesperado (campo “code”)');
    await waitForText(portal.querySelector('me-admins-notice')!, 'Carlos');
  });

  it('fits a narrow sidebar: long e-mails wrap instead of widening the host page’s column', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token">
      <aside style="display: grid; width: 240px"><section><me-company></me-company></section><section><me-admins-notice></me-admins-notice></section></aside></me-portal>`);
    await waitForText(portal.querySelector('me-admins-notice')!, 'Carlos');
    await waitForText(portal.querySelector('me-company')!, 'T45871');
    for (const section of portal.querySelectorAll('aside > section')) expect(section.getBoundingClientRect().width).to.be.at.most(240);
  });

  it('answers invalid JSON with the error state too', async () => {
    injectFault({ method: 'GET', path: companyPath, body: '{"code": ', headers: { 'Content-Type': 'application/json' } });
    const { company } = await renderCompany();
    await waitForText(company, 'formato inesperado');
  });

  it('speaks English and Spanish', async () => {
    const en = await renderCompany({ locale: 'en' });
    await waitForText(en.company, 'Account and relationship executive (EAR)');
    expect(textOf(en.company)).to.contain('03/15/2004');
    const es = await renderCompany({ locale: 'es' });
    await waitForText(es.company, 'Ejecutivo de atención y relación (EAR)');
  });

  it('follows the organization of its portal', async () => {
    const { portal, company } = await renderCompany();
    await waitForText(company, 'Metalúrgica Paulista S.A.');
    (portal as MePortal).organizationId = FACTS.orgs.b;
    await waitForText(company, 'Rede Sabor do Sul Alimentos Ltda.');
    expect(textOf(company)).to.contain('Luciana Werner');
  });

  it('is accessible in its data, error and misconfigured states', async () => {
    const { company } = await renderCompany();
    await waitForText(company, 'T45871');
    await expect(company).to.be.accessible();
    injectFault({ method: 'GET', path: companyPath, status: 500 });
    const failed = await renderCompany({ locale: 'es' });
    await waitForText(failed.company, 'Intentar de nuevo');
    await expect(failed.company).to.be.accessible();
    const alone = await fixture(html`<me-company></me-company>`);
    await waitForText(alone, 'Componente não configurado');
    await expect(alone).to.be.accessible();
  });
});
