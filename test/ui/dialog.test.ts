import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/dialog.js';
import type { MeConfirmDialog, MeDialog } from '../../src/ui/dialog.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { mount, renderInLocale } from './render.js';

async function renderDialog(attrs = '') {
  const wrapper = await mount<HTMLDivElement>(html`<div>
    <button id="opener">Ver detalhes</button>
    <me-dialog label="Detalhes da solicitação" ?light-dismiss=${attrs.includes('light-dismiss')}>
      <p>Solicitação 1234567 aberta em 14/03/2026.</p>
      <input aria-label="Comentário">
      <button slot="footer">Salvar</button>
    </me-dialog>
  </div>`);
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  const dialog = wrapper.querySelector('me-dialog')!;
  opener.addEventListener('click', () => void dialog.show());
  return { opener, dialog, native: () => dialog.shadowRoot!.querySelector('dialog')! };
}

/** Whether focus is inside the dialog: in its shadow root or its slotted content. */
function focusInside(dialog: Element): boolean {
  const active = deepActiveElement();
  return !!active && (dialog.contains(active) || dialog.shadowRoot!.contains(active));
}

async function openWithKeyboard(opener: HTMLElement, dialog: MeDialog) {
  opener.focus();
  await sendKeys({ press: 'Enter' });
  await dialog.updateComplete;
}

describe('<me-dialog>', () => {
  useMockApi();

  it('opens modal on the native dialog, named by its heading, with focus inside', async () => {
    const { opener, dialog, native } = await renderDialog();
    expect(native().open).to.be.false;
    await openWithKeyboard(opener, dialog);
    expect(dialog.open).to.be.true;
    expect(native().matches(':modal')).to.be.true;
    const title = dialog.shadowRoot!.getElementById(native().getAttribute('aria-labelledby')!)!;
    expect(title.tagName).to.equal('H2');
    expect(title.textContent).to.equal('Detalhes da solicitação');
    expect(focusInside(dialog)).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focusInside(dialog)).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(focusInside(dialog)).to.be.true;
    await expect(dialog).to.be.accessible();
  });

  it('closes on Esc, gives focus back to the opener and says why', async () => {
    const { opener, dialog, native } = await renderDialog();
    await openWithKeyboard(opener, dialog);
    setTimeout(() => void sendKeys({ press: 'Escape' }));
    const { detail } = await oneEvent(dialog, 'me-close');
    expect(detail).to.deep.equal({ reason: 'escape' });
    expect(native().open).to.be.false;
    expect(dialog.open).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
  });

  it('closes with its named ✕ button', async () => {
    const { opener, dialog } = await renderDialog();
    await openWithKeyboard(opener, dialog);
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part=close-button]')!;
    expect(close.getAttribute('aria-label')).to.equal('Fechar');
    setTimeout(() => close.click());
    expect((await oneEvent(dialog, 'me-close')).detail.reason).to.equal('close-button');
    expect(deepActiveElement()).to.equal(opener);
  });

  it('follows its open property both ways', async () => {
    const { dialog, native } = await renderDialog();
    dialog.open = true;
    await dialog.updateComplete;
    expect(native().open).to.be.true;
    setTimeout(() => { dialog.open = false; });
    expect((await oneEvent(dialog, 'me-close')).detail.reason).to.equal('api');
    expect(native().open).to.be.false;
  });

  it('closes on a backdrop click only with light-dismiss', async () => {
    const plain = await renderDialog();
    await plain.dialog.show();
    plain.native().click(); // a click whose target is the <dialog> itself lands on its ::backdrop
    expect(plain.dialog.open).to.be.true;
    plain.dialog.close();
    const light = await renderDialog('light-dismiss');
    await light.dialog.show();
    setTimeout(() => light.native().click());
    expect((await oneEvent(light.dialog, 'me-close')).detail.reason).to.equal('backdrop');
  });

  it('speaks English', async () => {
    const dialog = await renderInLocale<MeDialog>('en', html`<me-dialog label="Details"></me-dialog>`);
    await dialog.show();
    await waitForText(dialog, 'Details');
    await dialog.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(dialog.shadowRoot!.querySelector('[part=close-button]')!.getAttribute('aria-label')).to.equal('Close');
    dialog.close();
  });
});

