import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/drawer.js';
import '../../src/ui/badge.js';
import type { MeDrawer } from '../../src/ui/drawer.js';
import { expectFocus } from './focus.js';
import { findDeep, shadow } from '../support/shadow.js';

const closed = fn();

const meta = {
  title: 'UI/Drawer',
  component: 'me-drawer',
  beforeEach: () => { closed.mockClear(); },
  render: () => html`<button id="open" @click=${(e: Event) => (e.currentTarget as HTMLElement).nextElementSibling!.setAttribute('open', '')}>Ver solicitação 1234567</button>
    <me-drawer label="Solicitação 1234567" light-dismiss @me-close=${(e: CustomEvent) => closed(e.detail)}>
      <p><me-status-badge status="pending"></me-status-badge> <me-priority-badge priority="high"></me-priority-badge></p>
      <p>NF-e rejeitada pela SEFAZ com o erro 539.</p>
      <button slot="footer">Responder</button>
    </me-drawer>`,
  // a story of this file opens a modal (a deep-linked drawer, an open dialog): on the docs page each story
  // renders in a frame of its own, so a modal covers that frame, never the whole docs page
  parameters: { docs: { story: { inline: false, iframeHeight: 640 } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function open(canvasElement: HTMLElement) {
  const opener = await findDeep<HTMLButtonElement>(canvasElement, '#open');
  await userEvent.click(opener);
  const view = shadow(await findDeep<MeDrawer>(canvasElement, 'me-drawer'));
  return { opener, view, dialog: await view.findByRole('dialog', { name: 'Solicitação 1234567' }) };
}

/** Slides in at the inline end; Esc closes it and focus goes back. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { opener, dialog } = await open(canvasElement);
    await waitFor(() => expect(Math.round(dialog.getBoundingClientRect().right)).toBe(window.innerWidth));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(closed).toHaveBeenCalledWith({ reason: 'escape' }));
    await expectFocus(opener);
  },
};

/** The ✕ button closes it too. */
export const CloseButton: Story = {
  play: async ({ canvasElement }) => {
    const { view } = await open(canvasElement);
    await userEvent.click(view.getByRole('button', { name: 'Fechar' }));
    expect(closed).toHaveBeenCalledWith({ reason: 'close-button' });
  },
};
