/**
 * Files attached to a form: each uploads as soon as it is chosen (real progress), fails alone
 * (too large, 413, network) with its own message and retry, can be removed (aborting its upload),
 * and the form sends the ids of the finished ones. The upload itself is the module's
 * (`POST /v1/uploads` through the portal's client, see core/api/upload.ts), so auth, refresh,
 * timeouts and problem+json errors follow the same rules as every request.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { isAbort } from '../../core/errors.js';
import type { Formatters } from '../../core/format.js';
import { MessagesController, type Locale } from '../../core/i18n.js';
import { commonMessages } from '../../locales/common.js';
import { uiMessages } from '../../locales/ui.js';
import { icon } from '../icons.js';
import { describeError } from '../states.js';

/** The element the uploads belong to (any MeElement). */
export type UploadsHost = ReactiveControllerHost & HTMLElement & { readonly locale: Locale; readonly format: Formatters };

export interface UploadsOptions<A extends { id: string }> {
  /** Sends one file, reporting progress; rejects with an ApiError (or an AbortError when `signal` aborts). */
  upload(file: File, onProgress: (loaded: number, total: number) => void, signal: AbortSignal): Promise<A>;
  /** Files above this size are refused without being sent. */
  maxBytes: number;
  /** The uploaded files changed (one done, removed, cleared, restored): a form's draft keeps them by id. */
  onChange?: (done: A[]) => void;
}

export interface Upload<A = unknown> {
  key: number;
  file: File;
  status: 'uploading' | 'done' | 'error';
  loaded: number;
  total: number;
  attachment?: A;
  error?: string;
  /** over the size limit: never sent, so nothing to retry */
  tooLarge?: boolean;
  abort?: AbortController;
}

export class UploadsController<A extends { id: string }> implements ReactiveController {
  items: Upload<A>[] = [];
  readonly #host: UploadsHost;
  readonly #options: UploadsOptions<A>;
  readonly #ui: MessagesController<keyof typeof uiMessages.source>;
  readonly #common: MessagesController<keyof typeof commonMessages.source>;
  #next = 0;

