import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { define } from '../../src/core/define.js';
import { MeElement } from '../../src/core/element.js';
import { ApiError } from '../../src/core/errors.js';
import { tokens } from '../../src/core/theme.js';
import { controlStyles } from '../../src/ui/controls.styles.js';
import { UploadsController, uploadStyles } from '../../src/ui/form/index.js';
import { findDeep, visibleText } from '../support/shadow.js';

/**
 * A form's attachments with the kit: this example's upload takes ~2 s with progress, and any
 * file named `erro…` fails with a 503 (a module passes its own upload through the portal's client).
 */
class MeExampleUploads extends MeElement {
  static override styles = [tokens, controlStyles, uploadStyles];
  readonly uploads = new UploadsController(this, {
    maxBytes: 25 * 1024 * 1024,
    upload: (file, progress, signal) => new Promise<{ id: string }>((resolve, reject) => {
      let loaded = 0;
      const timer = setInterval(() => {
        loaded = Math.min(file.size, loaded + Math.ceil(file.size / 10));
        progress(loaded, file.size);
        if (loaded < file.size) return;
        clearInterval(timer);
        if (file.name.startsWith('erro')) reject(new ApiError({ kind: 'http', status: 503, message: '503', title: 'Serviço indisponível' }));
        else resolve({ id: `upl-${file.name}` });
      }, 200);
      signal.addEventListener('abort', () => { clearInterval(timer); reject(new DOMException('aborted', 'AbortError')); });
    }),
  });

  protected override render() {
    return html`<div style="max-width: 560px">${this.uploads.render({ label: 'Anexos da solicitação' })}</div>`;
  }
}
define('me-example-uploads', MeExampleUploads);

const meta = {
  title: 'UI/Form/Uploads',
  render: () => html`<me-example-uploads></me-example-uploads>`,
} satisfies Meta;

export default meta;
type Story = StoryObj;

async function chooseFiles(canvasElement: HTMLElement, files: File[]) {
  const element = await findDeep<MeExampleUploads>(canvasElement, 'me-example-uploads');
  const input = element.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
  const list = new DataTransfer();
  for (const file of files) list.items.add(file);
  input.files = list.files;
  input.dispatchEvent(new Event('change'));
  return element;
}

/** Nothing chosen yet: the button and the size limit. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const element = await findDeep<MeExampleUploads>(canvasElement, 'me-example-uploads');
    expect(visibleText(element)).toContain('Anexar arquivos');
    expect(visibleText(element)).toContain('Até 25 MB por arquivo.');
  },
};

/** Every row state at once: uploading with progress, done, failed with retry, refused for size. */
export const EveryState: Story = {
  play: async ({ canvasElement }) => {
    const element = await chooseFiles(canvasElement, [
      new File(['a'.repeat(2000)], 'nota-fiscal.xml', { type: 'text/xml' }),
      new File(['b'.repeat(2000)], 'erro-console.log', { type: 'text/plain' }),
      new File([new Uint8Array(25 * 1024 * 1024 + 1)], 'backup.zip'),
    ]);
    await waitFor(() => expect(visibleText(element)).toMatch(/Enviando nota-fiscal\.xml: \d+%/));
    expect(visibleText(element)).toContain('backup.zip tem 25 MB; o limite é de 25 MB por arquivo.');
    await waitFor(() => expect(visibleText(element)).toContain('nota-fiscal.xml (2 kB) anexado'), { timeout: 6000 });
    await waitFor(() => expect(visibleText(element)).toContain('Falha ao enviar erro-console.log'), { timeout: 6000 });
    expect(element.shadowRoot!.querySelector('button.small')).toHaveTextContent('Enviar erro-console.log de novo');
    // a third file starts uploading: all three states are on screen for the reviewer
    await chooseFiles(canvasElement, [new File(['c'.repeat(200_000)], 'manual.pdf', { type: 'application/pdf' })]);
    await waitFor(() => expect(element.shadowRoot!.querySelector('progress')).not.toBeNull());
  },
};
