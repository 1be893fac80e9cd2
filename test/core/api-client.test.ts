import { expect } from '@open-wc/testing';
import { delay, http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { ApiClient, buildQuery, parseRetryAfter, type ApiClientHooks } from '../../src/core/api/client.js';
import { IdempotentAction } from '../../src/core/api/idempotency.js';
import { uploadFile } from '../../src/core/api/upload.js';
import { ApiError } from '../../src/core/errors.js';
import { wire } from '../helpers/wire.js';

const Thing = z.object({ id: z.string(), count: z.number() });
const problem = (status: number, slug: string, extra: object = {}) =>
  HttpResponse.json({ type: `https://api.example/problems/${slug}`, title: `Title ${slug}`, status, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json' } });

function client(config: Partial<ConstructorParameters<typeof ApiClient>[0]> = {}, hooks: ApiClientHooks = {}) {
  const sleeps: number[] = [];
  const c = new ApiClient(
    { apiBase: '/api', token: 'tok', locale: 'es', timeoutMs: 2000, ...config },
    { sleep: async (ms) => { sleeps.push(ms); }, random: () => 0.5, ...hooks },
  );
  return { c, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the request to fail');
}

describe('ApiClient transport rules', () => {
  before(() => wire.start());
  afterEach(() => wire.reset());

  it('sends base URL + /v1, bearer token, Accept-Language and repeated query params', async () => {
    wire.use(http.get('/api/v1/things', () => HttpResponse.json({ id: 'a', count: 1, extra: 'ignored' })));
    const { c } = client();
    const res = await c.get('/things', Thing, { query: { status: ['open', 'new'], q: 'nota fiscal', page: 2, empty: undefined } });
    expect(res.data).to.deep.equal({ id: 'a', count: 1 });
    const [req] = wire.to('/v1/things');
    const url = new URL(req!.url);
    expect(url.pathname).to.equal('/api/v1/things');
    expect(url.searchParams.getAll('status')).to.deep.equal(['open', 'new']);
    expect(url.searchParams.get('q')).to.equal('nota fiscal');
    expect(url.searchParams.has('empty')).to.equal(false);
    expect(req!.headers.get('Authorization')).to.equal('Bearer tok');
    expect(req!.headers.get('Accept-Language')).to.equal('es');
  });

  it('turns problem+json into a typed error with slug and field errors', async () => {
    wire.use(http.post('/api/v1/things', () => problem(422, 'validation', { detail: 'Invalid', errors: [{ path: 'allocations.0.quantity', message: 'too big' }] })));
    const { c } = client();
    const error = await failure(c.request({ method: 'POST', path: '/things', body: { a: 1 }, schema: Thing, idempotencyKey: 'k1' }));
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(422);
    expect(error.slug).to.equal('validation');
    expect(error.detail).to.equal('Invalid');
    expect(error.fieldErrors).to.deep.equal([{ path: 'allocations.0.quantity', message: 'too big' }]);
  });

  it('keeps the HTTP reason phrase out of the title of an error without a problem body (the UI says it in the user’s language)', async () => {
    wire.use(http.post('/api/v1/things', () => new HttpResponse('<html>oops</html>', { status: 500, statusText: 'Internal Server Error', headers: { 'Content-Type': 'text/html' } })));
    const { c } = client();
    const error = await failure(c.request({ method: 'POST', path: '/things', body: {}, schema: Thing, idempotencyKey: 'k2' }));
    expect(error.status).to.equal(500);
    expect(error.title).to.equal('HTTP 500');
    expect(error.message).to.contain('500 Internal Server Error'); // still there for developers
  });

  it('names the zod path of a malformed payload, and rejects invalid JSON', async () => {
    wire.use(http.get('/api/v1/things', () => HttpResponse.json({ id: 'a', count: 'many' })));
    const { c } = client();
    const error = await failure(c.get('/things', Thing));
    expect(error.kind).to.equal('schema');
    expect(error.schemaPath).to.equal('count');
    wire.use(http.get('/api/v1/things', () => new HttpResponse('{not json', { headers: { 'Content-Type': 'application/json' } })));
    expect((await failure(c.get('/things', Thing))).kind).to.equal('schema');
  });

  it('retries a GET up to 3 times after network errors with exponential backoff', async () => {
    wire.use(http.get('/api/v1/things', () => HttpResponse.error()));
    const { c, sleeps } = client();
    const error = await failure(c.get('/things', Thing));
    expect(error.kind).to.equal('network');
    expect(wire.to('/v1/things')).to.have.length(4);
    expect(sleeps).to.deep.equal([500, 1000, 2000]);
  });

  it('honours Retry-After (seconds, and an HTTP date capped at 30 s) on 429/503', async () => {
    let calls = 0;
    wire.use(http.get('/api/v1/things', () => {
      calls += 1;
      if (calls === 1) return new HttpResponse(null, { status: 503, headers: { 'Retry-After': '2' } });
      if (calls === 2) return new HttpResponse(null, { status: 429, headers: { 'Retry-After': new Date(Date.now() + 3_600_000).toUTCString() } });
      return HttpResponse.json({ id: 'x', count: 2 });
    }));
    const { c, sleeps } = client();
    expect((await c.get('/things', Thing)).data.count).to.equal(2);
    expect(sleeps).to.deep.equal([2000, 30000]);
  });

  it('does not retry a 500, nor any mutation', async () => {
    wire.use(http.get('/api/v1/things', () => problem(500, 'boom')));
    wire.use(http.post('/api/v1/things', () => new HttpResponse(null, { status: 503 })));
    wire.use(http.patch('/api/v1/things', () => HttpResponse.error()));
    const { c, sleeps } = client();
    expect((await failure(c.get('/things', Thing))).status).to.equal(500);
    expect((await failure(c.request({ method: 'POST', path: '/things', body: {}, idempotencyKey: 'k' }))).status).to.equal(503);
    expect((await failure(c.request({ method: 'PATCH', path: '/things', body: {}, ifMatch: '"1"' }))).kind).to.equal('network');
    expect(wire.to('/v1/things')).to.have.length(3);
    expect(sleeps).to.deep.equal([]);
  });

  it('on 401 asks the provider once for all waiting requests and retries with the same Idempotency-Key', async () => {
    wire.use(
      http.all('/api/v1/*', ({ request }) => (request.headers.get('Authorization') === 'Bearer fresh' ? undefined : problem(401, 'unauthorized'))),
      http.get('/api/v1/things', () => HttpResponse.json({ id: 'a', count: 1 })),
      http.post('/api/v1/things', () => HttpResponse.json({ id: 'b', count: 2 }, { status: 201 })),
    );
    let asked = 0;
    const expired: ApiError[] = [];
    const { c } = client({ token: 'old', tokenProvider: async () => { asked += 1; await delay(30); return 'fresh'; } }, { onSessionExpired: (e) => expired.push(e) });
    const [a, b, post] = await Promise.all([
      c.get('/things', Thing),
      c.get('/things', Thing),
      c.request({ method: 'POST', path: '/things', body: { x: 1 }, schema: Thing, idempotencyKey: 'key-1' }),
    ]);
    expect([a.data.id, b.data.id, post.data.id]).to.deep.equal(['a', 'a', 'b']);
    expect(asked).to.equal(1);
    expect(expired).to.have.length(0);
    const posts = wire.requests.filter((r) => r.method === 'POST');
    expect(posts.map((r) => r.headers.get('Idempotency-Key'))).to.deep.equal(['key-1', 'key-1']);
    expect(posts.map((r) => r.headers.get('Authorization'))).to.deep.equal(['Bearer old', 'Bearer fresh']);
  });

  it('emits session expiry after the one refresh fails, and without a provider', async () => {
    wire.use(http.get('/api/v1/things', () => problem(401, 'unauthorized')));
    const expired: ApiError[] = [];
    const { c } = client({ tokenProvider: async () => 'still-bad' }, { onSessionExpired: (e) => expired.push(e) });
    const error = await failure(c.get('/things', Thing));
    expect(error.kind).to.equal('session-expired');
    expect(wire.to('/v1/things')).to.have.length(2);
    expect(expired).to.have.length(1);
    const bare = client({}, { onSessionExpired: (e) => expired.push(e) });
    await failure(bare.c.get('/things', Thing));
    expect(expired).to.have.length(2);
  });

  it('asks the provider before the first request when there is no token yet', async () => {
    wire.use(http.get('/api/v1/things', () => HttpResponse.json({ id: 'a', count: 1 })));
    const { c } = client({ token: undefined, tokenProvider: async () => 'first' });
    await c.get('/things', Thing);
    expect(wire.to('/v1/things')[0]!.headers.get('Authorization')).to.equal('Bearer first');
    expect(wire.to('/v1/things')).to.have.length(1);
  });

  it('fails as a timeout when the server does not answer in time (retried for GETs)', async () => {
    wire.use(http.get('/api/v1/things', async () => { await delay(1000); return HttpResponse.json({ id: 'a', count: 1 }); }));
    const { c, sleeps } = client({ timeoutMs: 60 });
    const error = await failure(c.get('/things', Thing));
    expect(error.kind).to.equal('timeout');
    expect(sleeps).to.have.length(3);
  });

  it('cancels without reporting an error when the caller aborts', async () => {
    wire.use(http.get('/api/v1/things', async () => { await delay(1000); return HttpResponse.json({ id: 'a', count: 1 }); }));
    const errors: ApiError[] = [];
    const { c } = client({}, { onError: (e) => errors.push(e) });
    const controller = new AbortController();
    const pending = failure(c.get('/things', Thing, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    expect((await pending).kind).to.equal('aborted');
    expect(errors).to.have.length(0);
  });

  it('sends If-Match and reads ETag', async () => {
    wire.use(http.patch('/api/v1/things/1', () => HttpResponse.json({ id: '1', count: 3 }, { headers: { ETag: '"v2"' } })));
    const { c } = client();
    const res = await c.request({ method: 'PATCH', path: '/things/1', body: { count: 3 }, schema: Thing, ifMatch: '"v1"' });
    expect(res.etag).to.equal('"v2"');
    const [req] = wire.to('/v1/things/1');
    expect(req!.headers.get('If-Match')).to.equal('"v1"');
    expect(await req!.json()).to.deep.equal({ count: 3 });
  });

  it('uploads with progress, the same auth rules and problem+json errors', async () => {
    wire.use(
      http.post('/api/v1/uploads', async ({ request }) => {
        if (request.headers.get('Authorization') !== 'Bearer new') return problem(401, 'unauthorized');
        const form = await request.formData();
        const file = form.get('file') as File;
        if (file.size > 10) return problem(413, 'too-large', { detail: 'File too large' });
        return HttpResponse.json({ id: 'u1', count: file.size }, { status: 201 });
      }),
    );
    const progress: number[] = [];
    const { c } = client({ token: 'old', tokenProvider: async () => 'new' });
    const res = await uploadFile(c, new File(['hello'], 'a.txt', { type: 'text/plain' }), { schema: Thing, onProgress: (loaded) => progress.push(loaded) });
    expect(res.data).to.deep.equal({ id: 'u1', count: 5 });
    expect(progress.at(-1)).to.equal(5);
    const error = await failure(uploadFile(c, new File(['x'.repeat(20)], 'b.txt'), { schema: Thing }));
    expect(error.status).to.equal(413);
    expect(error.detail).to.equal('File too large');
  });
});

describe('transport helpers', () => {
  it('parses Retry-After as seconds or a date, capped at 30 s', () => {
    expect(parseRetryAfter('3')).to.equal(3000);
    expect(parseRetryAfter(null)).to.equal(undefined);
    expect(parseRetryAfter('garbage')).to.equal(undefined);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).to.equal(10000);
    expect(parseRetryAfter('120')).to.equal(30000);
  });

  it('builds queries skipping empty values', () => {
    expect(buildQuery({ a: 1, b: '', c: undefined, d: ['x', 'y'] })).to.equal('?a=1&d=x&d=y');
    expect(buildQuery({})).to.equal('');
  });

  it('keeps one Idempotency-Key per user action while the body is the same', () => {
    const action = new IdempotentAction();
    const first = action.keyFor({ subject: 'a' });
    expect(action.keyFor({ subject: 'a' })).to.equal(first);
    const changed = action.keyFor({ subject: 'b' });
    expect(changed).not.to.equal(first);
    action.complete();
    expect(action.keyFor({ subject: 'b' })).not.to.equal(changed);
  });
});
