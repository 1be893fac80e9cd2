/**
 * Drafts where the browser refuses storage (private mode, storage blocked by policy, quota): the
 * forms work as before, without drafts and without an error shown. A file of its own: the page's
 * draft store is created, on first use, with IndexedDB refusing to open.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { sharedDraftStore } from '../../src/core/drafts.js';
import '../../src/modules/tickets/ticket-new.js';
import type { MeTicketNew } from '../../src/modules/tickets/ticket-new.js';
import { click, useMouse } from '../helpers/input.js';
import { FACTS, networkIdle, renderPortal, sent, textOf, useMockApi } from '../helpers/portal.js';

const open = IDBFactory.prototype.open;

describe('drafts without storage', () => {
  before(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
  });
  after(() => {
    IDBFactory.prototype.open = open;
  });
  useMockApi();
  useMouse();

  it('the new-request form works and sends, with no error shown', async () => {
    const portal = await renderPortal(html`<me-portal api-base="/api" token="demo-token"><me-ticket-new></me-ticket-new></me-portal>`);
    const form = portal.querySelector<MeTicketNew>('me-ticket-new')!;
    await waitUntil(() => form.shadowRoot!.querySelector('form me-field'), 'the form never showed', { timeout: 6000 });
    const control = (name: string) => form.shadowRoot!.querySelector(`me-field[name="${name}"]`)!.shadowRoot!.querySelector<HTMLInputElement & HTMLSelectElement>('input, textarea, select')!;
    control('productId').value = FACTS.products.inUse;
    control('productId').dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    for (const [name, text] of [['module', 'SIGAFIS — Livros Fiscais'], ['subject', 'Erro ao gerar o SPED Fiscal'], ['description', 'O arquivo para no registro C170 com NCM inválido.']]) {
      control(name!).focus();
      await sendKeys({ type: text! });
    }
    await sharedDraftStore().flush();
    expect(form.shadowRoot!.querySelector('[role=alert]:not(:empty)'), 'an error was shown').to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await networkIdle();
    const send = form.shadowRoot!.querySelector('me-submit-button')!.shadowRoot!.querySelector('button')!;
    send.scrollIntoView({ block: 'center' });
    await click(send);
    await waitUntil(() => sent('POST', '/v1/tickets').length === 1, 'the request was not sent');
    expect(textOf(form)).to.not.contain('Não foi possível');
  });
});
