import { expect } from '@open-wc/testing';
import { clear, createStore, keys as idbKeys } from 'idb-keyval';
import { DraftStore, defaultDraftStorage, type DraftRecord, type DraftScope, type DraftStorage } from '../../src/core/drafts.js';

const API = 'https://api.example.test/meu-espaco';
const ana: DraftScope = { apiBase: API, userId: 'usr-ana', organizationId: 'org-a' };
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 10, 28, 12);

/** the real IndexedDB object store the default storage uses, read behind the store's back */
const idb = createStore('meu-espaco', 'drafts');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** the default storage with its calls counted (writes per key) */
function counted(inner: DraftStorage = defaultDraftStorage()) {
  const writes: string[] = [];
  const storage: DraftStorage = {
    get: (key) => inner.get(key),
    set: (key, value) => { writes.push(key); return inner.set(key, value); },
    del: (key) => inner.del(key),
    keys: () => inner.keys(),
    update: (key, change) => { writes.push(key); return inner.update!(key, change); },
  };
  return { storage, writes };
}

/** a clock the test moves */
function clock(start = T0) {
  const c = { time: start, now: () => c.time };
  return c;
}

const created: DraftStore[] = [];
function store(options: ConstructorParameters<typeof DraftStore>[0] = {}): DraftStore {
  const s = new DraftStore({ debounceMs: 20, ...options });
  created.push(s);
  return s;
}

