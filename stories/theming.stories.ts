import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/modules/company/define.js';
import '../src/modules/profile/define.js';
import { findDeep } from './support/shadow.js';

/** The profile's "Salvar" button and the company card: where the brand colour, radius and font show. */
async function themed(canvasElement: HTMLElement) {
  const profile = await findDeep<HTMLElement>(canvasElement, 'me-profile');
  const save = await waitFor(() => {
    const button = profile.shadowRoot!.querySelector('me-submit-button')?.shadowRoot?.querySelector('button');
    expect(button).toBeTruthy();
    return button!;
  }, { timeout: 8000 });
  const company = await findDeep<HTMLElement>(canvasElement, 'me-company');
  return { profile, save, company };
}

const meta = {
  title: 'Theming',
  render: () => html`<div class="theme-sample"><me-profile></me-profile><me-company></me-company></div>`,
  parameters: { docs: { description: { component: 'Every colour, radius, spacing and the font come from `--me-*` custom properties set on `<me-portal>` or any ancestor, each falling back to the TOTVS PO UI token and then a literal; `theme="dark"` / `"auto"` switches the scheme.' } } },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The defaults: TOTVS-like blue, Nunito Sans, 8 px radius. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const { save } = await themed(canvasElement);
    expect(getComputedStyle(save).backgroundColor).toBe('rgb(4, 91, 143)');
  },
};

/** Inside a PO UI application: its tokens (`--color-action-default`, `--font-family-theme`, `--border-radius-md`) flow in untouched. */
export const PoUiTokens: Story = {
  render: () => html`<div style="--color-action-default: #0c6c94; --font-family-theme: 'Roboto', sans-serif; --border-radius-md: 12px; --border-radius-sm: 6px">
    <me-profile></me-profile><me-company></me-company></div>`,
  play: async ({ canvasElement }) => {
    const { save, company } = await themed(canvasElement);
    expect(getComputedStyle(save).backgroundColor).toBe('rgb(12, 108, 148)');
    expect(getComputedStyle(save).borderRadius).toBe('6px');
    expect(getComputedStyle(company).fontFamily).toContain('Roboto');
  },
};

/** A customer's own brand through the `--me-*` tokens (they win over PO UI's). */
export const CustomBrand: Story = {
  render: () => html`<div style="--me-color-primary: #7a2e8e; --me-color-primary-hover: #5c1f6b; --me-radius: 2px; --me-radius-sm: 2px; --me-font-family: Georgia, serif; --color-action-default: #0c6c94">
    <me-profile></me-profile><me-company></me-company></div>`,
  play: async ({ canvasElement }) => {
    const { save, company } = await themed(canvasElement);
    expect(getComputedStyle(save).backgroundColor).toBe('rgb(122, 46, 142)');
    expect(getComputedStyle(save).borderRadius).toBe('2px');
    expect(getComputedStyle(company).fontFamily).toContain('Georgia');
  },
};

/** The dark scheme (`<me-portal theme="dark">`): every default is a `light-dark()` pair. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const { save, company } = await themed(canvasElement);
    await waitFor(() => expect(getComputedStyle(save).backgroundColor).toBe('rgb(92, 184, 230)'));
    const card = company.shadowRoot!.querySelector('[part=card]');
    if (card) expect(getComputedStyle(card).backgroundColor).toBe('rgb(20, 25, 30)');
  },
};
