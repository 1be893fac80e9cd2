import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/ui/pagination.js';
import { pageItems, type MePagination } from '../../src/ui/pagination.js';
import { deepActiveElement, textOf, useMockApi, waitForText } from '../helpers/portal.js';
import { renderInLocale } from './render.js';

async function renderPagination(page = 1, total = 134) {
  const el = await fixture<MePagination>(html`<me-pagination page=${page} page-size="20" total=${total}></me-pagination>`);
  const changes: Array<{ page: number; pageSize: number }> = [];
  el.addEventListener('me-page-change', (e) => changes.push(e.detail));
  const buttons = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];
  const named = (name: string) => buttons().find((b) => b.getAttribute('aria-label') === name)!;
  return { el, changes, buttons, named };
}

describe('<me-pagination>', () => {
  useMockApi();

  it('lists pages with gaps, in a labelled nav, with the current page marked', async () => {
    expect(pageItems(1, 7)).to.deep.equal([1, 2, 'gap', 7]);
    expect(pageItems(4, 7)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(pageItems(5, 10)).to.deep.equal([1, 'gap', 4, 5, 6, 'gap', 10]);
    const { el, buttons, named } = await renderPagination();
    const nav = el.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Paginação');
    expect(textOf(el)).to.contain('1–20 de 134');
    expect(buttons().map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Página anterior', 'Página 1', 'Página 2', 'Página 7', 'Próxima página']);
    expect(named('Página 1').getAttribute('aria-current')).to.equal('page');
    expect(named('Página anterior').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('goes to a page by number and keeps focus on the chosen page', async () => {
    const { el, changes, named } = await renderPagination();
    named('Página 2').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.page).to.equal(2);
    expect(changes).to.deep.equal([{ page: 2, pageSize: 20 }]);
    expect(deepActiveElement()).to.equal(named('Página 2'));
    expect(named('Página 2').getAttribute('aria-current')).to.equal('page');
    expect(textOf(el)).to.contain('21–40 de 134');
  });

  it('moves with previous/next, which stay focusable and do nothing at the ends', async () => {
    const { el, changes, named } = await renderPagination(6);
    named('Próxima página').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.page).to.equal(7);
    expect(textOf(el)).to.contain('121–134 de 134');
    const next = named('Próxima página');
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(deepActiveElement()).to.equal(next);
    await sendKeys({ press: 'Enter' });
    expect(el.page).to.equal(7);
    named('Página anterior').click();
    expect(changes.map((c) => c.page)).to.deep.equal([7, 6]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows no buttons for a single page and says so when empty', async () => {
    const one = await renderPagination(1, 12);
    expect(one.buttons()).to.have.length(0);
    expect(textOf(one.el)).to.contain('1–12 de 12');
    const empty = await renderPagination(1, 0);
    expect(textOf(empty.el)).to.contain('Nenhum resultado');
    await expect(empty.el).to.be.accessible();
  });

  it('speaks English', async () => {
    const el = await renderInLocale<MePagination>('en', html`<me-pagination page="2" total="1340"></me-pagination>`);
    await waitForText(el, '21–40 of 1,340');
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Pagination');
  });
});
