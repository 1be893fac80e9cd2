import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/drawer.js';
import type { MeDrawer } from '../../src/ui/drawer.js';
import { deepActiveElement } from '../helpers/portal.js';
import { mount } from './render.js';

async function renderDrawer() {
  const wrapper = await mount<HTMLDivElement>(html`<div>
    <button id="opener">Ver OS 4521</button>
    <me-drawer label="OS 4521"><p>Consultor: Marcelo Tavares</p></me-drawer>
  </div>`);
  const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
  const drawer = wrapper.querySelector<MeDrawer>('me-drawer')!;
  opener.focus();
  await drawer.show();
  return { opener, drawer, panel: drawer.shadowRoot!.querySelector('dialog')! };
}

describe('<me-drawer>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is a modal side panel at the inline end, named by its heading', async () => {
    await setViewport({ width: 1000, height: 700 });
    const { drawer, panel } = await renderDrawer();
    panel.getAnimations().forEach((a) => a.finish()); // the slide-in (a background test page gets no frames)
    const rect = panel.getBoundingClientRect();
    expect(panel.matches(':modal')).to.be.true;
    expect(Math.round(rect.right)).to.equal(1000);
    expect(Math.round(rect.width)).to.equal(480);
    expect(Math.round(rect.height)).to.equal(700);
    expect(drawer.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)!.textContent).to.equal('OS 4521');
    await expect(drawer).to.be.accessible();
    drawer.close();
  });

  it('takes the full width of a narrow screen', async () => {
    await setViewport({ width: 375, height: 667 });
    const { drawer, panel } = await renderDrawer();
    panel.getAnimations().forEach((a) => a.finish());
    expect(Math.round(panel.getBoundingClientRect().width)).to.equal(375);
    drawer.close();
  });

  it('closes on Esc and gives focus back', async () => {
    const { opener, drawer } = await renderDrawer();
    setTimeout(() => void sendKeys({ press: 'Escape' }));
    expect((await oneEvent(drawer, 'me-close')).detail.reason).to.equal('escape');
    expect(deepActiveElement()).to.equal(opener);
  });
});
