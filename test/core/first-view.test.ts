import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FirstView } from '../../src/core/first-view.js';

class TestView extends LitElement {
  settled = false;
  updates = 0;
  readonly firstView = new FirstView(this, () => this.settled, { idleTimeout: 50 });
  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('test-first-view', TestView);

describe('FirstView', () => {
  it('stays unshown while the first view has not settled, whatever the host renders', async () => {
    const el = await fixture<TestView>(html`<test-first-view></test-first-view>`);
    for (let i = 0; i < 3; i++) {
      el.requestUpdate();
      await el.updateComplete;
      await nextFrame();
    }
    expect(el.firstView.shown).to.equal(false);
  });

  it('is shown after the update that settles it has painted, and updates the host once more', async () => {
    const el = await fixture<TestView>(html`<test-first-view></test-first-view>`);
    el.settled = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.firstView.shown, 'shown before the frame that paints it').to.equal(false);
    const before = el.updates;
    await waitUntil(() => el.firstView.shown, 'never shown');
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
  });

  it('want() shows it at once (the user reached for deferred data)', async () => {
    const el = await fixture<TestView>(html`<test-first-view></test-first-view>`);
    el.firstView.want();
    expect(el.firstView.shown).to.equal(true);
  });

  it('a host removed before its first view was painted schedules nothing', async () => {
    const el = await fixture<TestView>(html`<test-first-view></test-first-view>`);
    el.settled = true;
    el.requestUpdate();
    await el.updateComplete;
    el.remove();
    await new Promise((done) => setTimeout(done, 150));
    expect(el.firstView.shown).to.equal(false);
  });
});
