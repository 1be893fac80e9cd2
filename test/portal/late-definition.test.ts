import { expect, fixture, html } from '@open-wc/testing';
import '../../src/modules/company/define.js';
import { startMockApi } from '../../src/mocks/index.js';
import { waitForText } from '../helpers/dom.js';

describe('a widget whose <me-portal> is defined later', () => {
  before(async () => { await startMockApi({ quiet: true }); });

  it('shows loading, then connects when the portal upgrades', async () => {
    expect(customElements.get('me-portal')).to.equal(undefined);
    const portal = await fixture(html`<me-portal api-base="/api" token="demo-token"><div><me-company></me-company></div></me-portal>`);
    const company = portal.querySelector('me-company')!;
    await company.updateComplete;
    expect(company.shadowRoot!.querySelector('[role=status]')?.textContent).to.contain('Carregando');
    await import('../../src/portal/define.js');
    await waitForText(company, 'Metalúrgica Paulista');
  });
});
