import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/ui/drawer.js';
import type { MeDrawer } from '../../src/ui/drawer.js';
import '../../src/ui/dialog.js';
import type { MeConfirmDialog } from '../../src/ui/dialog.js';
import { click, useMouse } from '../helpers/input.js';
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

  describe('with a dialog opened from inside it', () => {
    useMouse();

    /** A drawer holding a confirm dialog, directly and one shadow root down (as a module's detail does). */
    class InnerPart extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<button id="ask">Aprovar</button><me-confirm-dialog></me-confirm-dialog>';
      }
    }
    if (!customElements.get('test-inner-part')) customElements.define('test-inner-part', InnerPart);

    async function renderNested() {
      const wrapper = await mount<HTMLDivElement>(html`<div>
        <me-drawer label="OS 4521" light-dismiss><me-confirm-dialog id="direct"></me-confirm-dialog><test-inner-part></test-inner-part></me-drawer>
      </div>`);
      const drawer = wrapper.querySelector<MeDrawer>('me-drawer')!;
      const closes: string[] = [];
      drawer.addEventListener('me-close', (e) => closes.push(e.detail.reason));
      wrapper.addEventListener('me-close', () => closes.push('reached the page'));
      await drawer.show();
      const part = wrapper.querySelector('test-inner-part')!;
      return { drawer, closes, direct: wrapper.querySelector<MeConfirmDialog>('#direct')!, part, inner: part.shadowRoot!.querySelector<MeConfirmDialog>('me-confirm-dialog')! };
    }

    for (const where of ['direct', 'inner'] as const) {
      it(`an inner confirm (${where === 'direct' ? 'a child of the drawer' : 'in a shadow root inside it'}) closing never closes the drawer: mouse and Esc`, async () => {
        const nested = await renderNested();
        const { drawer, closes } = nested;
        const confirm = nested[where];
        for (const close of ['confirm', 'cancel', 'escape']) {
          if (where === 'inner') nested.part.shadowRoot!.querySelector<HTMLButtonElement>('#ask')!.focus();
          const answer = confirm.confirm({ message: 'Aprovar a OS 4521?' });
          await confirm.updateComplete;
          const dialog = confirm.shadowRoot!.querySelector('dialog')!;
          if (close === 'escape') await sendKeys({ press: 'Escape' });
          else await click(confirm.shadowRoot!.querySelector(`[part=${close}]`)!);
          expect(await answer).to.equal(close === 'confirm');
          expect(dialog.open).to.equal(false);
          expect(drawer.open, `the drawer closed with the confirm's ${close}`).to.equal(true);
          expect(drawer.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
          if (where === 'inner') expect(deepActiveElement()).to.equal(nested.part.shadowRoot!.querySelector('#ask'));
        }
        expect(closes).to.deep.equal([]);
        // the drawer's own close is heard on the drawer, and only there
        await sendKeys({ press: 'Escape' });
        expect(drawer.open).to.equal(false);
        expect(closes).to.deep.equal(['escape']);
      });
    }
  });
});
