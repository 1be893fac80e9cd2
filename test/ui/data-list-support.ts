/** Shared fixtures of the `<me-data-list>` tests: ticket-like rows, columns, a recording page source. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/ui/data-list/me-data-list.js';
import type { MeDataList } from '../../src/ui/data-list/me-data-list.js';
import type { Column } from '../../src/ui/data-list/types.js';
import { fakeSource as pagedFixture } from '../fixtures/ticket-rows.js';

export interface Row {
  id: string;
  number: string;
  subject: string;
  status: string;
}

const STATUSES = ['Aberto', 'Em andamento', 'Aguardando cliente', 'Resolvido'];

export function makeRows(count: number, from = 0): Row[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i + 1;
    return { id: `t${n}`, number: `#${String(n).padStart(5, '0')}`, subject: `Chamado ${n}`, status: STATUSES[n % STATUSES.length]! };
  });
}

export const columns: Column<Row>[] = [
  { id: 'number', header: 'Número', cell: (row) => row.number, width: '8rem', sortable: true, compare: (a, b) => a.number.localeCompare(b.number) },
  { id: 'subject', header: 'Assunto', cell: (row) => row.subject, width: 'minmax(10rem, 2fr)', cardLabel: 'Assunto do chamado' },
  { id: 'status', header: 'Situação', cell: (row) => html`<strong>${row.status}</strong>`, sortable: true },
];

/** A fake server paging `total` of these rows (see test/fixtures/ticket-rows.ts); records every page asked for. */
export function fakeSource(total: number, options: { pageSize?: number; delay?: number; fail?: (page: number) => boolean; held?: boolean } = {}) {
  return pagedFixture(total, makeRows, options);
}

export async function renderList(template: TemplateResult): Promise<MeDataList<Row>> {
  const list = await fixture<MeDataList<Row>>(template);
  await settle(list);
  return list;
}

/** Waits for the element's update plus the virtualizer's follow-up render. */
export async function settle(list: MeDataList<Row>): Promise<void> {
  await list.updateComplete;
  await nextFrame();
  await nextFrame();
  await list.updateComplete;
}

export function dataRows(list: HTMLElement): HTMLElement[] {
  return [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role=row][data-index]')];
}

export function rowAt(list: HTMLElement, index: number): HTMLElement | null {
  return list.shadowRoot!.querySelector<HTMLElement>(`[role=row][data-index="${index}"]`);
}

export function scroller(list: HTMLElement): HTMLElement {
  return list.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
}

export { countElements } from '../helpers/dom.js';
