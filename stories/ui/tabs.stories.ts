import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import '../../src/ui/tabs.js';
import type { MeTabs, TabItem } from '../../src/ui/tabs.js';
import { expectFocus } from './focus.js';
import { findDeep, shadow } from '../support/shadow.js';

const tabs: TabItem[] = [
  { id: 'mine', label: 'Minhas', count: 12 },
  { id: 'cc', label: 'Em cópia', count: 3 },
  { id: 'organization', label: 'Da organização', count: 1280 },
  { id: 'managed', label: 'Gerenciadas', hidden: true },
];

const changed = fn();

const meta = {
  title: 'UI/Tabs',
  component: 'me-tabs',
  beforeEach: () => { changed.mockClear(); },
  render: () => html`<me-tabs label="Solicitações" selected="mine" .tabs=${tabs} @me-tab-change=${(e: CustomEvent) => changed(e.detail)}>
    <p slot="mine">Solicitações que você abriu.</p>
    <p slot="cc">Solicitações em que você está em cópia.</p>
    <p slot="organization">Todas as solicitações da organização.</p>
  </me-tabs>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Counts are part of each tab's name; the hidden tab is not there. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const view = shadow(await findDeep<MeTabs>(canvasElement, 'me-tabs'));
    expect(view.getByRole('tablist', { name: 'Solicitações' })).toBeVisible();
    expect(view.getAllByRole('tab').map((t) => t.textContent!.replace(/\s+/g, ' ').trim())).toHaveLength(3);
    expect(view.getByRole('tab', { name: 'Minhas (12)' })).toHaveAttribute('aria-selected', 'true');
    expect(view.getByRole('tabpanel', { name: 'Minhas (12)' })).toBeVisible();
    expect(view.queryByRole('tab', { name: /Gerenciadas/ })).toBeNull();
  },
};

/** Arrows move and select at once; Home/End jump. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const view = shadow(await findDeep<MeTabs>(canvasElement, 'me-tabs'));
    view.getByRole('tab', { name: 'Minhas (12)' }).focus();
    await userEvent.keyboard('{ArrowRight}');
    await expectFocus(view.getByRole('tab', { name: 'Em cópia (3)' }));
    expect(changed).toHaveBeenLastCalledWith({ id: 'cc', previous: 'mine' });
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(view.getByRole('tab', { name: 'Da organização (1.280)' })).toHaveAttribute('aria-selected', 'true'));
    await userEvent.keyboard('{ArrowRight}');
    await expectFocus(view.getByRole('tab', { name: 'Minhas (12)' }));
  },
};

/** Numbers in English. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const view = shadow(await findDeep<MeTabs>(canvasElement, 'me-tabs'));
    await view.findByRole('tab', { name: 'Da organização (1,280)' });
  },
};
