import { expect } from '@open-wc/testing';
import { runBounded } from '../../src/core/bounded.js';

/** A task whose calls stay pending until the test settles them, one by one. */
function heldTasks() {
  const pending: Array<{ item: number; resolve: (v: string) => void; reject: (e: unknown) => void }> = [];
  let running = 0;
  let peak = 0;
  const task = (item: number) => new Promise<string>((resolve, reject) => {
    running += 1;
    peak = Math.max(peak, running);
    pending.push({ item, resolve: (v) => { running -= 1; resolve(v); }, reject: (e) => { running -= 1; reject(e); } });
  });
  return { pending, task, peak: () => peak };
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('runBounded', () => {
  it('never runs more than `limit` at once, keeps the order, and lets each item fail alone', async () => {
    const held = heldTasks();
    const progress: number[] = [];
    const run = runBounded([1, 2, 3, 4, 5, 6, 7], 3, held.task, { onSettled: (_, done) => progress.push(done) });
    await turn();
    expect(held.pending.map((p) => p.item)).to.deep.equal([1, 2, 3]);
    held.pending[1]!.reject(new Error('403'));
    await turn();
    expect(held.pending.map((p) => p.item), 'a slot freed starts the next item').to.deep.equal([1, 2, 3, 4]);
    for (let i = 0; i < 20 && held.pending.length < 7; i++) {
      const open = held.pending.filter((p) => p.item !== 2);
      for (const p of open) p.resolve(`ok ${p.item}`);
      await turn();
    }
    for (const p of held.pending) p.resolve(`ok ${p.item}`);
    const results = await run;
    expect(held.peak()).to.equal(3);
    expect(results.map((r) => r.item)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(results.map((r) => r.ok)).to.deep.equal([true, false, true, true, true, true, true]);
    expect(String((results[1] as { error: unknown }).error)).to.contain('403');
    expect(progress).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts nothing more once aborted', async () => {
    const held = heldTasks();
    const controller = new AbortController();
    const run = runBounded([1, 2, 3, 4], 2, held.task, { signal: controller.signal });
    await turn();
    controller.abort();
    for (const p of held.pending) p.resolve('ok');
    const results = await run;
    expect(results.map((r) => r.item)).to.deep.equal([1, 2]);
    expect(held.pending).to.have.length(2);
  });
});
