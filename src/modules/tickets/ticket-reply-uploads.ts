/**
 * Files attached to a reply: each uploads as soon as it is chosen (`POST /v1/uploads`, real
 * progress), fails alone (too large, 413, network) with its own message and retry, and the
 * reply sends the ids of the finished ones.
 */
import { html, nothing, type ReactiveController } from 'lit';
import { isAbort } from '../../core/errors.js';
import { MAX_UPLOAD_BYTES, type Attachment } from '../../core/schemas/tickets.js';
import { icon } from '../../ui/icons.js';
import { describeError } from '../../ui/states.js';
import type { DetailHost } from './ticket-detail.context.js';

/** What the uploads need from their element (a new-request form can provide it too). */
export type UploadsHost = Pick<DetailHost, 'element' | 'portal' | 'format' | 't' | 'c'>;
import { uploadAttachment } from './tickets.api.js';

export interface Upload {
  key: number;
  file: File;
  status: 'uploading' | 'done' | 'error';
  loaded: number;
  total: number;
  attachment?: Attachment;
  error?: string;
  /** over the size limit: never sent, so nothing to retry */
  tooLarge?: boolean;
  abort?: AbortController;
}

export class AttachmentUploads implements ReactiveController {
  items: Upload[] = [];
  readonly #host: UploadsHost;
  #next = 0;

  constructor(host: UploadsHost) {
    this.#host = host;
    host.element.addController(this);
  }

  hostDisconnected(): void {
    for (const item of this.items) item.abort?.abort();
  }

  get uploading(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  get failed(): boolean {
    return this.items.some((item) => item.status === 'error');
  }

  get ids(): string[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment.id] : []));
  }

  add(files: Iterable<File>): void {
    for (const file of files) {
      const item: Upload = { key: ++this.#next, file, status: 'uploading', loaded: 0, total: file.size };
      this.items = [...this.items, item];
      if (file.size > MAX_UPLOAD_BYTES) {
        this.#update(item, { status: 'error', tooLarge: true, error: this.#host.t('attach.tooLarge', { name: file.name, size: this.#host.format().bytes(file.size) }) });
      } else {
        void this.#send(item);
      }
    }
    this.#host.element.requestUpdate();
  }

  retry(key: number): void {
    const item = this.items.find((candidate) => candidate.key === key);
    if (item && item.status === 'error' && !item.tooLarge) void this.#send(item);
  }

  remove(key: number): void {
    this.items.find((item) => item.key === key)?.abort?.abort();
    this.items = this.items.filter((item) => item.key !== key);
    this.#host.element.requestUpdate();
  }

  clear(): void {
    for (const item of this.items) item.abort?.abort();
    this.items = [];
    this.#host.element.requestUpdate();
  }

  async #send(item: Upload): Promise<void> {
    const portal = this.#host.portal();
    if (!portal) return;
    const abort = new AbortController();
    this.#update(item, { status: 'uploading', loaded: 0, error: undefined, abort });
    try {
      const attachment = await uploadAttachment(portal, item.file, (loaded, total) => this.#update(item, { loaded, total }), abort.signal);
      this.#update(item, { status: 'done', attachment, loaded: item.total, abort: undefined });
    } catch (error) {
      if (isAbort(error)) return;
      const reason = describeError(error, this.#host.c);
      this.#update(item, { status: 'error', abort: undefined, error: this.#host.t('attach.failed', { name: item.file.name, reason }) });
    }
  }

  #update(item: Upload, patch: Partial<Upload>): void {
    if (!this.items.includes(item)) return; // removed meanwhile
    Object.assign(item, patch);
    this.items = [...this.items];
    this.#host.element.requestUpdate();
  }
}

/** The "attach files" button, hidden file input and one row per file (progress, error, retry, remove). */
export function renderUploads(host: UploadsHost, uploads: AttachmentUploads, disabled: boolean) {
  const { t } = host;
  const format = host.format();
  const pick = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (input.files) uploads.add(Array.from(input.files));
    input.value = ''; // choosing the same file again after removing it still fires change
  };
  const choose = (event: Event) => {
    ((event.currentTarget as HTMLElement).parentElement!.querySelector('input[type=file]') as HTMLInputElement).click();
  };
  return html`<div class="uploads" part="uploads">
    <div class="upload-picker">
      <button type="button" class="button secondary" part="button attach" aria-describedby="attach-hint" ?disabled=${disabled} @click=${choose}>${t('attach.add')}</button>
      <input type="file" multiple hidden tabindex="-1" aria-hidden="true" @change=${pick} />
      <span class="hint" id="attach-hint">${t('attach.hint')}</span>
    </div>
    ${uploads.items.length
      ? html`<ul class="upload-list" aria-label=${t('attach.list')}>
          ${uploads.items.map((item) => html`<li class="upload" data-status=${item.status}>
            ${item.status === 'uploading'
              ? html`<progress max=${item.total || 1} value=${item.loaded} aria-label=${item.file.name}></progress>
                  <span>${t('attach.uploading', { name: item.file.name, percent: Math.round((item.loaded / (item.total || 1)) * 100) })}</span>`
              : item.status === 'done'
                ? html`<span class="upload-done">${icon('checkCircle')} ${t('attach.done', { name: item.file.name, size: format.bytes(item.file.size) })}</span>`
                : html`<span class="error" role="alert">${icon('error')} ${item.error}</span>`}
            <span class="upload-actions">
              ${item.status === 'error' && !item.tooLarge
                ? html`<button type="button" class="button secondary small" @click=${() => uploads.retry(item.key)}>${t('attach.retry', { name: item.file.name })}</button>`
                : nothing}
              <button type="button" class="icon-button" aria-label=${t('attach.remove', { name: item.file.name })} title=${t('attach.remove', { name: item.file.name })}
                @click=${() => uploads.remove(item.key)}>${icon('close')}</button>
            </span>
          </li>`)}
        </ul>`
      : nothing}
  </div>`;
}
