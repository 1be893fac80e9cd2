import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Contact } from '../../core/schemas/contacts.js';
import type { Problem } from '../../core/schemas/common.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { contactsMessages } from '../../locales/contacts.js';
import { uiMessages } from '../../locales/ui.js';
import { issueMessage } from '../../ui/form/form-errors.js';
import '../../ui/form/submit-button.js';
import { icon } from '../../ui/icons.js';
import { describeError } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import { failedRowsCsv, parseContactsCsv, templateCsv, type ImportRow, type RowProblem } from './contacts-csv.js';
import { IMPORT_MAX_ROWS, importContacts } from './contacts.api.js';
import { importStyles } from './contacts.styles.js';

export const TEMPLATE_FILE = 'modelo-importacao-contatos.csv';
export const FAILED_FILE = 'contatos-com-problemas.csv';

/** A line of the file after the import: created, or why not (the file's own check or the server's). */
interface Outcome {
  row: ImportRow;
  contact?: Contact;
  reason?: string;
}

type Step =
  | { kind: 'pick'; refusal?: string }
  | { kind: 'preview'; file: string; rows: ImportRow[]; header: string[]; delimiter: string; error?: string }
  | { kind: 'results'; outcomes: Outcome[]; header: string[]; delimiter: string };

/**
 * Batch import of contacts from a CSV file: the documented template to download, a file picked
 * with the keyboard (or dropped), a preview of every line checked with the API's own row schema,
 * one `POST …/contacts/import` of the valid lines (Idempotency-Key), then each line's result by its
 * line number in the file, and the failed lines back as a CSV to fix and import again. The CSV
 * parser loads with the first file. Internal to `<me-contacts>`.
 *
 * @tagname me-contacts-import
 * @summary Import contacts from a CSV file with a per-line preview and per-line results.
 * @fires me-contact-change - Contacts were imported. `detail: { reason: 'imported' }` Not bubbling.
 * @fires me-contact-close - The user is done. Not bubbling.
 */
export class MeContactsImport extends MeElement {
  static override styles = [tokens, importStyles];

  @state() private step: Step = { kind: 'pick' };
  @state() private reading = false;
  @state() private sending = false;
  @state() private over = false;

  readonly #t = new MessagesController(this, contactsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  readonly #action = new IdempotentAction();

  #downloadTemplate(): void {
    this.portal?.browser.download(TEMPLATE_FILE, new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  }

  async #read(file: File | undefined): Promise<void> {
    if (!file || this.reading || this.sending) return;
    const t = this.#t.t;
    const max = this.format.number(IMPORT_MAX_ROWS);
    this.reading = true;
    try {
      const parsed = await parseContactsCsv(await file.text(), IMPORT_MAX_ROWS);
      if (parsed.kind === 'rows') {
        this.step = { kind: 'preview', file: file.name, rows: parsed.rows, header: parsed.header, delimiter: parsed.delimiter };
        const valid = parsed.rows.filter((r) => r.contact).length;
        announce(this.#previewSummary(valid, parsed.rows.length));
        return;
      }
      const refusal = parsed.kind === 'too-many' ? t('import.tooMany', { n: this.format.number(parsed.count), max })
        : parsed.kind === 'no-rows' ? t('import.noRows')
          : t('import.missingColumns', { found: parsed.found.join(', ') || '—' });
      this.step = { kind: 'pick', refusal };
    } catch (error) {
      this.step = { kind: 'pick', refusal: t('import.unreadable', { reason: error instanceof Error ? error.message : String(error) }) };
    } finally {
      this.reading = false;
    }
  }

