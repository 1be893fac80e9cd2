import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../../src/ui/badge.js';
import { visibleText } from '../support/shadow.js';

/** The text of each badge, in page order. */
function badgeTexts(root: HTMLElement, selector: string): string[] {
  return [...root.querySelectorAll(selector)].map((badge) => visibleText(badge));
}

const meta = {
  title: 'UI/Badges',
  component: 'me-status-badge',
} satisfies Meta;

export default meta;
type Story = StoryObj;

const statuses = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
const priorities = ['low', 'normal', 'high', 'urgent'] as const;

const all = html`<p style="display: flex; flex-wrap: wrap; gap: 8px">${statuses.map((s) => html`<me-status-badge status=${s}></me-status-badge>`)}</p>
  <p style="display: flex; flex-wrap: wrap; gap: 8px">${priorities.map((p) => html`<me-priority-badge priority=${p}></me-priority-badge>`)}</p>
  <p style="display: flex; flex-wrap: wrap; gap: 8px">
    <me-badge tone="success">Aprovada</me-badge><me-badge tone="warning">Vence em 2 dias</me-badge>
    <me-badge tone="danger">Vencida</me-badge><me-badge tone="info">Nova versão</me-badge><me-badge>Rascunho</me-badge>
  </p>`;

const render = () => html`<div class="badges">${all}</div>`;

async function texts(canvasElement: HTMLElement, selector: string, expected: string[]) {
  await waitFor(() => expect(badgeTexts(canvasElement, selector)).toEqual(expected));
}

/** Every status, priority and tone: icon + text, never colour alone. */
export const All: Story = {
  render,
  play: async ({ canvasElement }) => {
    await texts(canvasElement, 'me-status-badge', ['Novo', 'Em atendimento', 'Aguardando cliente', 'Em espera', 'Resolvido', 'Encerrado']);
    await texts(canvasElement, 'me-priority-badge', ['Baixa', 'Normal', 'Alta', 'Urgente']);
    await texts(canvasElement, 'me-badge', ['Aprovada', 'Vence em 2 dias', 'Vencida', 'Nova versão', 'Rascunho']);
  },
};

/** Dark scheme (tokens switch; contrast stays AA — the a11y check runs on this story too). */
export const Dark: Story = {
  render,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await texts(canvasElement, 'me-priority-badge', ['Baixa', 'Normal', 'Alta', 'Urgente']);
  },
};

/** English names. */
export const English: Story = {
  render,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await texts(canvasElement, 'me-status-badge', ['New', 'Open', 'Pending', 'On hold', 'Solved', 'Closed']);
    await texts(canvasElement, 'me-priority-badge', ['Low', 'Normal', 'High', 'Urgent']);
  },
};

/** Spanish names. */
export const Spanish: Story = {
  render,
  globals: { locale: 'es' },
  play: async ({ canvasElement }) => {
    await texts(canvasElement, 'me-status-badge', ['Nuevo', 'En atención', 'Esperando al cliente', 'En espera', 'Resuelto', 'Cerrado']);
    await texts(canvasElement, 'me-priority-badge', ['Baja', 'Normal', 'Alta', 'Urgente']);
  },
};
