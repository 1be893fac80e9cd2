/**
 * The bench page: mounts one implementation in #stage and times what a user waits for.
 * Driven by bench/data-list.ts through `window.bench`.
 */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import '../../src/ui/data-list/me-data-list.js';
import type { MeDataList } from '../../src/ui/data-list/me-data-list.js';
import type { Column } from '../../src/ui/data-list/types.js';
import { FIELDS, HEADERS, makeTickets, type BenchTicket } from './data.js';
import { BenchFloor } from './floor.js';
import { countElements, frame, hasText, tick } from '../page-support.js';

export type Impl = 'me-data-list' | 'vaadin-grid' | 'lit-virtual';
type Host = HTMLElement & { items: BenchTicket[] };

// a side-effect import of a file outside src/ would be dropped by the bundler (package.json sideEffects)
customElements.define('bench-floor', BenchFloor);

const data = makeTickets();
const filtered = data.filter((t) => t.subject.includes('nota'));
function create(impl: Impl): Host {
  if (impl === 'me-data-list') {
    const list = document.createElement('me-data-list') as MeDataList<BenchTicket>;
    list.label = 'Chamados';
    list.rowKey = (t) => t.id;
    list.columns = FIELDS.map((field, i): Column<BenchTicket> => ({
      id: field, header: HEADERS[i]!, cell: (t) => t[field], width: field === 'number' ? '8rem' : field === 'subject' ? 'minmax(12rem, 3fr)' : 'minmax(6rem, 1fr)',
    }));
    return list as unknown as Host;
  }
  if (impl === 'lit-virtual') return document.createElement('bench-floor') as unknown as Host;
  const grid = document.createElement('vaadin-grid') as unknown as Host;
  FIELDS.forEach((field, i) => {
    const column = document.createElement('vaadin-grid-column') as HTMLElement & { path: string; header: string };
    column.path = field;
    column.header = HEADERS[i]!;
    grid.append(column);
  });
  return grid;
}

/**
 * Sets the rows, waits until the 13th row's text is in the DOM (a row on the first screen of both
 * data sets that the previous screen did not show), then two animation frames (a paint).
 */
async function time(host: Host, rows: BenchTicket[]): Promise<number> {
  const expected = rows[12]!.subject;
  const start = performance.now();
  host.items = rows;
  for (let i = 0; !hasText(host, expected); i++) {
    if (i > 20000) throw new Error(`never showed ${expected}: ${host.shadowRoot?.innerHTML.slice(0, 500)}`);
    await tick();
  }
  await frame();
  await frame();
  return performance.now() - start;
}

async function run(impl: Impl) {
  const stage = document.getElementById('stage')!;
  const host = create(impl);
  stage.append(host);
  await frame();
  await frame();
  const load = await time(host, data);
  await frame();
  const filter = await time(host, filtered);
  await frame();
  // back to the whole set for the DOM count and the heap: the state a user looks at
  host.items = data;
  await frame();
  await frame();
  return { load, filter, dom: countElements(document.body) };
}

declare global {
  interface Window {
    bench: { run: typeof run; rows: number; filtered: number };
  }
}
window.bench = { run, rows: data.length, filtered: filtered.length };