  #previewSummary(valid: number, total: number): string {
    const n = (count: number) => this.format.number(count);
    return this.#t.t('import.preview', { valid: n(valid), total: n(total), invalid: n(total - valid) });
  }

  #problem(problem: RowProblem): string {
    const t = this.#t.t;
    if (problem.kind === 'role') return t('import.invalidRole', { value: problem.value });
    if (problem.kind === 'duplicate') return t('import.duplicateInFile', { line: problem.line });
    return t('import.invalidField', { field: t(`contacts.field.${problem.field}`), message: issueMessage(problem.issue, this.#ui.t) });
  }

  #reasonOf(row: ImportRow): string {
    return row.problems.map((p) => this.#problem(p)).join('; ');
  }

  async #send(event: MouseEvent): Promise<void> {
    const step = this.step;
    const portal = this.portal;
    if (step.kind !== 'preview' || !portal || this.sending || event.detail > 1) return;
    const valid = step.rows.filter((r) => r.contact);
    if (!valid.length) return;
    const body = { contacts: valid.map((r) => r.contact!) };
    this.sending = true;
    this.step = { ...step, error: undefined };
    try {
      const { results } = await importContacts(portal, body, this.#action.keyFor(body));
      this.#action.complete();
      const byRow = new Map(results.map((r) => [r.row, r]));
      const outcomes: Outcome[] = step.rows.map((row) => {
        if (!row.contact) return { row, reason: this.#reasonOf(row) };
        const result = byRow.get(valid.indexOf(row));
        if (result?.ok) return { row, contact: result.contact };
        return { row, reason: result ? this.#serverReason(result.problem) : describeError(undefined, this.#c.t) };
      });
      this.step = { kind: 'results', outcomes, header: step.header, delimiter: step.delimiter };
      const ok = outcomes.filter((o) => !o.reason).length;
      announce(this.#t.t('import.results', { ok: this.format.number(ok), failed: this.format.number(outcomes.length - ok) }));
      if (ok) dispatchOwn(this, 'me-contact-change', { reason: 'imported' });
    } catch (error) {
      this.step = { ...step, error: this.#t.t('contacts.failed', { reason: describeError(error, this.#c.t) }) };
    } finally {
      this.sending = false;
    }
  }

  #serverReason(problem: Problem | undefined): string {
    if (!problem) return describeError(undefined, this.#c.t);
    const fields = problem.errors?.map((e) => e.message).join('; ');
    return [problem.detail ?? problem.title, fields].filter(Boolean).join(' — ');
  }

  async #downloadFailed(): Promise<void> {
    const step = this.step;
    if (step.kind !== 'results') return;
    const failed = step.outcomes.filter((o) => o.reason).map((o) => ({ cells: o.row.cells, reason: o.reason! }));
    const csv = await failedRowsCsv(step.header, step.delimiter, failed, this.#t.t('import.error'));
    this.portal?.browser.download(FAILED_FILE, new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    void this.#read(event.dataTransfer?.files[0]);
  }

  protected override render() {
    const step = this.step;
    if (step.kind === 'preview') return this.#renderPreview(step);
    if (step.kind === 'results') return this.#renderResults(step);
    return this.#renderPick(step.refusal);
  }

  #renderPick(refusal: string | undefined) {
    const t = this.#t.t;
    return html`<div class="pick">
      <p class="intro" id="format">${t('import.intro', { max: this.format.number(IMPORT_MAX_ROWS) })}</p>
      <div class="actions">
        <button type="button" class="button secondary template" part="button template" @click=${() => this.#downloadTemplate()}>${t('import.template')}</button>
      </div>
      <div class="picker ${this.over ? 'over' : ''}" part="picker"
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.over = true; }} @dragleave=${() => { this.over = false; }} @drop=${this.#onDrop}>
        <label for="file">${t('import.file')}</label>
        <input id="file" type="file" accept=".csv,text/csv" aria-describedby="format drop" ?disabled=${this.reading}
          @change=${(e: Event) => void this.#read((e.target as HTMLInputElement).files?.[0])}>
        <span id="drop" class="muted">${t('import.drop')}</span>
      </div>
      <div role="status">${this.reading ? html`<p class="info">${t('import.reading')}</p>` : nothing}</div>
      <div class="form-error" role="alert">${refusal ? html`<p class="error">${icon('error')} <span>${refusal}</span></p>` : nothing}</div>
    </div>`;
  }

  #renderTable(caption: string, rows: Array<{ row: ImportRow; ok: boolean; text: string }>) {
    const t = this.#t.t;
    return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${caption}>
      <table part="rows">
        <caption class="visually-hidden">${caption}</caption>
        <thead><tr>
          <th scope="col">${t('import.col.line')}</th><th scope="col">${t('contacts.col.name')}</th>
          <th scope="col">${t('contacts.col.email')}</th><th scope="col">${t('contacts.col.role')}</th><th scope="col">${t('import.col.result')}</th>
        </tr></thead>
        <tbody>${rows.map(({ row, ok, text }) => html`<tr data-line=${row.line} class=${ok ? 'ok-row' : 'bad-row'}>
          <th scope="row">${row.line}</th>
          <td>${row.contact?.name ?? row.raw.name ?? ''}</td>
          <td>${row.contact?.email ?? row.raw.email ?? ''}</td>
          <td>${row.contact ? t(`contacts.role.${row.contact.role}`) : row.raw.role ?? ''}</td>
          <td><span class="result ${ok ? 'ok' : 'bad'}">${icon(ok ? 'checkCircle' : 'error')} <span>${text}</span></span></td>
        </tr>`)}</tbody>
      </table>
    </div>`;
  }

  #renderPreview(step: Extract<Step, { kind: 'preview' }>) {
    const t = this.#t.t;
    const valid = step.rows.filter((r) => r.contact).length;
    return html`<div class="preview">
      <p role="status" class="summary"><strong>${step.file}</strong>: ${this.#previewSummary(valid, step.rows.length)}</p>
      ${this.#renderTable(t('import.title'), step.rows.map((row) => ({ row, ok: !!row.contact, text: row.contact ? t('import.ready') : this.#reasonOf(row) })))}
      <div class="form-error" role="alert">${step.error ? html`<p class="error">${icon('error')} <span>${step.error}</span></p>` : nothing}</div>
      <div class="actions">
        <button type="button" class="button secondary another" ?disabled=${this.sending} @click=${() => { this.step = { kind: 'pick' }; }}>${t('import.another')}</button>
        <me-submit-button class="send" ?pending=${this.sending} ?disabled=${!valid}
          @click=${(e: MouseEvent) => void this.#send(e)}>${valid === 1 ? t('import.sendOne') : t('import.send', { n: this.format.number(valid) })}</me-submit-button>
      </div>
    </div>`;
  }

  #renderResults(step: Extract<Step, { kind: 'results' }>) {
    const t = this.#t.t;
    const failed = step.outcomes.filter((o) => o.reason).length;
    const ok = step.outcomes.length - failed;
    return html`<div class="results">
      <p class="summary">${t('import.results', { ok: this.format.number(ok), failed: this.format.number(failed) })}</p>
      ${this.#renderTable(t('import.title'), step.outcomes.map((o) => ({ row: o.row, ok: !o.reason, text: o.reason ?? t('import.imported') })))}
      ${failed ? html`<p class="muted">${t('import.failedRowsHint')}</p>` : nothing}
      <div class="actions">
        ${failed ? html`<button type="button" class="button secondary failed-rows" part="button failed-rows" @click=${() => void this.#downloadFailed()}>${t('import.failedRows')}</button>` : nothing}
        <button type="button" class="button done" @click=${() => dispatchOwn(this, 'me-contact-close', undefined)}>${t('import.done')}</button>
      </div>
    </div>`;
  }
}

define('me-contacts-import', MeContactsImport);

declare global {
  interface HTMLElementTagNameMap {
    'me-contacts-import': MeContactsImport;
  }
}
