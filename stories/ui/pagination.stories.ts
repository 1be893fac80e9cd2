import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, fn, userEvent } from 'storybook/test';
import '../../src/ui/pagination.js';
import type { MePagination } from '../../src/ui/pagination.js';
import { expectFocus } from './focus.js';
import { findDeep, shadow, visibleText } from '../support/shadow.js';

interface PaginationArgs {
  page: number;
  pageSize: number;
  total: number;
}

const changed = fn();

const meta = {
  title: 'UI/Pagination',
  component: 'me-pagination',
  args: { page: 1, pageSize: 20, total: 134 },
  beforeEach: () => { changed.mockClear(); },
  render: (args) => html`<me-pagination page=${args.page} page-size=${args.pageSize} total=${args.total}
    @me-page-change=${(e: CustomEvent) => changed(e.detail)}></me-pagination>`,
} satisfies Meta<PaginationArgs>;

export default meta;
type Story = StoryObj<PaginationArgs>;

async function pagination(canvasElement: HTMLElement) {
  const element = await findDeep<MePagination>(canvasElement, 'me-pagination');
  return { element, view: shadow(element) };
}

/** First page: previous is unavailable, page 1 is current. */
export const FirstPage: Story = {
  play: async ({ canvasElement }) => {
    const { element, view } = await pagination(canvasElement);
    expect(view.getByRole('navigation', { name: 'Paginação' })).toBeVisible();
    expect(view.getByRole('button', { name: 'Página 1' })).toHaveAttribute('aria-current', 'page');
    expect(view.getByRole('button', { name: 'Página anterior' })).toHaveAttribute('aria-disabled', 'true');
    expect(visibleText(element)).toContain('1–20 de 134');
    await userEvent.click(view.getByRole('button', { name: 'Página 2' }));
    expect(changed).toHaveBeenCalledWith({ page: 2, pageSize: 20 });
    await expectFocus(view.getByRole('button', { name: 'Página 2' }));
  },
};

/** In the middle: gaps on both sides. */
export const Middle: Story = {
  args: { page: 4, total: 400 },
  play: async ({ canvasElement }) => {
    const { element, view } = await pagination(canvasElement);
    expect(visibleText(element)).toContain('61–80 de 400');
    await userEvent.click(view.getByRole('button', { name: 'Próxima página' }));
    expect(changed).toHaveBeenCalledWith({ page: 5, pageSize: 20 });
  },
};

/** Nothing to page. */
export const Empty: Story = {
  args: { total: 0 },
  play: async ({ canvasElement }) => {
    const { element, view } = await pagination(canvasElement);
    expect(visibleText(element)).toContain('Nenhum resultado');
    expect(view.queryAllByRole('button')).toHaveLength(0);
  },
};

/** In Spanish. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  args: { page: 2, total: 1340 },
  play: async ({ canvasElement }) => {
    const { view } = await pagination(canvasElement);
    await view.findByRole('navigation', { name: 'Paginación' });
    expect(view.getByRole('button', { name: 'Página siguiente' })).toBeVisible();
  },
};