  constructor(host: UploadsHost, options: UploadsOptions<A>) {
    this.#host = host;
    this.#options = options;
    this.#ui = new MessagesController(host, uiMessages);
    this.#common = new MessagesController(host, commonMessages);
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const item of this.items) item.abort?.abort();
  }

  /** Some file is still on its way. */
  get uploading(): boolean {
    return this.items.some((item) => item.status === 'uploading');
  }

  /** Some file failed (and is still listed). */
  get failed(): boolean {
    return this.items.some((item) => item.status === 'error');
  }

  /** Ids of the files uploaded, in the order they were chosen. */
  get ids(): string[] {
    return this.items.flatMap((item) => (item.attachment ? [item.attachment.id] : []));
  }

  /** Why the form may not be sent yet (files uploading or failed), or undefined. */
  get blocker(): string | undefined {
    if (this.uploading) return this.#ui.t('uploads.pending');
    if (this.failed) return this.#ui.t('uploads.hasErrors');
    return undefined;
  }

  add(files: Iterable<File>): void {
    const { maxBytes } = this.#options;
    for (const file of files) {
      const item: Upload<A> = { key: ++this.#next, file, status: 'uploading', loaded: 0, total: file.size };
      this.items = [...this.items, item];
      if (file.size > maxBytes) {
        const format = this.#host.format;
        this.#update(item, { status: 'error', tooLarge: true, error: this.#ui.t('uploads.tooLarge', { name: file.name, size: format.bytes(file.size), max: format.bytes(maxBytes) }) });
      } else {
        void this.#send(item);
      }
    }
    this.#host.requestUpdate();
  }

  retry(key: number): void {
    const item = this.items.find((candidate) => candidate.key === key);
    if (item && item.status === 'error' && !item.tooLarge) void this.#send(item);
  }

  remove(key: number): void {
    this.items.find((item) => item.key === key)?.abort?.abort();
    const removed = this.items.find((item) => item.key === key);
    this.items = this.items.filter((item) => item.key !== key);
    if (removed?.attachment) this.#changed();
    this.#host.requestUpdate();
  }

  clear(): void {
    for (const item of this.items) item.abort?.abort();
    this.items = [];
    this.#changed();
    this.#host.requestUpdate();
  }

  /**
   * Files uploaded earlier (a draft's, by id): listed as done, sent with the form as any other.
   * Nothing is uploaded again; the bytes are on the server already.
   */
  restore(attachments: ReadonlyArray<A & { name: string; size: number }>): void {
    const known = new Set(this.ids);
    const restored = attachments.filter((a) => !known.has(a.id)).map((attachment): Upload<A> => ({
      key: ++this.#next, file: new File([], attachment.name), status: 'done', loaded: attachment.size, total: attachment.size, attachment,
    }));
    if (!restored.length) return;
    this.items = [...this.items, ...restored];
    this.#host.requestUpdate();
  }

  #changed(): void {
    this.#options.onChange?.(this.items.flatMap((item) => (item.attachment ? [item.attachment] : [])));
  }

  async #send(item: Upload<A>): Promise<void> {
    const abort = new AbortController();
    this.#update(item, { status: 'uploading', loaded: 0, error: undefined, abort });
    try {
      const attachment = await this.#options.upload(item.file, (loaded, total) => this.#update(item, { loaded, total }), abort.signal);
      this.#update(item, { status: 'done', attachment, loaded: item.total, abort: undefined });
      this.#changed();
    } catch (error) {
      if (isAbort(error)) return;
      const reason = describeError(error, this.#common.t);
      this.#update(item, { status: 'error', abort: undefined, error: this.#ui.t('uploads.failed', { name: item.file.name, reason }) });
    }
  }

  #update(item: Upload<A>, patch: Partial<Upload<A>>): void {
    if (!this.items.includes(item)) return; // removed meanwhile
    Object.assign(item, patch);
    this.items = [...this.items];
    this.#host.requestUpdate();
  }

  /**
   * The "attach files" button, its hidden file input and one row per file (progress, error,
   * retry, remove). `label` names the list ("Arquivos da resposta"); ids are unique per call site
   * through `id` (two upload areas in one shadow root need two ids).
   */
  render(options: { label: string; disabled?: boolean; id?: string }) {
    const t = this.#ui.t;
    const format = this.#host.format;
    const hint = `${options.id ?? 'uploads'}-hint`;
    const pick = (event: Event) => {
      const input = event.target as HTMLInputElement;
      if (input.files) this.add(Array.from(input.files));
      input.value = ''; // choosing the same file again after removing it still fires change
    };
    const choose = (event: Event) => {
      ((event.currentTarget as HTMLElement).parentElement!.querySelector('input[type=file]') as HTMLInputElement).click();
    };
    return html`<div class="uploads" part="uploads">
      <div class="upload-picker">
        <button type="button" class="button secondary" part="button attach" aria-describedby=${hint} ?disabled=${options.disabled} @click=${choose}>${t('uploads.add')}</button>
        <input type="file" multiple hidden tabindex="-1" aria-hidden="true" @change=${pick} />
        <span class="hint" id=${hint}>${t('uploads.hint', { max: format.bytes(this.#options.maxBytes) })}</span>
      </div>
      ${this.items.length
        ? html`<ul class="upload-list" aria-label=${options.label}>
            ${this.items.map((item) => html`<li class="upload" data-status=${item.status}>
              ${item.status === 'uploading'
                ? html`<progress max=${item.total || 1} value=${item.loaded} aria-label=${item.file.name}></progress>
                    <span>${t('uploads.uploading', { name: item.file.name, percent: Math.round((item.loaded / (item.total || 1)) * 100) })}</span>`
                : item.status === 'done'
                  ? html`<span class="upload-done">${icon('checkCircle')} ${t('uploads.done', { name: item.file.name, size: format.bytes(item.file.size || item.total) })}</span>`
                  : html`<span class="error" role="alert">${icon('error')} ${item.error}</span>`}
              <span class="upload-actions">
                ${item.status === 'error' && !item.tooLarge
                  ? html`<button type="button" class="button secondary small" @click=${() => this.retry(item.key)}>${t('uploads.retry', { name: item.file.name })}</button>`
                  : nothing}
                <button type="button" class="icon-button" aria-label=${t('uploads.remove', { name: item.file.name })} title=${t('uploads.remove', { name: item.file.name })}
                  @click=${() => this.remove(item.key)}>${icon('close')}</button>
              </span>
            </li>`)}
          </ul>`
        : nothing}
    </div>`;
  }
}

/** Layout of the upload area (buttons come from controlStyles). */
export const uploadStyles = css`
  .uploads { display: grid; gap: var(--_space-2); }
  .upload-picker { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); }
  .upload-list { display: grid; gap: var(--_space-1); margin: 0; padding: 0; list-style: none; }
  .upload { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-2); padding: var(--_space-1) var(--_space-2);
    border: 1px solid var(--_border); border-radius: var(--_radius-sm); }
  .upload progress { width: 120px; }
  .upload-done { display: inline-flex; align-items: center; gap: var(--_space-1); }
  .upload-done .icon { color: var(--_success); }
  .upload .error { color: var(--_danger); }
  .upload-actions { display: inline-flex; gap: var(--_space-1); margin-inline-start: auto; }
  .button.small { min-height: 28px; padding: 0 var(--_space-3); font-size: var(--_font-size-sm); }
`;
