import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/toast.js';
import { announce, showToast, type MeToastRegion } from '../../src/ui/toast.js';
import { holdTimers } from '../../test/helpers/clock.js';
import { findDeep, shadow, visibleText } from '../support/shadow.js';

const meta = {
  title: 'UI/Toast',
  component: 'me-toast-region',
  render: () => html`<div style="min-height: 320px">
    <button id="success" @click=${() => showToast({ message: 'Solicitação 1234567 criada.', variant: 'success' })}>Sucesso</button>
    <button id="error" @click=${() => showToast({ message: 'Não foi possível anexar o arquivo.', variant: 'error' })}>Erro</button>
    <button id="info" @click=${() => showToast('A lista foi atualizada.')}>Informação</button>
    <button id="announce" @click=${() => announce('3 solicitações encontradas.')}>Só anunciar</button>
    <me-toast-region duration="1500"></me-toast-region>
  </div>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function setup(canvasElement: HTMLElement) {
  const region = await findDeep<MeToastRegion>(canvasElement, 'me-toast-region');
  const click = async (id: string) => userEvent.click(await findDeep<HTMLButtonElement>(canvasElement, `#${id}`));
  return { region, view: shadow(region), click };
}

/** Success: icon + "Sucesso:" + text, announced politely, gone after `duration`. */
export const Success: Story = {
  play: async ({ canvasElement }) => {
    const { region, view, click } = await setup(canvasElement);
    await click('success');
    await waitFor(() => expect(view.getByRole('status')).toHaveTextContent('Sucesso: Solicitação 1234567 criada.'));
    expect(view.getByRole('list', { name: 'Notificações' })).toBeVisible();
    await waitFor(() => expect(region.shadowRoot!.querySelector('[part=toast]')).toBeNull(), { timeout: 4000 });
  },
};

/** Errors are announced assertively and stay until dismissed. */
export const ErrorToast: Story = {
  play: async ({ canvasElement }) => {
    const { region, view, click } = await setup(canvasElement);
    // the region's timers run on a held clock: the story moves it well past the toasts' duration (1.5 s) instead of waiting
    const clock = holdTimers((ms) => ms >= 1000);
    try {
      await click('error');
      await region.updateComplete;
      expect(view.getByRole('alert')).toHaveTextContent('Erro: Não foi possível anexar o arquivo.');
      await clock.advance(60_000);
      await region.updateComplete;
      expect(view.getByRole('list', { name: 'Notificações' })).toBeVisible();
      expect(visibleText(view.getByRole('listitem'))).toContain('Erro: Não foi possível anexar o arquivo.');
    } finally {
      clock.restore();
    }
    await userEvent.click(view.getByRole('button', { name: 'Fechar notificação' }));
    await waitFor(() => expect(view.queryByRole('list')).toBeNull());
  },
};

/** Several at once; `announce()` speaks without showing anything. */
export const Stack: Story = {
  play: async ({ canvasElement }) => {
    const { region, view, click } = await setup(canvasElement);
    await click('info');
    await click('error');
    await click('announce');
    await waitFor(() => expect(view.getAllByRole('listitem')).toHaveLength(2));
    expect(view.getByRole('status')).toHaveTextContent('3 solicitações encontradas.');
    expect(visibleText(region)).toContain('Informação: A lista foi atualizada.');
  },
};
