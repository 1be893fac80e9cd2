import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { MeDataList } from '../../src/ui/data-list/me-data-list.js';
import type { SelectionChangeDetail } from '../../src/ui/data-list/types.js';
import { deepActiveElement, textOf } from '../helpers/dom.js';
import { renderPortal, useMockApi, waitForText } from '../helpers/portal.js';
import { columns, dataRows, fakeSource, renderList, rowAt, scroller, settle, type Row } from './data-list-support.js';

const sized = 'height: 400px; width: 800px';
const live = (list: HTMLElement) => list.shadowRoot!.querySelector('[role=status]')?.textContent; // nothing until the list's first render
const noDuplicates = (pages: number[]) => expect(new Set(pages).size, `pages asked twice: ${pages}`).to.equal(pages.length);

describe('<me-data-list> (server paging)', () => {
  it('shows a skeleton, then the first pages, asking for each page once', async () => {
    const source = fakeSource(10_000, { held: true }); // each page answers when the test releases it
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .source=${source}></me-data-list>`);
    const grid = list.shadowRoot!.querySelector('[role=grid]')!;
    expect(list.shadowRoot!.querySelector('.placeholder')).to.exist;
    expect(grid.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => live(list) === 'Carregando…', 'loading was never announced');
    expect(source.requested).to.deep.equal([1]);
    source.release(1);
    await waitUntil(() => rowAt(list, 0) && textOf(rowAt(list, 0)!).includes('Chamado 1'), 'page 1 never showed');
    await settle(list);
    expect(grid.getAttribute('aria-rowcount')).to.equal('10001');
    await waitUntil(() => live(list) === '10.000 resultados', `announced ${live(list)}`);
    expect(list.shadowRoot!.querySelector('.placeholder')).to.be.null;
    expect(source.requested).to.deep.equal([1]); // the page on screen, not yet the next one
    // past the middle of page 1 (rows 0–49), page 2 is asked for before the user reaches it
    scroller(list).scrollTop = 20 * 44;
    await waitUntil(() => source.requested.length === 2, `pages asked: ${source.requested}`);
    expect(source.requested).to.deep.equal([1, 2]);
    expect(textOf(rowAt(list, 25)!)).to.include('Chamado 26');
    // page 2 is still in flight (held): scrolling on does not ask for it again
    scroller(list).scrollTop = 30 * 44;
    await settle(list);
    scroller(list).scrollTop = 25 * 44;
    await settle(list);
    expect(source.requested).to.deep.equal([1, 2]);
    source.release(2);
    scroller(list).scrollTop = 45 * 44;
    await waitUntil(() => dataRows(list).some((r) => textOf(r).includes('Chamado 51')), 'page 2 never showed');
    expect(source.requested).to.deep.equal([1, 2]);
  });

  it('asks for the last page when scrolled to the bottom, with skeleton rows until it arrives', async () => {
    const source = fakeSource(10_000, { held: true });
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .source=${source}></me-data-list>`);
    await waitUntil(() => source.waiting().includes(1), 'page 1 was never asked for');
    source.release(1);
    await waitUntil(() => rowAt(list, 0) && dataRows(list).some((r) => textOf(r).includes('Chamado 2')));
    const view = scroller(list);
    view.scrollTop = view.scrollHeight;
    await settle(list);
    await waitUntil(() => source.requested.includes(200), `pages asked: ${source.requested}`);
    const last = rowAt(list, 9_999)!;
    // page 200 is held: its rows are skeletons, whatever the machine's speed
    expect(last.querySelector('.skeleton-cell')).to.exist;
    expect(last.querySelector('.skeleton-cell')!.getAttribute('aria-label')).to.equal('Carregando linha');
    source.release(200);
    await waitUntil(() => textOf(rowAt(list, 9_999) ?? document.body).includes('Chamado 10000'), 'the last page never showed');
    view.scrollTop = view.scrollHeight / 2;
    await settle(list);
    source.release();
    view.scrollTop = view.scrollHeight;
    await settle(list);
    source.release();
    noDuplicates(source.requested);
    expect(source.requested.filter((p) => p === 200)).to.have.length(1);
  });

  it('End reaches the last row of the total, loading its page', async () => {
    const source = fakeSource(10_000, { pageSize: 100 });
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .source=${source}></me-data-list>`);
    await waitUntil(() => rowAt(list, 0) && textOf(rowAt(list, 0)!).includes('Chamado 1'));
    rowAt(list, 0)!.focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => textOf(rowAt(list, 9_999) ?? document.body).includes('Chamado 10000'), 'the last row never loaded');
    await settle(list);
    expect(source.requested).to.include(100);
    expect(deepActiveElement()).to.equal(rowAt(list, 9_999)); // focus survived the skeleton → row swap
    noDuplicates(source.requested);
  });

  it('resets when the source changes', async () => {
    const first = fakeSource(500);
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .source=${first}></me-data-list>`);
    await waitUntil(() => rowAt(list, 0) && textOf(rowAt(list, 0)!).includes('Chamado 1'));
    scroller(list).scrollTop = 2000;
    await settle(list);
    const second = fakeSource(3, { delay: 100 });
    list.source = second;
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('.placeholder')).to.exist;
    expect(dataRows(list)).to.have.length(0);
    await waitUntil(() => live(list) === '3 resultados', `showed ${live(list)}`);
    await settle(list);
    expect(second.requested).to.deep.equal([1]);
    expect(scroller(list).scrollTop).to.equal(0);
    expect(dataRows(list)).to.have.length(3);
  });

  it('shows the error with a retry that reloads the failed page', async () => {
    let failures = 1;
    const source = fakeSource(120, { fail: (page) => page === 1 && failures-- > 0 });
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .source=${source}></me-data-list>`);
    await waitUntil(() => list.shadowRoot!.querySelector('[role=alert]'), 'no error shown');
    expect(textOf(list)).to.contain('Não foi possível carregar os dados.');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await waitUntil(() => rowAt(list, 0) && textOf(rowAt(list, 0)!).includes('Chamado 1'), 'retry never loaded page 1');
    expect(source.requested.filter((p) => p === 1)).to.have.length(2);
    expect(list.shadowRoot!.querySelector('[role=alert]')).to.be.null;
  });

  it('a later page failing shows which rows failed and retries only that page', async () => {
    let failures = 1;
    const source = fakeSource(500, { fail: (page) => page === 3 && failures-- > 0 });
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .source=${source}></me-data-list>`);
    await waitUntil(() => rowAt(list, 0) && textOf(rowAt(list, 0)!).includes('Chamado 1'));
    scroller(list).scrollTop = 110 * 44;
    await waitForText(list, 'Não foi possível carregar as linhas 101 a 150.');
    expect(rowAt(list, 110)!.hasAttribute('data-failed')).to.be.true;
    const before = source.requested.length;
    list.shadowRoot!.querySelector<HTMLButtonElement>('.page-error button')!.click();
    await waitUntil(() => textOf(rowAt(list, 110) ?? document.body).includes('Chamado 111'), 'page 3 never reloaded');
    expect(source.requested.slice(before)).to.deep.equal([3]);
    expect(list.shadowRoot!.querySelector('.page-error')).to.be.null;
  });

  it('select all marks every row of the total, loaded or not', async () => {
    const source = fakeSource(1_000);
    const list = await renderList(html`<me-data-list selectable style=${sized} .columns=${columns} .source=${source}></me-data-list>`);
    await waitUntil(() => rowAt(list, 0) && textOf(rowAt(list, 0)!).includes('Chamado 1'));
    await settle(list);
    const changes: SelectionChangeDetail[] = [];
    list.addEventListener('me-selection-change', (e) => changes.push(e.detail));
    list.shadowRoot!.querySelector<HTMLInputElement>('[role=columnheader] input')!.click();
    await settle(list);
    expect(changes[0]!.all).to.be.true;
    expect(changes[0]!.keys).to.have.length(50); // the loaded page
    expect(list.allSelected).to.be.true;
    scroller(list).scrollTop = 600 * 44;
    await waitUntil(() => dataRows(list).some((r) => textOf(r).includes('Chamado 610')));
    expect(dataRows(list).every((r) => r.getAttribute('aria-selected') === 'true')).to.be.true;
    await expect(list).to.be.accessible();
  });
});

describe('<me-data-list> in a portal', () => {
  useMockApi();

  it('announces the count in the portal language', async () => {
    const en = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale="en"><me-data-list style=${sized} .columns=${columns} .source=${fakeSource(1234)}></me-data-list></me-portal>`);
    const list = en.querySelector<MeDataList<Row>>('me-data-list')!;
    await waitUntil(() => live(list) === '1,234 results', `showed ${live(list)}`);
    expect(list.shadowRoot!.querySelector('[role=grid]')!.getAttribute('aria-label')).to.equal('List');
    const es = await renderPortal(html`<me-portal api-base="/api" token="demo-token" locale="es"><me-data-list style=${sized} .columns=${columns} .items=${[]}></me-data-list></me-portal>`);
    await waitForText(es.querySelector('me-data-list')!, 'Ningún resultado');
  });
});
