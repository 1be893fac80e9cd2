import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MeLicenses } from '../../../src/modules/licenses/me-licenses.js';
import type { MePortal } from '../../../src/portal/me-portal.js';
import { memoryServices } from '../../helpers/browser.js';
import { click, useMouse } from '../../helpers/input.js';
import { deepQuery, FACTS, textOf, useMockApi, waitForText } from '../../helpers/portal.js';
import { acceptEulaInDb } from './helpers.js';

async function renderFull(token: string, hash: string) {
  const services = memoryServices(hash);
  const portal = await fixture<MePortal>(html`<me-portal api-base="/api" token=${token} layout="full" .services=${services}></me-portal>`);
  await waitUntil(() => portal.shadowRoot!.querySelector('me-portal-layout')?.shadowRoot?.querySelector('nav'), 'no full layout', { timeout: 4000 });
  return { services, layout: portal.shadowRoot!.querySelector('me-portal-layout')! };
}

describe('<me-licenses> in the full layout', () => {
  const api = useMockApi();
  useMouse();

  it('opens the tab of the deep link #/licenses/<tab> and writes the hash when the tab changes', async function () {
    this.timeout(20000);
    acceptEulaInDb(api().db);
    const { layout, services } = await renderFull('demo-token', '/licenses/installations');
    await waitForText(layout, 'Produção — Matriz São Paulo', 10000);
    const licenses = deepQuery<MeLicenses>(layout, 'me-licenses')!;
    expect(licenses.tab).to.equal('installations');
    await click(licenses.shadowRoot!.querySelector('me-tabs')!.shadowRoot!.querySelector<HTMLElement>('[role=tab]:nth-of-type(3)')!);
    await waitUntil(() => services.pushes.includes('/licenses/messages'), `hash not written: ${services.pushes.join(', ')}`);
    const menu = layout.shadowRoot!.querySelector('a[href="#/licenses"]')!;
    expect(textOf(menu)).to.contain('Gestão de licenças').and.contain('Somente administradores');
  });

  it('keeps the item for members, marked admin-only, and names the admins', async function () {
    this.timeout(20000);
    const { layout } = await renderFull(FACTS.tokens.member, '/licenses');
    const item = layout.shadowRoot!.querySelector('a[href="#/licenses"]')!;
    expect(textOf(item)).to.contain('Somente administradores');
    await waitForText(layout, 'Ana Beatriz Carvalho', 10000);
    expect(textOf(layout)).not.to.contain('Protheus');
  });
});
