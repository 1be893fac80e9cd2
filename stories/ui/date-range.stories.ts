import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, fn, userEvent } from 'storybook/test';
import '../../src/ui/toolbar/date-range.js';
import { findDeep, shadow } from '../support/shadow.js';

interface RangeArgs {
  from: string;
  to: string;
  label?: string;
}

const changed = fn();

const meta = {
  title: 'UI/Toolbar/Date range',
  component: 'me-date-range',
  args: { from: '', to: '', label: 'Abertas entre' },
  beforeEach: () => { changed.mockClear(); },
  render: (args) => html`<me-date-range label=${ifDefined(args.label)} from=${args.from} to=${args.to}
    @change=${(e: Event) => { if (e instanceof CustomEvent) changed(e.detail); }}></me-date-range>`,
} satisfies Meta<RangeArgs>;

export default meta;
type Story = StoryObj<RangeArgs>;

async function range(canvasElement: HTMLElement) {
  const element = await findDeep<HTMLElement>(canvasElement, 'me-date-range');
  return { element, view: shadow(element) };
}

/** Two labelled dates in a named group; a change carries both as YYYY-MM-DD. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const { view } = await range(canvasElement);
    expect(view.getByRole('group', { name: 'Abertas entre' })).toBeVisible();
    const from = view.getByLabelText('De');
    await userEvent.type(from, '2026-03-01');
    from.dispatchEvent(new Event('change'));
    expect(changed).toHaveBeenLastCalledWith({ from: '2026-03-01', to: '' });
  },
};

/** A start after the end: an inline message tied to the inputs, and no change event. */
export const Invalid: Story = {
  args: { from: '2026-03-20', to: '2026-03-01' },
  play: async ({ canvasElement }) => {
    const { view } = await range(canvasElement);
    expect(view.getByRole('alert')).toHaveTextContent('A data inicial deve ser igual ou anterior à data final.');
    expect(view.getByLabelText('Até')).toHaveAccessibleDescription('A data inicial deve ser igual ou anterior à data final.');
    expect(view.getByLabelText('Até')).toHaveAttribute('aria-invalid', 'true');
  },
};

/** A valid period. */
export const Filled: Story = {
  args: { from: '2026-03-01', to: '2026-03-31' },
  play: async ({ canvasElement }) => {
    const { view } = await range(canvasElement);
    expect(view.getByLabelText('De')).toHaveValue('2026-03-01');
    expect(view.queryByRole('alert')).toBeNull();
  },
};

/** In Spanish, with the default label. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { label: undefined },
  play: async ({ canvasElement }) => {
    const { view } = await range(canvasElement);
    await view.findByRole('group', { name: 'Período' });
    await view.findByLabelText('Desde');
  },
};
