import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoload, type Autoloader } from '../../src/core/autoload.js';

let seq = 0;
/** A fresh tag and a loader that defines it (counting its calls, failing the first `failures`). */
function lazyTag(failures = 0) {
  const tag = `auto-probe-${++seq}`;
  const calls = { n: 0 };
  const loader = async () => {
    calls.n += 1;
    if (calls.n <= failures) throw new Error('chunk failed');
    if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  };
  return { tag, calls, loader };
}

describe('autoload (the CDN file’s lazy modules)', () => {
  let running: Autoloader | undefined;
  afterEach(() => running?.stop());

  it('defines a tag already in the page, and one added later deep inside an added subtree, each loaded once', async () => {
    const first = lazyTag();
    const later = lazyTag();
    const host = await fixture(html`<div></div>`);
    host.innerHTML = `<${first.tag}></${first.tag}><${first.tag}></${first.tag}>`;
    running = autoload(document, { [first.tag]: first.loader, [later.tag]: later.loader });
    await waitUntil(() => customElements.get(first.tag), 'the tag in the page was not defined');
    expect(customElements.get(later.tag), 'an unused tag loads nothing').to.equal(undefined);
    expect(later.calls.n).to.equal(0);
    const wrapper = document.createElement('section');
    wrapper.innerHTML = `<div><p><${later.tag}></${later.tag}></p></div>`;
    host.append(wrapper);
    host.append(document.createElement(later.tag));
    await waitUntil(() => customElements.get(later.tag), 'the added tag was not defined');
    expect(first.calls.n).to.equal(1);
    expect(later.calls.n).to.equal(1);
  });

  it('load(tag) defines on demand (a widget in a host’s own shadow root), and retries a chunk that failed', async () => {
    const flaky = lazyTag(1);
    running = autoload(document, { [flaky.tag]: flaky.loader });
    const holder = await fixture(html`<div></div>`);
    holder.attachShadow({ mode: 'open' }).innerHTML = `<${flaky.tag}></${flaky.tag}>`;
    let failure: unknown;
    await running.load(flaky.tag).catch((error: unknown) => { failure = error; });
    expect(String(failure)).to.contain('chunk failed');
    await running.load(flaky.tag);
    expect(customElements.get(flaky.tag)).to.exist;
    expect(flaky.calls.n).to.equal(2);
    let unknown: unknown;
    await running.load('no-such-widget').catch((error: unknown) => { unknown = error; });
    expect(String(unknown)).to.contain('no module defines <no-such-widget>');
  });
});
