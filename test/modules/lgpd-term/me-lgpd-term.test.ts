/**
 * <me-lgpd-term>'s view and states: the term (sanitized), version, publication date and the
 * acceptance status (accepted / older version / never), members, loading, errors, 403, 404,
 * malformed payloads, outside a portal, XSS, print, languages, the loading model and axe.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { defaultBrowserServices } from '../../../src/core/browser.js';
import type { MeLgpdTerm } from '../../../src/modules/lgpd-term/me-lgpd-term.js';
import { PROBLEM_BASE } from '../../../src/mocks/index.js';
import { memoryServices } from '../../helpers/browser.js';
import { click, useMouse } from '../../helpers/input.js';
import { FACTS, injectFault, networkIdle, sent, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { acceptButton, acceptLabel, contentOf, ORG, printButton, renderTerm, stateOf, statusOf, termPath, waitForTerm } from './helpers.js';

const HOSTILE = `<h3>Cláusula</h3><p>Texto legítimo do termo.</p>
  <img src="x" onerror="window.__lgpdXss = 'img'">
  <script>window.__lgpdXss = 'script'</script>
  <a href="javascript:window.__lgpdXss='link'">Clique</a>
  <p onclick="window.__lgpdXss='click'" style="color:red">Parágrafo com atributos</p>
  <svg onload="window.__lgpdXss='svg'"></svg><iframe src="https://evil.example/"></iframe>`;

function termBody(overrides: Record<string, unknown> = {}) {
  return {
    version: '3.1', publishedAt: '2026-08-01T09:00:00-03:00', title: 'Termo de Tratamento de Dados Pessoais — LGPD',
    contentHtml: '<h3>1. Finalidade</h3><p>Texto.</p>', acceptance: null, ...overrides,
  };
}

describe('<me-lgpd-term>', () => {
  const api = useMockApi();
  useMouse();
  afterEach(() => { delete (window as { __lgpdXss?: string }).__lgpdXss; });

  it('never accepted (admin): title, version, publication date, the notice and the accept action', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    const text = textOf(el);
    expect(text).to.include('Termo de Tratamento de Dados Pessoais — LGPD');
    expect(text).to.include('Versão 3.1 · publicada em 01/08/2026');
    expect(textOf(statusOf(el)!)).to.include('A organização ainda não aceitou o termo LGPD.');
    expect(statusOf(el)!.dataset.kind).to.equal('never');
    expect(acceptLabel(el)).to.include('Aceitar a versão 3.1');
    expect(textOf(contentOf(el))).to.include('1. Finalidade');
    expect(contentOf(el).querySelector('a[href="mailto:dpo@totvs.com.br"]')).to.exist;
  });

  it('the current version accepted: who, when and which version; nothing to accept', async () => {
    // org B: Fernanda accepted 3.1; Ana is a member there
    const { el } = await renderTerm({ organizationId: FACTS.orgs.b });
    await waitForTerm(el);
    const status = textOf(statusOf(el)!);
    expect(status).to.include('Aceito por Fernanda');
    expect(status).to.match(/em 12\/08\/2026,? 10:41 \(versão 3\.1\)/);
    expect(statusOf(el)!.dataset.kind).to.equal('current');
    expect(acceptButton(el)).to.equal(null);
  });

  it('an older version accepted: says so, names the last acceptance, and offers the current one', async () => {
    const carlos = api().db.person(FACTS.users.secondAdminA)!;
    api().db.lgpd.get(ORG)!.acceptance = { version: '3.0', acceptedAt: '2025-05-20T14:05:00-03:00', acceptedBy: { id: carlos.id, name: carlos.name, email: carlos.email } };
    const { el } = await renderTerm();
    await waitForTerm(el);
    const status = textOf(statusOf(el)!);
    expect(status).to.include('A organização aceitou a versão 3.0, anterior à vigente (3.1). A nova versão ainda precisa ser aceita.');
    expect(status).to.match(new RegExp(`Último aceite: versão 3\\.0, por ${carlos.name} em 20/05/2025`));
    expect(statusOf(el)!.dataset.kind).to.equal('outdated');
    expect(acceptLabel(el)).to.include('Aceitar a versão 3.1');
  });

  it('a member sees the status but no accept action, and is told only admins accept', async () => {
    const { el } = await renderTerm({ token: FACTS.tokens.member });
    await waitForTerm(el);
    expect(textOf(statusOf(el)!)).to.include('A organização ainda não aceitou o termo LGPD.');
    expect(acceptButton(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('me-submit-button')).to.equal(null);
    expect(textOf(el.shadowRoot!.querySelector('[part=note]')!)).to.include('Somente administradores da organização aceitam o termo LGPD.');
  });

  it('shows loading while the term is on its way', async () => {
    injectFault({ method: 'GET', path: termPath(), delayMs: 1500 });
    const { el } = await renderTerm();
    await waitUntil(() => sent('GET', termPath()).length === 1, 'no term request');
    await waitForText(el, 'Carregando');
    expect(el.shadowRoot!.querySelector('[role=status][aria-busy=true]')).to.exist;
    expect(el.shadowRoot!.querySelector('[part=term]')).to.equal(null);
  });

  it('starts the term before /v1/me answered when the host names the organization', async () => {
    injectFault({ method: 'GET', path: '/v1/me', delayMs: 1500 });
    const { el } = await renderTerm({ organizationId: ORG });
    await waitUntil(() => sent('GET', termPath()).length === 1, 'the term waited for /v1/me');
    // the session is still on its way: the term request did not queue behind it
    expect(stateOf(el)?.dataset.kind).to.equal('loading');
    await waitForTerm(el);
    await networkIdle();
    expect(sent('GET', termPath())).to.have.length(1);
  });

  it('500: an error with a retry that works', async () => {
    injectFault({ method: 'GET', path: termPath(), status: 500 });
    const { el } = await renderTerm();
    await waitUntil(() => stateOf(el)?.dataset.kind === 'error', 'no error state', { timeout: 6000 });
    expect(stateOf(el)!.getAttribute('role')).to.equal('alert');
    expect(textOf(stateOf(el)!)).to.include('Não foi possível carregar os dados.');
    await click(stateOf(el)!.querySelector('button')!);
    await waitForTerm(el);
    expect(sent('GET', termPath())).to.have.length(2);
  });

  it('403 on load: the no-permission state, without a retry', async () => {
    injectFault({ method: 'GET', path: termPath(), status: 403, body: { type: `${PROBLEM_BASE}forbidden`, title: 'Acesso negado', status: 403, detail: 'Seu perfil não permite ver o termo LGPD.' } });
    const { el } = await renderTerm();
    await waitForText(el, 'Você não tem permissão para ver isto.');
    expect(stateOf(el)!.dataset.kind).to.equal('forbidden');
    expect(textOf(el)).to.include('Seu perfil não permite ver o termo LGPD.');
    expect(stateOf(el)!.querySelector('button')).to.equal(null);
  });

  it('404: no term published, said plainly', async () => {
    api().db.lgpd.delete(ORG);
    const { el } = await renderTerm();
    await waitForText(el, 'Nenhum termo LGPD publicado');
    expect(textOf(el)).to.include('Ainda não há um termo LGPD publicado para esta organização.');
    expect(el.shadowRoot!.querySelector('[part=term]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('a malformed payload names the field', async () => {
    injectFault({ method: 'GET', path: termPath(), body: termBody({ version: 31 }) });
    const { el } = await renderTerm();
    await waitForText(el, 'formato inesperado (campo “version”)');
    expect(stateOf(el)!.dataset.kind).to.equal('error');
    injectFault({ method: 'GET', path: termPath(), body: termBody({ acceptance: { version: '3.1', acceptedAt: '12/08/2026', acceptedBy: { id: 'u', name: 'X', email: 'x@x' } } }) });
    await click(stateOf(el)!.querySelector('button')!);
    await waitForText(el, 'formato inesperado (campo “acceptance.acceptedAt”)');
  });

  it('outside <me-portal>: the configuration message', async () => {
    const el = await fixture<MeLgpdTerm>(html`<me-lgpd-term></me-lgpd-term>`);
    await waitForText(el, 'Componente não configurado');
    expect(stateOf(el)!.dataset.kind).to.equal('misconfigured');
    await expect(el).to.be.accessible();
  });

  it('XSS in the term is inert: no script, image, frame, svg, inline handler, style or javascript: link survives', async () => {
    injectFault({ method: 'GET', path: termPath(), body: termBody({ contentHtml: HOSTILE }) });
    const { el } = await renderTerm();
    await waitUntil(() => contentOf(el), 'the term never showed', { timeout: 8000 });
    await waitForText(contentOf(el), 'Texto legítimo do termo.');
    const content = contentOf(el);
    expect(content.querySelector('script, img, iframe, svg, [style]')).to.equal(null);
    for (const node of content.querySelectorAll('*')) {
      for (const attr of node.attributes) expect(attr.name, `<${node.localName} ${attr.name}>`).not.to.match(/^on/i);
    }
    const link = content.querySelector('a');
    expect(link?.getAttribute('href') ?? null).to.equal(null);
    expect(textOf(content)).to.include('Parágrafo com atributos');
    await click(content.querySelector('p:last-of-type')!);
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __lgpdXss?: string }).__lgpdXss).to.equal(undefined);
  });

  it('the seeded hostile snippet of the mocks is inert too', async () => {
    const { el } = await renderTerm();
    await waitForTerm(el);
    expect(api().db.lgpd.get(ORG)!.contentHtml).to.include('<script>');
    expect(contentOf(el).querySelector('script')).to.equal(null);
    expect(textOf(contentOf(el))).not.to.include('<script>');
  });

  it('prints the term with its version, publication date and acceptance, sanitized', async () => {
    const prints: Array<{ title: string; body: string; css?: string }> = [];
    const services = { ...memoryServices(), print: async (title: string, body: string, css?: string) => { prints.push({ title, body, css }); } };
    injectFault({ method: 'GET', path: termPath(FACTS.orgs.b), body: termBody({
      contentHtml: `<h3>1. Finalidade</h3>${HOSTILE}`,
      acceptance: { version: '3.1', acceptedAt: '2026-08-12T10:41:00-03:00', acceptedBy: { id: 'usr-fernanda', name: 'Fernanda Rocha', email: 'f@x.com' } },
    }) });
    const { el } = await renderTerm({ organizationId: FACTS.orgs.b, services });
    await waitForTerm(el);
    await click(printButton(el));
    await waitUntil(() => prints.length === 1, 'nothing printed');
    const { title, body } = prints[0]!;
    expect(title).to.equal('Termo de Tratamento de Dados Pessoais — LGPD');
    expect(body).to.include('<h1>Termo de Tratamento de Dados Pessoais — LGPD</h1>');
    expect(body).to.include('Versão 3.1 · publicada em 01/08/2026');
    expect(body).to.include('Situação do aceite');
    expect(body).to.match(/Aceito por Fernanda Rocha em 12\/08\/2026,? 10:41 \(versão 3\.1\)/);
    expect(body).to.include('1. Finalidade');
    expect(body).to.include('Texto legítimo do termo.');
    expect(body).not.to.match(/<script|<img|<iframe|<svg|onerror|onclick|javascript:|style=/i);
    expect(prints[0]!.css).to.include('@page');
  });

  it('prints an older acceptance as such', async () => {
    const prints: string[] = [];
    const services = { ...defaultBrowserServices, print: async (_title: string, body: string) => { prints.push(body); } };
    api().db.lgpd.get(ORG)!.acceptance = { version: '3.0', acceptedAt: '2025-05-20T14:05:00-03:00', acceptedBy: { id: 'usr-carlos', name: 'Carlos', email: 'c@x.com' } };
    const { el } = await renderTerm({ services });
    await waitForTerm(el);
    await click(printButton(el));
    await waitUntil(() => prints.length === 1, 'nothing printed');
    expect(prints[0]).to.include('A organização aceitou a versão 3.0, anterior à vigente (3.1).');
    expect(prints[0]).to.include('Último aceite: versão 3.0, por Carlos em 20/05/2025');
  });

  it('speaks English and Spanish', async () => {
    const en = await renderTerm({ locale: 'en' });
    await waitForTerm(en.el);
    expect(textOf(en.el)).to.include('Version 3.1 · published on 08/01/2026');
    expect(textOf(en.el)).to.include('Acceptance status');
    expect(textOf(en.el)).to.include('The organization has not accepted the LGPD term yet.');
    expect(acceptLabel(en.el)).to.include('Accept version 3.1');
    expect(printButton(en.el).textContent).to.include('Print term');
    const es = await renderTerm({ locale: 'es', organizationId: FACTS.orgs.b });
    await waitForTerm(es.el);
    expect(textOf(es.el)).to.include('Versión 3.1 · publicada el 01/08/2026');
    expect(textOf(es.el)).to.include('Aceptado por Fernanda');
    expect(textOf(es.el)).to.include('Solo los administradores de la organización aceptan el término LGPD.');
  });

  it('is accessible: never accepted (admin), accepted (member), error', async () => {
    const admin = await renderTerm();
    await waitForTerm(admin.el);
    await expect(admin.el).to.be.accessible();
    const member = await renderTerm({ organizationId: FACTS.orgs.b });
    await waitForTerm(member.el);
    await expect(member.el).to.be.accessible();
    injectFault({ method: 'GET', path: termPath(), status: 500 });
    const failed = await renderTerm({ locale: 'es' });
    await waitForText(failed.el, 'Intentar de nuevo');
    await expect(failed.el).to.be.accessible();
  });
});
