import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { define } from '../../src/core/define.js';
import { MeElement } from '../../src/core/element.js';
import { ApiError } from '../../src/core/errors.js';
import { tokens } from '../../src/core/theme.js';
import { UploadsController, uploadStyles } from '../../src/ui/form/index.js';
import { controlStyles } from '../../src/ui/controls.styles.js';
import { textOf } from '../helpers/dom.js';
import { mount } from './render.js';

interface Call { file: File; progress: (loaded: number, total: number) => void; signal: AbortSignal; resolve: (id: string) => void; reject: (error: unknown) => void }

/** A host whose uploads are driven by the test: every call waits until the test settles it. */
class UploadsHostElement extends MeElement {
  static override styles = [tokens, controlStyles, uploadStyles];
  calls: Call[] = [];
  readonly uploads = new UploadsController(this, {
    maxBytes: 1024,
    upload: (file, progress, signal) => new Promise<{ id: string }>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      this.calls.push({ file, progress, signal, resolve: (id) => resolve({ id }), reject });
    }),
  });

  protected override render() {
    return this.uploads.render({ label: 'Anexos do teste' });
  }
}
define('test-uploads-host', UploadsHostElement);

const root = (el: UploadsHostElement) => el.shadowRoot!;
async function choose(el: UploadsHostElement, ...files: File[]) {
  const input = root(el).querySelector<HTMLInputElement>('input[type=file]')!;
  const list = new DataTransfer();
  for (const file of files) list.items.add(file);
  input.files = list.files;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('UploadsController (form kit)', () => {
  it('uploads on choice with progress, refuses files over the limit without sending them, and lists the ids', async () => {
    const el = await mount<UploadsHostElement>(html`<test-uploads-host></test-uploads-host>`);
    expect(textOf(root(el))).to.contain('Até 1 kB por arquivo.');
    await choose(el, new File(['abc'], 'a.txt'), new File([new Uint8Array(2048)], 'grande.bin'));
    expect(el.calls.map((c) => c.file.name)).to.deep.equal(['a.txt']);
    expect(textOf(root(el))).to.contain('grande.bin tem 2 kB; o limite é de 1 kB por arquivo.');
    expect(root(el).querySelector('.upload-list')!.getAttribute('aria-label')).to.equal('Anexos do teste');
    el.calls[0]!.progress(1, 3);
    await el.updateComplete;
    expect(textOf(root(el))).to.contain('Enviando a.txt: 33%');
    expect(el.uploads.blocker).to.equal('Aguarde o envio dos anexos.');
    el.calls[0]!.resolve('upl-1');
    await waitUntil(() => el.uploads.ids.length === 1);
    await el.updateComplete;
    expect(textOf(root(el))).to.contain('a.txt (3 bytes) anexado');
    expect(el.uploads.blocker).to.equal('Remova ou envie de novo os anexos com erro.');
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Remover grande.bin"]')!.click();
    await el.updateComplete;
    expect(el.uploads.blocker).to.equal(undefined);
    expect(el.uploads.ids).to.deep.equal(['upl-1']);
  });

  it('shows a failed upload with its reason and retries it alone; removing an upload aborts it', async () => {
    const el = await mount<UploadsHostElement>(html`<test-uploads-host></test-uploads-host>`);
    await choose(el, new File(['x'], 'x.log'), new File(['y'], 'y.log'));
    el.calls[0]!.reject(new ApiError({ kind: 'http', status: 503, message: '503', title: 'Serviço indisponível' }));
    await waitUntil(() => root(el).querySelector('.upload[data-status=error]'), 'no error row');
    expect(textOf(root(el).querySelector('.upload[data-status=error]')!)).to.contain('Falha ao enviar x.log');
    root(el).querySelector<HTMLButtonElement>('button.small')!.click();
    expect(el.calls).to.have.length(3);
    expect(el.calls[2]!.file.name).to.equal('x.log');
    const pending = el.calls[1]!;
    root(el).querySelector<HTMLButtonElement>('button[aria-label="Remover y.log"]')!.click();
    expect(pending.signal.aborted).to.equal(true);
    await el.updateComplete;
    expect(textOf(root(el))).not.to.contain('y.log');
  });

  it('is accessible', async () => {
    const el = await mount<UploadsHostElement>(html`<test-uploads-host></test-uploads-host>`);
    await choose(el, new File(['abc'], 'a.txt'), new File([new Uint8Array(2048)], 'grande.bin'));
    await expect(el).to.be.accessible();
  });
});
