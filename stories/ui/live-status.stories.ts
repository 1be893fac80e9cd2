import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../src/core/live/status.js';
import type { MeLiveStatus } from '../../src/core/live/status.js';
import { findDeep, visibleText } from '../support/shadow.js';

/**
 * The live updates' note, rendered by `<me-portal>` at the bottom of the page: it says something
 * only while the browser is offline or the stream is being reopened, and is announced politely.
 */
const meta = {
  title: 'UI/Live updates status',
  component: 'me-live-status',
  args: { state: 'offline' },
  argTypes: { state: { control: 'select', options: ['connecting', 'open', 'polling', 'reconnecting', 'paused', 'offline', 'stopped'] } },
  render: (args) => html`<p>Conteúdo da página.</p><me-live-status .state=${args.state as MeLiveStatus['state']}></me-live-status>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function note(canvasElement: HTMLElement) {
  const el = await findDeep<MeLiveStatus>(canvasElement, 'me-live-status');
  await el.updateComplete;
  return el;
}

/** Offline: what is on screen may be out of date. */
export const Offline: Story = {
  play: async ({ canvasElement }) => {
    const el = await note(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Sem conexão: o que está na tela pode estar desatualizado.'));
    expect(el.shadowRoot!.querySelector('[role=status]')).not.toBeNull();
  },
};

/** The stream dropped and is being reopened. */
export const Reconnecting: Story = {
  args: { state: 'reconnecting' },
  play: async ({ canvasElement }) => {
    const el = await note(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Reconectando às atualizações em tempo real…'));
  },
};

/** Connected (or on the long poll): nothing is shown, the live region stays empty. */
export const Connected: Story = {
  args: { state: 'open' },
  play: async ({ canvasElement }) => {
    const el = await note(canvasElement);
    expect(el.shadowRoot!.querySelector('[part~=status]')).toBeNull();
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).toBe('');
  },
};

/** In English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const el = await note(canvasElement);
    await waitFor(() => expect(visibleText(el)).toContain('Offline: what is on screen may be out of date.'));
  },
};