describe('<me-confirm-dialog>', () => {
  useMockApi();

  async function renderConfirm(danger = false) {
    const wrapper = await mount<HTMLDivElement>(html`<div>
      <button id="opener">Excluir anexo</button>
      <me-confirm-dialog label="Excluir anexo?" message="O arquivo nota-539.xml será removido da solicitação."
        confirm-label="Excluir" ?danger=${danger}></me-confirm-dialog>
    </div>`);
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    const confirm = wrapper.querySelector('me-confirm-dialog')!;
    const button = (part: 'confirm' | 'cancel') => confirm.shadowRoot!.querySelector<HTMLButtonElement>(`[part=${part}]`)!;
    return { opener, confirm, button };
  }

  async function ask(confirm: MeConfirmDialog, opener: HTMLElement) {
    opener.focus();
    const answer = confirm.confirm();
    await confirm.updateComplete;
    return answer;
  }

  it('is an alertdialog named by its title and described by its message', async () => {
    const { opener, confirm } = await renderConfirm();
    void ask(confirm, opener);
    await confirm.updateComplete;
    const native = confirm.shadowRoot!.querySelector('dialog')!;
    expect(native.getAttribute('role')).to.equal('alertdialog');
    expect(confirm.shadowRoot!.getElementById(native.getAttribute('aria-labelledby')!)!.textContent).to.equal('Excluir anexo?');
    expect(confirm.shadowRoot!.getElementById(native.getAttribute('aria-describedby')!)!.textContent)
      .to.equal('O arquivo nota-539.xml será removido da solicitação.');
    await expect(confirm).to.be.accessible();
    confirm.close();
  });

  it('resolves true on confirm and gives focus back', async () => {
    const { opener, confirm, button } = await renderConfirm();
    const answer = ask(confirm, opener);
    await confirm.updateComplete;
    expect(deepActiveElement()).to.equal(button('confirm')); // not destructive: first focus on confirm
    await sendKeys({ press: 'Enter' });
    expect(await answer).to.be.true;
    expect(deepActiveElement()).to.equal(opener);
  });

  it('resolves false on cancel and on Esc', async () => {
    const { opener, confirm, button } = await renderConfirm();
    let answer = ask(confirm, opener);
    await confirm.updateComplete;
    button('cancel').click();
    expect(await answer).to.be.false;
    answer = ask(confirm, opener);
    await confirm.updateComplete;
    await sendKeys({ press: 'Escape' });
    expect(await answer).to.be.false;
    expect(deepActiveElement()).to.equal(opener);
  });

  it('danger: a red confirm button and first focus on cancel', async () => {
    const { opener, confirm, button } = await renderConfirm(true);
    const answer = ask(confirm, opener);
    await confirm.updateComplete;
    expect(button('confirm').classList.contains('danger')).to.be.true;
    expect(textOf(button('confirm'))).to.equal('Excluir');
    expect(deepActiveElement()).to.equal(button('cancel'));
    await expect(confirm).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(await answer).to.be.false;
  });

  it('answers false when it is removed while asking', async () => {
    const confirm = await fixture<MeConfirmDialog>(html`<me-confirm-dialog message="Sair sem salvar?"></me-confirm-dialog>`);
    const answer = confirm.confirm();
    await confirm.updateComplete;
    confirm.remove();
    expect(await answer).to.be.false;
    expect(confirm.open).to.be.false;
  });

  it('takes its texts from confirm(options), with localized defaults', async () => {
    const confirm = await fixture<MeConfirmDialog>(html`<me-confirm-dialog></me-confirm-dialog>`);
    const answer = confirm.confirm({ message: 'Deseja encerrar a solicitação?' });
    await confirm.updateComplete;
    expect(textOf(confirm)).to.contain('Confirmar');
    expect(textOf(confirm)).to.contain('Cancelar');
    expect(textOf(confirm)).to.contain('Deseja encerrar a solicitação?');
    const again = confirm.confirm({ message: 'Outra pergunta' }); // a second question answers the first with false
    expect(await answer).to.be.false;
    confirm.close('confirm');
    expect(await again).to.be.true;
  });
});
