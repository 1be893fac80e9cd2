import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/dialog.js';
import type { MeConfirmDialog, MeDialog } from '../../src/ui/dialog.js';
import { expectFocus } from './focus.js';
import { findDeep, shadow } from '../support/shadow.js';

const closed = fn();
const answered = fn();

const meta = {
  title: 'UI/Dialog',
  component: 'me-dialog',
  beforeEach: () => { closed.mockClear(); answered.mockClear(); },
  // a story of this file opens a modal (a deep-linked drawer, an open dialog): on the docs page each story
  // renders in a frame of its own, so a modal covers that frame, never the whole docs page
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Opens from a button; Esc closes and focus returns to the button. */
export const Dialog: Story = {
  render: () => html`<button id="open" @click=${(e: Event) => (e.currentTarget as HTMLElement).nextElementSibling!.setAttribute('open', '')}>Ver detalhes</button>
    <me-dialog label="Detalhes da OS 4521" @me-close=${(e: CustomEvent) => closed(e.detail)}>
      <p>Consultor: Marcelo Tavares · 12 h em 14/03/2026.</p>
      <button slot="footer">Aprovar</button>
    </me-dialog>`,
  play: async ({ canvasElement }) => {
    const opener = await findDeep<HTMLButtonElement>(canvasElement, '#open');
    await userEvent.click(opener);
    const dialogEl = await findDeep<MeDialog>(canvasElement, 'me-dialog');
    const view = shadow(dialogEl);
    const dialog = await view.findByRole('dialog', { name: 'Detalhes da OS 4521' });
    expect(dialog).toBeVisible();
    expect(view.getByRole('button', { name: 'Fechar' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(closed).toHaveBeenCalledWith({ reason: 'escape' }));
    await expectFocus(opener);
  },
};

/** Shown with the `open` attribute; the ✕ button closes. */
export const Open: Story = {
  render: () => html`<me-dialog open label="Anexos" @me-close=${(e: CustomEvent) => closed(e.detail)}><p>nota-539.xml (12 KB)</p></me-dialog>`,
  play: async ({ canvasElement }) => {
    const view = shadow(await findDeep<MeDialog>(canvasElement, 'me-dialog'));
    await userEvent.click(await view.findByRole('button', { name: 'Fechar' }));
    expect(closed).toHaveBeenCalledWith({ reason: 'close-button' });
  },
};

function renderConfirm(danger: boolean) {
  return html`<button id="ask" @click=${async (e: Event) => {
      const confirm = (e.currentTarget as HTMLElement).nextElementSibling as MeConfirmDialog;
      answered(await confirm.confirm());
    }}>Excluir anexo</button>
    <me-confirm-dialog label="Excluir anexo?" message="O arquivo nota-539.xml será removido da solicitação." confirm-label="Excluir" ?danger=${danger}></me-confirm-dialog>`;
}

async function openConfirm(canvasElement: HTMLElement) {
  await userEvent.click(await findDeep<HTMLButtonElement>(canvasElement, '#ask'));
  const view = shadow(await findDeep<MeConfirmDialog>(canvasElement, 'me-confirm-dialog'));
  const dialog = await view.findByRole('alertdialog', { name: 'Excluir anexo?' });
  return { view, dialog };
}

/** `await confirm()` is true when the user confirms. */
export const Confirm: Story = {
  render: () => renderConfirm(false),
  play: async ({ canvasElement }) => {
    const { view, dialog } = await openConfirm(canvasElement);
    expect(dialog).toHaveAccessibleDescription('O arquivo nota-539.xml será removido da solicitação.');
    await expectFocus(view.getByRole('button', { name: 'Excluir' }));
    await userEvent.click(view.getByRole('button', { name: 'Excluir' }));
    await waitFor(() => expect(answered).toHaveBeenCalledWith(true));
  },
};

/** Danger: a red confirm button, and first focus on "Cancelar" so Enter does no harm. */
export const ConfirmDanger: Story = {
  render: () => renderConfirm(true),
  play: async ({ canvasElement }) => {
    const { view } = await openConfirm(canvasElement);
    await expectFocus(view.getByRole('button', { name: 'Cancelar' }));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(answered).toHaveBeenCalledWith(false));
  },
};

/** Default texts in English. */
export const ConfirmEnglish: Story = {
  globals: { locale: 'en' },
  render: () => html`<me-confirm-dialog open message="Close this ticket?"></me-confirm-dialog>`,
  play: async ({ canvasElement }) => {
    const view = shadow(await findDeep<MeConfirmDialog>(canvasElement, 'me-confirm-dialog'));
    await view.findByRole('alertdialog', { name: 'Confirm' });
    expect(await view.findByRole('button', { name: 'Cancel' })).toBeVisible();
  },
};
