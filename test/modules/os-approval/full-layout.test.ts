/** <me-os-approval> in the full layout: its menu entry and the `#/os-approval/<id>` deep links. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeOsApproval } from '../../../src/modules/os-approval/me-os-approval.js';
import type { MePortal } from '../../../src/portal/me-portal.js';
import { memoryServices } from '../../helpers/browser.js';
import { click, useMouse } from '../../helpers/input.js';
import { FACTS, useMockApi } from '../../helpers/portal.js';
import { rowOf, waitForRows } from './helpers.js';

describe('<me-os-approval> in the full layout', () => {
  useMockApi();
  useMouse();

  it('has its menu entry; #/os-approval/<id> opens that order; closing and opening rows write the hash', async function () {
    this.timeout(20000);
    const services = memoryServices(`/os-approval/${FACTS.serviceOrders.pending}`);
    const portal = await fixture<MePortal>(html`<me-portal api-base="/api" token="demo-token" layout="full" .services=${services}></me-portal>`);
    await waitUntil(() => portal.shadowRoot!.querySelector('me-portal-layout')?.shadowRoot?.querySelector('nav'), 'no layout', { timeout: 6000 });
    const layout = portal.shadowRoot!.querySelector('me-portal-layout')!;
    const entry = layout.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#/os-approval"]')!;
    expect(entry.textContent!.trim()).to.equal('Aprovar OS');
    await waitUntil(() => layout.shadowRoot!.querySelector('me-os-approval'), 'the view never opened', { timeout: 10000 });
    const el = layout.shadowRoot!.querySelector<MeOsApproval>('me-os-approval')!;
    expect(el.orderId).to.equal(FACTS.serviceOrders.pending);
    await waitUntil(() => el.shadowRoot?.querySelector('[part=detail]'), 'the deep link never showed the order', { timeout: 8000 });
    await waitUntil(() => el.shadowRoot!.querySelector('me-drawer')!.shadowRoot!.querySelector('dialog')!.open, 'drawer closed');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => services.hash === '/os-approval', `hash is ${services.hash}`);
    await waitForRows(el);
    const orders = (await (await fetch(`/api/v1/organizations/${FACTS.orgs.a}/service-orders?status=pending&sort=approvalDeadline`, { headers: { Authorization: 'Bearer demo-token' } })).json()) as { items: Array<{ id: string; number: string }> };
    await click(rowOf(el, orders.items[0]!.number)!.querySelector('[role=gridcell]:nth-child(3)')!);
    await waitUntil(() => services.hash === `/os-approval/${orders.items[0]!.id}`, `hash is ${services.hash}`);
  });
});
