/**
 * The drafts storage bench (bench/drafts.ts): a draft record of about 2, 20 and 200 kB (its JSON)
 * written and read `?runs=` times (after 5 uncounted) through
 * - IndexedDB: idb-keyval as `defaultDraftStorage()` uses it (the record as a structured clone);
 * - localStorage: `JSON.stringify` + `setItem`, `getItem` + `JSON.parse`;
 * - the DraftStore as built: `save` + `flush` (merge in one transaction, then the total-size check
 *   that reads every draft) and `load` (on an empty-but-one database).
 * Each sample is taken twice: once alone (latency: call → result, the mean of 10 calls in a row), once
 * with a message-channel pinger running (main thread blocked: the longest stretch in which no ping could run, from the
 * call to the result; a synchronous call blocks for all of it).
 */
import { clear, createStore } from 'idb-keyval';
import { DraftStore, defaultDraftStorage, type DraftRecord } from '../../src/core/drafts.js';

const runs = Number(new URLSearchParams(location.search).get('runs') ?? 50);
const SIZES = [2_000, 20_000, 200_000];
const SENTENCE = 'Ao emitir a NF-e o Protheus mostra "rejeição 539: duplicidade" e a nota fica pendente; já revisamos o certificado e a série. ';

function record(bytes: number): DraftRecord {
  const base: DraftRecord = { form: 'ticket-new', fields: { subject: 'Erro na emissão de NF-e', product: 'prd-protheus', priority: 'high', uploads: ['upl-1', 'upl-2'], description: '' }, fieldTimes: { subject: 1, product: 1, priority: 1, uploads: 1, description: 1 }, savedAt: 1 };
  const encoder = new TextEncoder();
  let text = '';
  while (encoder.encode(JSON.stringify({ ...base, fields: { ...base.fields, description: text } })).length < bytes) text += SENTENCE;
  base.fields.description = text.slice(0, Math.max(0, text.length - Math.floor((encoder.encode(JSON.stringify({ ...base, fields: { ...base.fields, description: text } })).length - bytes) / 1.1)));
  return base;
}

/** latency of one call (ms): the mean of `BATCH` calls one after the other (the page's clock has a 0.1 ms grain) */
const BATCH = 10;
async function latency(op: () => unknown): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) await op();
  return (performance.now() - start) / BATCH;
}

/** the longest stretch (ms) the main thread could not answer a message while `op` ran */
async function blocking(op: () => unknown): Promise<number> {
  const channel = new MessageChannel();
  const pings: number[] = [];
  let on = true;
  await new Promise<void>((resolve) => {
    channel.port1.onmessage = () => {
      pings.push(performance.now());
      if (pings.length === 1) resolve();
      if (on) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  });
  const start = performance.now();
  await op();
  const end = performance.now();
  on = false;
  channel.port1.close();
  const times = [start, ...pings.filter((t) => t > start && t < end), end];
  let max = 0;
  for (let i = 1; i < times.length; i++) max = Math.max(max, times[i]! - times[i - 1]!);
  return max;
}

async function sample(op: () => unknown): Promise<{ ms: number[]; blocked: number[] }> {
  for (let i = 0; i < 5; i++) await op();
  const ms: number[] = [];
  const blocked: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await latency(op));
  for (let i = 0; i < runs; i++) blocked.push(await blocking(op));
  return { ms, blocked };
}

const idb = createStore('meu-espaco', 'drafts');
const storage = defaultDraftStorage();
const scope = { apiBase: '/api', userId: 'usr-bench', organizationId: 'org-a' };
const results: Array<{ size: number; bytes: number; backend: string; op: string; ms: number[]; blocked: number[] }> = [];
for (const size of SIZES) {
  const draft = record(size);
  const json = JSON.stringify(draft);
  const key = `bench|${size}`;
  const bytes = new TextEncoder().encode(json).length;
  await clear(idb);
  localStorage.clear();

  results.push({ size, bytes, backend: 'IndexedDB (idb-keyval)', op: 'write', ...await sample(() => storage.set(key, draft)) });
  results.push({ size, bytes, backend: 'IndexedDB (idb-keyval)', op: 'read', ...await sample(() => storage.get(key)) });
  results.push({ size, bytes, backend: 'localStorage', op: 'write', ...await sample(() => localStorage.setItem(key, JSON.stringify(draft))) });
  results.push({ size, bytes, backend: 'localStorage', op: 'read', ...await sample(() => JSON.parse(localStorage.getItem(key)!) as unknown) });

  await clear(idb);
  const store = new DraftStore({ debounceMs: 60_000 });
  let n = 0;
  results.push({ size, bytes, backend: 'DraftStore', op: 'write', ...await sample(() => {
    store.save(scope, 'ticket-new', { ...draft.fields, description: `${n++}${String(draft.fields.description)}` });
    return store.flush();
  }) });
  results.push({ size, bytes, backend: 'DraftStore', op: 'read', ...await sample(() => new DraftStore().load(scope, 'ticket-new')) });
}
await clear(idb);
localStorage.clear();

declare global {
  interface Window {
    draftsBench: typeof results;
  }
}
window.draftsBench = results;