describe('DraftStore', () => {
  beforeEach(async () => {
    await clear(idb);
  });
  afterEach(async () => {
    for (const s of created.splice(0)) await s.flush();
    await clear(idb);
  });

  it('keeps a draft only for its API base, user and organization', async () => {
    const drafts = store();
    drafts.save(ana, 'ticket-new', { subject: 'Erro ao emitir NF-e', priority: 'high' });
    await drafts.flush();

    const fresh = store();
    expect((await fresh.load(ana, 'ticket-new'))?.fields).to.deep.equal({ subject: 'Erro ao emitir NF-e', priority: 'high' });
    expect(await fresh.load({ ...ana, userId: 'usr-bruno' }, 'ticket-new'), 'another user').to.equal(undefined);
    expect(await fresh.load({ ...ana, organizationId: 'org-b' }, 'ticket-new'), 'another organization').to.equal(undefined);
    expect(await fresh.load({ apiBase: API, userId: 'usr-ana' }, 'ticket-new'), 'no organization').to.equal(undefined);
    expect(await fresh.load({ ...ana, apiBase: 'https://api.example.test/outro' }, 'ticket-new'), 'another API base').to.equal(undefined);
    expect(await fresh.load(ana, 'ticket-reply:tkt-1'), 'another form').to.equal(undefined);
    // the same API base spelled with a trailing slash and an upper-case host is the same backend
    expect((await fresh.load({ ...ana, apiBase: 'https://API.example.test/meu-espaco/' }, 'ticket-new'))?.fields.subject).to.equal('Erro ao emitir NF-e');

    expect(fresh.key(ana, 'ticket-new')).to.equal('draft:v1|https://api.example.test/meu-espaco|usr-ana|org-a|ticket-new');
    expect(fresh.key({ apiBase: '/api', userId: 'u|1' }, 'f')).to.equal(`draft:v1|${location.origin}/api|u%7C1|-|f`);
    expect(fresh.key({ apiBase: API, userId: 'u', organizationId: '-' }, 'f'), 'an organization named "-" is not "none"')
      .to.not.equal(fresh.key({ apiBase: API, userId: 'u' }, 'f'));
    expect(await idbKeys(idb)).to.deep.equal(['draft:v1|https://api.example.test/meu-espaco|usr-ana|org-a|ticket-new']);
  });

  it('writes many saves of one draft as one write, after the pause', async () => {
    const { storage, writes } = counted();
    const drafts = store({ storage, debounceMs: 400 });
    for (let i = 1; i <= 30; i++) drafts.save(ana, 'ticket-new', { description: 'x'.repeat(i) });
    // each save restarts the pause: 5 more saves 100 ms apart, the last one 500 ms after the first
    for (let i = 31; i <= 35; i++) {
      await sleep(100);
      drafts.save(ana, 'ticket-new', { description: 'x'.repeat(i) });
    }
    await sleep(50);
    expect(writes, 'nothing written while saves keep coming').to.deep.equal([]);
    await sleep(600);
    expect(writes).to.deep.equal([drafts.key(ana, 'ticket-new')]);
    expect((await store().load(ana, 'ticket-new'))?.fields.description).to.equal('x'.repeat(35));
  });

  it('still writes a draft typed without a pause (at most 5 pauses late)', async () => {
    const { storage, writes } = counted();
    const drafts = store({ storage, debounceMs: 40 });
    for (let i = 0; i < 20; i++) {
      drafts.save(ana, 'ticket-new', { description: `texto ${i}` });
      await sleep(20);
    }
    // 400 ms of saves 20 ms apart: never a 40 ms pause, but written every 200 ms
    expect(writes.length).to.be.within(1, 9);
    await drafts.flush();
    expect((await store().load(ana, 'ticket-new'))?.fields.description).to.equal('texto 19');
  });

  it('merges two tabs field by field: different fields are both kept, the same field goes to the last write', async () => {
    const tabA = clock(T0);
    const tabB = clock(T0);
    const a = store({ now: tabA.now });
    const b = store({ now: tabB.now });
    a.save(ana, 'distribution:lic-1', { 'inst-1': 10, note: 'de A' });
    tabB.time = T0 + 1000;
    b.save(ana, 'distribution:lic-1', { 'inst-2': 20, note: 'de B' });
    // B writes first, then A's older values arrive
    await b.flush();
    await a.flush();
    const record = await store().load(ana, 'distribution:lic-1');
    expect(record?.fields).to.deep.equal({ 'inst-1': 10, 'inst-2': 20, note: 'de B' });
    expect(record?.fieldTimes).to.deep.equal({ 'inst-1': T0, 'inst-2': T0 + 1000, note: T0 + 1000 });
    expect(record?.savedAt).to.equal(T0 + 1000);

    // A edits the note later: now A's note wins, B's field stays
    tabA.time = T0 + 5000;
    a.save(ana, 'distribution:lic-1', { note: 'de A, depois' });
    await a.flush();
    expect((await b.load(ana, 'distribution:lic-1'))?.fields).to.deep.equal({ 'inst-1': 10, 'inst-2': 20, note: 'de A, depois' });
  });

  it('keeps the server version the draft started from, and undefined removes a field', async () => {
    const drafts = store();
    drafts.save(ana, 'contact-edit:ct-9', { name: 'Ana', phone: '11 5555-0000' }, { version: 'W/"v1"' });
    await drafts.flush();
    drafts.save(ana, 'contact-edit:ct-9', { phone: undefined }, { version: 'W/"v2"' });
    await drafts.flush();
    const record = await store().load(ana, 'contact-edit:ct-9');
    expect(record?.version).to.equal('W/"v1"');
    expect(record?.fields).to.deep.equal({ name: 'Ana' });
    drafts.save(ana, 'contact-edit:ct-9', { name: undefined });
    await drafts.flush();
    expect(await store().load(ana, 'contact-edit:ct-9'), 'no field left: no draft').to.equal(undefined);
    expect(await idbKeys(idb)).to.deep.equal([]);
  });

  it('loads pending changes of the same store before they are written', async () => {
    const drafts = store({ debounceMs: 10_000 });
    drafts.save(ana, 'ticket-reply:tkt-1', { body: 'Segue o log' });
    expect((await drafts.load(ana, 'ticket-reply:tkt-1'))?.fields).to.deep.equal({ body: 'Segue o log' });
    expect(await idbKeys(idb)).to.deep.equal([]);
  });

  it('expires a draft at 7 days: load deletes it, sweep (also run by a store\'s first load) deletes every expired one', async () => {
    const time = clock(T0 - DAY);
    const drafts = store({ now: time.now });
    const bruno = { ...ana, userId: 'usr-bruno' };
    drafts.save(bruno, 'ticket-new', { subject: 'Antigo' });
    time.time = T0;
    drafts.save(ana, 'os-reject:os-a064', { reason: 'Horas acima do combinado' });
    time.time = T0 + 3 * DAY;
    drafts.save(ana, 'profile-edit', { phone: '11 5555-0101' });
    await drafts.flush();
    expect((await idbKeys(idb)).length).to.equal(3);

    time.time = T0 + 6 * DAY;
    await drafts.sweep();
    expect((await idbKeys(idb)).map(String).sort(), 'sweep: the 7-day-old draft only')
      .to.deep.equal([drafts.key(ana, 'os-reject:os-a064'), drafts.key(ana, 'profile-edit')]);

    time.time = T0 + 7 * DAY - 1;
    expect((await store({ now: time.now }).load(ana, 'os-reject:os-a064'))?.fields.reason).to.equal('Horas acima do combinado');
    time.time = T0 + 7 * DAY;
    expect(await store({ now: time.now }).load(ana, 'os-reject:os-a064')).to.equal(undefined);
    expect(await idbKeys(idb)).to.deep.equal([drafts.key(ana, 'profile-edit')]);

    // a store's first load sweeps: the profile draft goes without being loaded
    time.time = T0 + 10 * DAY;
    const later = store({ now: time.now });
    expect(await later.load(ana, 'ticket-new')).to.equal(undefined);
    await later.flush();
    expect(await idbKeys(idb)).to.deep.equal([]);
  });

  it('does not write a draft over maxDraftBytes and keeps the last good one', async () => {
    const drafts = store({ maxDraftBytes: 1000 });
    drafts.save(ana, 'ticket-new', { description: 'Curta' });
    await drafts.flush();
    drafts.save(ana, 'ticket-new', { description: 'ç'.repeat(600) }); // 1200 bytes in UTF-8
    await drafts.flush();
    expect((await store().load(ana, 'ticket-new'))?.fields.description).to.equal('Curta');
    drafts.save(ana, 'ticket-new', { description: 'c'.repeat(600) }); // under the bound in bytes
    await drafts.flush();
    expect((await store().load(ana, 'ticket-new'))?.fields.description).to.equal('c'.repeat(600));
  });

  it('deletes the oldest drafts first when all of them are over maxTotalBytes', async () => {
    const time = clock(T0);
    const drafts = store({ now: time.now, maxTotalBytes: 3 * 1300 });
    for (const [i, form] of ['a', 'b', 'c', 'd'].entries()) {
      time.time = T0 + i * 1000;
      drafts.save(ana, `form-${form}`, { text: 't'.repeat(1000) });
      await drafts.flush();
    }
    const left = (await idbKeys(idb)).map(String).sort();
    expect(left).to.deep.equal(['b', 'c', 'd'].map((f) => drafts.key(ana, `form-${f}`)));
    // an older draft edited again is the newest
    time.time = T0 + 10_000;
    drafts.save(ana, 'form-b', { text: 'u'.repeat(1000) });
    await drafts.flush();
    drafts.save(ana, 'form-e', { text: 'e'.repeat(1000) });
    await drafts.flush();
    expect((await idbKeys(idb)).map(String).sort()).to.deep.equal(['b', 'd', 'e'].map((f) => drafts.key(ana, `form-${f}`)));
  });

  it('clearUser removes every draft of that user in every organization, and nothing else', async () => {
    const drafts = store({ debounceMs: 10_000 });
    drafts.save(ana, 'ticket-new', { subject: 'a' });
    drafts.save({ ...ana, organizationId: 'org-b' }, 'ticket-new', { subject: 'b' });
    drafts.save({ apiBase: API, userId: 'usr-ana' }, 'profile-edit', { name: 'Ana' });
    drafts.save({ ...ana, userId: 'usr-bruno' }, 'ticket-new', { subject: 'bruno' });
    drafts.save({ ...ana, userId: 'usr-ana2' }, 'ticket-new', { subject: 'outra pessoa, id com o mesmo começo' });
    drafts.save({ ...ana, apiBase: 'https://outro.example.test' }, 'ticket-new', { subject: 'outro backend' });
    await drafts.flush();
    drafts.save(ana, 'ticket-reply:tkt-1', { body: 'pendente' }); // not written yet: cancelled too
    await drafts.clearUser(`${API}/`, 'usr-ana');
    await drafts.flush();
    expect((await idbKeys(idb)).map(String).sort()).to.deep.equal([
      drafts.key({ ...ana, apiBase: 'https://outro.example.test' }, 'ticket-new'),
      drafts.key({ ...ana, userId: 'usr-ana2' }, 'ticket-new'),
      drafts.key({ ...ana, userId: 'usr-bruno' }, 'ticket-new'),
    ].sort());
  });

  it('remove deletes the draft and cancels its pending write', async () => {
    const { storage, writes } = counted();
    const drafts = store({ storage, debounceMs: 30 });
    drafts.save(ana, 'os-reject:os-a064', { reason: 'primeira' });
    await drafts.flush();
    drafts.save(ana, 'os-reject:os-a064', { reason: 'segunda' });
    await drafts.remove(ana, 'os-reject:os-a064');
    await sleep(100);
    await drafts.flush();
    expect(writes).to.have.length(1);
    expect(await store().load(ana, 'os-reject:os-a064')).to.equal(undefined);
    expect(await idbKeys(idb)).to.deep.equal([]);
  });

  it('flush writes what is pending at once', async () => {
    const drafts = store({ debounceMs: 60_000 });
    drafts.save(ana, 'product-edit:prd-3', { serial: 'ABC-123' });
    drafts.save(ana, 'profile-edit', { language: 'en' });
    expect(await idbKeys(idb)).to.deep.equal([]);
    await drafts.flush();
    expect((await idbKeys(idb)).length).to.equal(2);
    const record = await store().load(ana, 'product-edit:prd-3');
    expect(record).to.include({ form: 'product-edit:prd-3' });
    expect(record?.fields).to.deep.equal({ serial: 'ABC-123' });
  });

  it('keeps drafts in memory when the storage throws, never failing the caller', async () => {
    const failing: DraftStorage = {
      get: () => { throw new DOMException('blocked', 'SecurityError'); },
      set: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      del: () => Promise.reject(new Error('nope')),
      keys: () => Promise.reject(new Error('nope')),
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const drafts = store({ storage: failing });
      drafts.save(ana, 'ticket-new', { subject: 'Sem armazenamento' });
      await drafts.flush();
      expect((await drafts.load(ana, 'ticket-new'))?.fields).to.deep.equal({ subject: 'Sem armazenamento' });
      await drafts.remove(ana, 'ticket-new');
      expect(await drafts.load(ana, 'ticket-new')).to.equal(undefined);
      await drafts.clearUser(API, 'usr-ana');
      await drafts.sweep();
    } finally {
      console.warn = warn;
    }
  });

  it('defaultDraftStorage falls back to memory when IndexedDB cannot be opened', async () => {
    const open = IDBFactory.prototype.open;
    const warn = console.warn;
    IDBFactory.prototype.open = () => { throw new DOMException('The operation is insecure.', 'SecurityError'); };
    console.warn = () => undefined;
    try {
      const storage = defaultDraftStorage();
      const record: DraftRecord = { form: 'f', fields: { a: 1 }, fieldTimes: { a: T0 }, savedAt: T0 };
      await storage.set('k', record);
      expect(await storage.get('k')).to.deep.equal(record);
      expect(await storage.keys()).to.deep.equal(['k']);
      const drafts = store({ storage });
      drafts.save(ana, 'ticket-new', { subject: 'em memória' });
      await drafts.flush();
      expect((await drafts.load(ana, 'ticket-new'))?.fields.subject).to.equal('em memória');
    } finally {
      IDBFactory.prototype.open = open;
      console.warn = warn;
    }
    expect(await idbKeys(idb), 'nothing reached IndexedDB').to.deep.equal([]);
  });

  it('drops values that are not JSON-safe, with a warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => { warnings.push(message); };
    try {
      const drafts = store();
      const cyclic: Record<string, unknown> = { a: 1 };
      cyclic.self = cyclic;
      drafts.save(ana, 'ticket-new', {
        attachment: new File(['x'], 'log.txt'),
        onSend: () => 1,
        when: new Date(T0),
        ratio: Number.NaN,
        cyclic,
        nested: { files: [new Blob(['y'])] },
        subject: 'Erro',
        uploads: ['upl-1', 'upl-2'],
        products: [{ id: 'prd-1', qty: 2, note: null }],
        urgent: false,
      });
      await drafts.flush();
      expect((await store().load(ana, 'ticket-new'))?.fields).to.deep.equal({
        subject: 'Erro', uploads: ['upl-1', 'upl-2'], products: [{ id: 'prd-1', qty: 2, note: null }], urgent: false,
      });
    } finally {
      console.warn = warn;
    }
    const dropped = ['attachment', 'onSend', 'when', 'ratio', 'cyclic', 'nested'];
    expect(warnings).to.have.length(dropped.length);
    dropped.forEach((name, i) => expect(warnings[i]).to.contain(`"${name}"`));
  });
});
