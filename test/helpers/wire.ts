/**
 * A bare MSW worker for transport tests: each test installs the exact answers it needs with
 * `wire.use(...)` and reads what went over the wire from `wire.requests`.
 */
import { setupWorker } from 'msw/browser';

const worker = setupWorker();
const requests: Request[] = [];
worker.events.on('request:start', ({ request }) => {
  requests.push(request.clone());
});
let started: Promise<unknown> | undefined;

export const wire = {
  requests,
  use: worker.use.bind(worker),
  async start(): Promise<void> {
    started ??= worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
    await started;
  },
  reset(): void {
    worker.resetHandlers();
    requests.length = 0;
  },
  /** the requests whose URL path ends with `suffix` */
  to(suffix: string): Request[] {
    return requests.filter((r) => new URL(r.url).pathname.endsWith(suffix));
  },
};
