import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent } from 'storybook/test';
import '../../src/ui/toolbar/index.js';
import { findDeep, shadow } from '../support/shadow.js';

const statuses = [{ value: 'open', label: 'Em atendimento' }, { value: 'solved', label: 'Resolvido' }];

const meta = {
  title: 'UI/Toolbar/Toolbar',
  component: 'me-toolbar',
  render: () => html`<me-toolbar label="Filtrar solicitações" active="1">
    <me-search-field slot="search" label="Pesquisar"></me-search-field>
    <me-select multiple label="Status" .options=${statuses}></me-select>
    <me-date-range label="Abertas entre"></me-date-range>
    <button slot="actions" style="min-height: 36px">Exportar CSV</button>
  </me-toolbar>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Search, filters and an action in one named group. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const toolbar = await findDeep<HTMLElement>(canvasElement, 'me-toolbar');
    expect(shadow(toolbar).getByRole('group', { name: 'Filtrar solicitações' })).toBeVisible();
  },
};

/** On a phone the filters fold behind "Filtros" (with how many are set); the search stays out. Unfolded, each takes a row. */
export const Narrow: Story = {
  decorators: [(story) => html`<div style="max-width: 360px">${story()}</div>`],
  play: async ({ canvasElement }) => {
    const toolbar = await findDeep<HTMLElement>(canvasElement, 'me-toolbar');
    const search = await findDeep<HTMLElement>(canvasElement, 'me-search-field');
    const select = await findDeep<HTMLElement>(canvasElement, 'me-select');
    expect(select.getBoundingClientRect().height).toBe(0);
    const toggle = shadow(toolbar).getByRole('button', { name: 'Filtros (1 ativo)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(select.getBoundingClientRect().top).toBeGreaterThanOrEqual(search.getBoundingClientRect().bottom - 1);
  },
};
