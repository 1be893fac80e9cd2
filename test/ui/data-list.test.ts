import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { MeDataList } from '../../src/ui/data-list/me-data-list.js';
import type { Column, RowActivateDetail, SelectionChangeDetail } from '../../src/ui/data-list/types.js';
import { deepActiveElement, textOf } from '../helpers/dom.js';
import { columns, countElements, dataRows, makeRows, renderList, rowAt, scroller, settle, type Row } from './data-list-support.js';

const sized = 'height: 400px; width: 800px';

function header(list: HTMLElement, id: string): HTMLElement {
  const index = columns.findIndex((c) => c.id === id);
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role=columnheader]:not(.check)')][index]!;
}

/** Collects the details of one event type fired by `list`. */
function record<D>(list: HTMLElement, type: keyof GlobalEventHandlersEventMap): D[] {
  const details: D[] = [];
  list.addEventListener(type, (event) => details.push((event as CustomEvent<D>).detail));
  return details;
}

describe('<me-data-list> (client mode)', () => {
  it('lines its columns up in every row and the header, whatever each row holds (content-sized tracks are read as fr)', async () => {
    type Wide = { id: string; tag: string; text: string };
    const wide: Column<Wide>[] = [
      { id: 'tag', header: 'Etiqueta', cell: (r) => r.tag, width: 'auto' },
      { id: 'text', header: 'Texto', cell: (r) => r.text, width: 'minmax(6rem, max-content)' },
      { id: 'end', header: 'Fim', cell: () => '—', width: '2fr' },
    ];
    const items: Wide[] = ['a', 'uma etiqueta bem mais comprida', 'média'].map((tag, i) => ({ id: String(i), tag, text: 'x'.repeat(5 + i * 30) }));
    const list = await renderList(html`<me-data-list style=${sized} .columns=${wide} .items=${items}></me-data-list>`);
    const lefts = (row: Element) => [...row.children].map((cell) => Math.round(cell.getBoundingClientRect().left)).join(',');
    const rows = [list.shadowRoot!.querySelector('.header-row')!, ...dataRows(list)];
    expect(new Set(rows.map(lefts)).size, rows.map(lefts).join(' | ')).to.equal(1);
    expect(scroller(list).scrollWidth).to.be.at.most(scroller(list).clientWidth + 1); // fits: no sideways scroll
  });

  it('keeps a long cell’s text in place when the row is clicked (a cell never scrolls sideways)', async () => {
    const long = makeRows(3).map((row) => ({ ...row, subject: `${row.subject} ${'com um assunto muito longo '.repeat(8)}` }));
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .items=${long}></me-data-list>`);
    const cell = dataRows(list)[1]!.querySelectorAll<HTMLElement>('[role=gridcell]')[1]!;
    // the text's offset inside its own cell: what a cell scrolled sideways changes (the list itself may move)
    const textLeft = () => { const range = document.createRange(); range.selectNodeContents(cell); return Math.round(range.getClientRects()[0]!.left - cell.getBoundingClientRect().left); };
    const before = textLeft();
    const box = cell.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.right - 5), Math.round(box.top + box.height / 2)] });
    await sendKeys({ press: 'ArrowRight' });
    cell.scrollLeft = 40; // what a focus or a caret would do to a scrollable (overflow: hidden) cell
    expect(textLeft()).to.be.closeTo(before, 1); // a scrolled cell moves its text by 40 px
  });

  it('leaves out the columns marked hideBelow while narrower than their width, and brings them back', async () => {
    const withOptional: Column<Row>[] = [...columns.slice(0, 2), { ...columns[2]!, hideBelow: 700 }];
    const list = await renderList(html`<me-data-list style="height: 300px; width: 800px" .columns=${withOptional} .items=${makeRows(3)}></me-data-list>`);
    const headers = () => [...list.shadowRoot!.querySelectorAll('[role=columnheader]')].map((h) => textOf(h).replace(/[▲▼]/g, '').trim());
    expect(headers()).to.deep.equal(['Número', 'Assunto', 'Situação']);
    list.style.width = '640px';
    await waitUntil(() => headers().length === 2, `still ${headers()}`);
    expect(dataRows(list)[0]!.querySelectorAll('[role=gridcell]')).to.have.length(2);
    list.style.width = '760px';
    await waitUntil(() => headers().length === 3, `still ${headers()}`);
    expect(textOf(dataRows(list)[0]!)).to.contain(makeRows(1)[0]!.status);
  });

  it('scrolls sideways when the columns’ minimums add up to more than its width', async () => {
    const narrow: Column<Row>[] = columns.map((c) => ({ ...c, width: 'minmax(20rem, 1fr)' }));
    const list = await renderList(html`<me-data-list style="height: 300px; width: 600px" .columns=${narrow} .items=${makeRows(3)}></me-data-list>`);
    const view = scroller(list);
    expect(view.scrollWidth).to.be.greaterThan(view.clientWidth + 100);
    const header = list.shadowRoot!.querySelector('.header-row')!;
    expect(Math.round(dataRows(list)[0]!.getBoundingClientRect().width)).to.equal(Math.round(header.getBoundingClientRect().width));
  });

  it('renders declarative columns as an ARIA grid', async () => {
    const list = await renderList(html`<me-data-list style=${sized} label="Chamados" .columns=${columns} .items=${makeRows(3)}></me-data-list>`);
    const root = list.shadowRoot!;
    const grid = root.querySelector('[role=grid]')!;
    expect(grid.getAttribute('aria-label')).to.equal('Chamados');
    expect(grid.getAttribute('aria-rowcount')).to.equal('4'); // header row + 3
    expect([...root.querySelectorAll('[role=columnheader]')].map((h) => textOf(h).trim())).to.deep.equal(['Número▲', 'Assunto', 'Situação▲']);
    expect(root.querySelector('[part=header]')!.getAttribute('aria-rowindex')).to.equal('1');
    const rows = dataRows(list);
    expect(rows.map((r) => r.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '4']);
    expect([...rows[1]!.querySelectorAll('[role=gridcell][part=cell]')].map((c) => textOf(c))).to.deep.equal(['#00002', 'Chamado 2', 'Aguardando cliente']);
    expect(rows[1]!.querySelector('strong')!.textContent).to.equal('Aguardando cliente'); // a template cell
    expect(header(list, 'number').querySelector('button')).to.exist; // sortable → a button
    expect(header(list, 'subject').querySelector('button')).to.be.null;
    expect(getComputedStyle(root.querySelector('.head')!).position).to.equal('sticky');
  });

  it('is as tall as its owner says: auto shrinks to few rows, max-height scrolls inside', async () => {
    const short = await renderList(html`<me-data-list style="height: auto; max-height: 400px; width: 800px" .columns=${columns} .items=${makeRows(3)}></me-data-list>`);
    expect(short.getBoundingClientRect().height).to.be.within(150, 220); // header + 3 rows
    const long = await renderList(html`<me-data-list style="height: auto; max-height: 400px; width: 800px" .columns=${columns} .items=${makeRows(1000)}></me-data-list>`);
    expect(long.getBoundingClientRect().height).to.equal(400);
    expect(scroller(long).scrollHeight).to.be.greaterThan(40_000);
    expect(dataRows(long).length).to.be.below(25);
    const fallback = await renderList(html`<me-data-list style="width: 800px" .columns=${columns} .items=${makeRows(1000)}></me-data-list>`);
    expect(fallback.getBoundingClientRect().height).to.equal(480);
  });

  it('keeps the DOM bounded with 10,000 rows and End reaches the last one', async () => {
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .items=${makeRows(10_000)}></me-data-list>`);
    expect(countElements(list.shadowRoot!)).to.be.below(500);
    expect(list.shadowRoot!.querySelector('[role=grid]')!.getAttribute('aria-rowcount')).to.equal('10001');
    rowAt(list, 0)!.focus();
    await sendKeys({ press: 'End' });
    await settle(list);
    const last = rowAt(list, 9_999)!;
    expect(textOf(last)).to.contain('Chamado 10000');
    expect(last.getAttribute('aria-rowindex')).to.equal('10001');
    expect(deepActiveElement()).to.equal(last);
    const view = scroller(list).getBoundingClientRect();
    const box = last.getBoundingClientRect();
    expect(box.bottom).to.be.at.most(view.bottom + 1);
    expect(box.top).to.be.at.least(view.top);
    expect(countElements(list.shadowRoot!)).to.be.below(500);
    await sendKeys({ press: 'Home' });
    await settle(list);
    expect(deepActiveElement()).to.equal(rowAt(list, 0));
  });

  it('sorts from its headers: me-sort-change, aria-sort, local order with compare', async () => {
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .items=${makeRows(5)}></me-data-list>`);
    const sorts = record<{ sort: unknown }>(list, 'me-sort-change');
    header(list, 'number').querySelector('button')!.click();
    await settle(list);
    expect(sorts).to.deep.equal([{ sort: { id: 'number', direction: 'asc' } }]);
    expect(header(list, 'number').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(list, 'status').getAttribute('aria-sort')).to.equal('none');
    header(list, 'number').querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(list);
    expect(sorts[1]).to.deep.equal({ sort: { id: 'number', direction: 'desc' } });
    expect(header(list, 'number').getAttribute('aria-sort')).to.equal('descending');
    expect(textOf(dataRows(list)[0]!)).to.contain('#00005'); // compare → sorted here
    // no compare: the owner sorts (server or own data); the element keeps the order it was given
    header(list, 'status').querySelector('button')!.click();
    await settle(list);
    expect(list.sort).to.deep.equal({ id: 'status', direction: 'asc' });
    expect(header(list, 'number').getAttribute('aria-sort')).to.equal('none');
    expect(textOf(rowAt(list, 0)!)).to.contain('#00001');
  });

  it('selects rows with click, Space, shift-ranges and the header checkbox', async () => {
    const list = await renderList(html`<me-data-list selectable style=${sized} .columns=${columns} .items=${makeRows(8)}></me-data-list>`);
    const changes = record<SelectionChangeDetail>(list, 'me-selection-change');
    const checkbox = (i: number) => rowAt(list, i)!.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(list.shadowRoot!.querySelector('[role=grid]')!.getAttribute('aria-multiselectable')).to.equal('true');
    checkbox(1).click();
    await settle(list);
    expect(changes.at(-1)).to.deep.equal({ keys: ['t2'], all: false });
    expect(rowAt(list, 1)!.getAttribute('aria-selected')).to.equal('true');
    expect(checkbox(1).checked).to.be.true;
    // shift+click (a real pointer) extends from the last toggled row
    const box = rowAt(list, 3)!.getBoundingClientRect();
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: [Math.round(box.left + 200), Math.round(box.top + box.height / 2)] });
    await sendKeys({ up: 'Shift' });
    await settle(list);
    expect(changes.at(-1)!.keys).to.deep.equal(['t2', 't3', 't4']);
    // Space toggles the focused row; shift+Space selects from the anchor to it
    rowAt(list, 5)!.focus();
    await sendKeys({ press: 'Space' });
    await settle(list);
    expect(changes.at(-1)!.keys).to.deep.equal(['t2', 't3', 't4', 't6']);
    await sendKeys({ press: 'Space' });
    await settle(list);
    expect(changes.at(-1)!.keys).to.deep.equal(['t2', 't3', 't4']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ up: 'Shift' });
    await settle(list);
    expect(changes.at(-1)!.keys).to.deep.equal(['t2', 't3', 't4', 't6', 't7', 't8']);
    // the header checkbox: all, then none
    const all = list.shadowRoot!.querySelector<HTMLInputElement>('[role=columnheader] input[type=checkbox]')!;
    expect(all.indeterminate).to.be.true;
    all.click();
    await settle(list);
    expect(changes.at(-1)).to.deep.equal({ keys: ['t2', 't3', 't4', 't6', 't7', 't8', 't1', 't5'], all: false });
    expect(all.checked).to.be.true;
    expect(dataRows(list).every((r) => r.getAttribute('aria-selected') === 'true')).to.be.true;
    all.click();
    await settle(list);
    expect(changes.at(-1)).to.deep.equal({ keys: [], all: false });
    expect(list.selectedKeys.size).to.equal(0);
    // Ctrl+A on the rows selects every row too
    rowAt(list, 0)!.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    expect(changes.at(-1)!.keys).to.have.length(8);
  });

  it('is one tab stop; arrows move the active row and Enter activates it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>antes</button>
      <me-data-list selectable style=${sized} .columns=${columns} .items=${makeRows(100)}></me-data-list><button>depois</button></div>`);
    const list = wrapper.querySelector<MeDataList<Row>>('me-data-list')!;
    await settle(list);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(rowAt(list, 0));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(list);
    const third = rowAt(list, 2)!;
    expect(deepActiveElement()).to.equal(third);
    expect(third.matches(':focus-visible')).to.be.true;
    expect(getComputedStyle(third).outlineStyle).to.equal('solid');
    expect(third.tabIndex).to.equal(0);
    expect(dataRows(list).filter((r) => r.tabIndex === 0)).to.have.length(1);
    const activated = oneEvent(list, 'me-row-activate');
    await sendKeys({ press: 'Enter' });
    const detail = (await activated).detail as RowActivateDetail;
    expect(detail).to.deep.include({ key: 't3', index: 2 });
    expect((detail.item as Row).subject).to.equal('Chamado 3');
    await sendKeys({ press: 'PageDown' });
    await settle(list);
    const paged = Number((deepActiveElement() as HTMLElement).dataset.index);
    expect(paged).to.be.greaterThan(5);
    // ArrowUp from the first row reaches the header controls; ArrowDown comes back
    await sendKeys({ press: 'Home' });
    await settle(list);
    await sendKeys({ press: 'ArrowUp' });
    expect((deepActiveElement() as HTMLInputElement).type).to.equal('checkbox');
    await sendKeys({ press: 'ArrowRight' });
    expect(textOf(deepActiveElement()!)).to.contain('Número');
    await sendKeys({ press: 'ArrowDown' });
    await settle(list);
    expect(deepActiveElement()).to.equal(rowAt(list, 0));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(wrapper.querySelectorAll('button')[1]);
  });

  it('activates a row on click (or double-click when asked)', async () => {
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .items=${makeRows(3)}></me-data-list>`);
    const activated = oneEvent(list, 'me-row-activate');
    rowAt(list, 1)!.querySelector<HTMLElement>('[part=cell]')!.click();
    expect(((await activated).detail as RowActivateDetail).key).to.equal('t2');
    list.activation = 'dblclick';
    const fired = record<RowActivateDetail>(list, 'me-row-activate');
    rowAt(list, 0)!.click();
    expect(fired).to.have.length(0);
    rowAt(list, 0)!.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    expect(fired.map((d) => d.key)).to.deep.equal(['t1']);
  });

  it('shows the empty slot, its default text and a count in a polite live region', async () => {
    const list = await renderList(html`<me-data-list style=${sized} .columns=${columns} .items=${[]}></me-data-list>`);
    expect(textOf(list.shadowRoot!.querySelector('[part=empty]')!)).to.equal('Nenhum resultado');
    const live = list.shadowRoot!.querySelector('[role=status]')!;
    const announces = (text: string) => waitUntil(() => live.textContent === text, `announced “${live.textContent}”, not “${text}”`);
    await announces('Nenhum resultado');
    list.items = makeRows(1);
    await announces('1 resultado');
    // counts that change quickly (a filter being typed) are announced once, when they settle
    list.items = makeRows(5);
    await settle(list);
    list.items = makeRows(1234);
    await settle(list);
    expect(live.textContent).to.equal('1 resultado');
    await announces('1.234 resultados');
    const custom = await renderList(html`<me-data-list style=${sized} .columns=${columns}><p slot="empty">Nenhum chamado aberto</p></me-data-list>`);
    expect(textOf(custom)).to.contain('Nenhum chamado aberto');
    expect(textOf(custom)).not.to.contain('Nenhum resultado ');
  });

  it('shows a skeleton while loading and the error state with a retry', async () => {
    const list = await renderList(html`<me-data-list loading style=${sized} .columns=${columns}></me-data-list>`);
    expect(list.shadowRoot!.querySelector('.placeholder')).to.exist;
    expect(list.shadowRoot!.querySelector('[role=grid]')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => list.shadowRoot!.querySelector('[role=status]')!.textContent === 'Carregando…');
    list.loading = false;
    list.error = new Error('boom');
    await settle(list);
    expect(list.shadowRoot!.querySelector('[role=alert]')).to.exist;
    const retried = oneEvent(list, 'me-retry');
    list.shadowRoot!.querySelector<HTMLButtonElement>('[role=alert] button')!.click();
    await retried;
  });

  it('turns rows into keyboard-navigable cards when the element is narrow', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 400px"><me-data-list selectable style="height: 500px" .columns=${columns} .items=${makeRows(50)}></me-data-list></div>`);
    const list = wrapper.querySelector<MeDataList<Row>>('me-data-list')!;
    await settle(list);
    await settle(list);
    const first = rowAt(list, 0)!;
    expect(first.getAttribute('part')).to.equal('row card');
    expect(getComputedStyle(first).display).to.equal('block');
    const subject = first.querySelectorAll('[part=cell]')[1]!;
    expect(getComputedStyle(subject, '::before').content).to.equal('"Assunto do chamado: "');
    const second = rowAt(list, 1)!;
    const [a, b] = [first.getBoundingClientRect(), second.getBoundingClientRect()];
    expect(a.height).to.be.greaterThan(60); // measured card, not the 44 px table row
    expect(b.top).to.be.at.least(a.bottom); // no overlap
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(list);
    expect(deepActiveElement()).to.equal(rowAt(list, 1));
  });

  it('is accessible: table, selection, cards and empty', async () => {
    const list = await renderList(html`<me-data-list selectable style=${sized} label="Chamados" .columns=${columns} .items=${makeRows(30)} .sort=${{ id: 'number', direction: 'asc' }}></me-data-list>`);
    await expect(list).to.be.accessible();
    const narrow = await fixture<HTMLElement>(html`<div style="width: 360px"><me-data-list style="height: 400px" .columns=${columns} .items=${makeRows(5)}></me-data-list></div>`);
    await settle(narrow.querySelector<MeDataList<Row>>('me-data-list')!);
    await expect(narrow).to.be.accessible();
    const empty = await renderList(html`<me-data-list style=${sized} .columns=${columns}></me-data-list>`);
    await expect(empty).to.be.accessible();
  });
});
