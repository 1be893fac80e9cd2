import { css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { ProductList } from '../../core/schemas/products.js';
import { EmailSchema } from '../../core/schemas/common.js';
import * as z from 'zod/mini';
import { AttachmentSchema, MAX_UPLOAD_BYTES, TicketCreateBodySchema, type Ticket, type TicketPriority } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { ticketsMessages } from '../../locales/tickets.js';
import { uiMessages } from '../../locales/ui.js';
import { FormController, UploadsController, uploadStyles } from '../../ui/form/index.js';
import { renderError, renderState, stateStyles } from '../../ui/states.js';
import './ticket-suggestions.js';
import { attachmentStillThere, createTicket, productsQuery, uploadAttachment } from './tickets.api.js';

/** the attachments a draft keeps (what the upload answered) */
const AttachmentListSchema = z.array(AttachmentSchema);

const PRIORITIES: TicketPriority[] = ['low', 'normal', 'high', 'urgent'];

/**
 * "Nova solicitação": product (from Meus produtos) + module, subject, description, priority,
 * CC e-mails as validated chips and attachments uploaded as they are chosen. Validation is the
 * API's own body schema; one Idempotency-Key per submission, reused on retry; on any failure
 * every typed value and chosen file stays. With `followUp` (a closed ticket), the form starts from
 * its product, module and subject and says which request it continues.
 *
 * While the subject is typed, solutions that may answer it are listed under the field (the chosen
 * product's line narrows them); one opens in place, the form kept intact behind it, and "Isso
 * resolveu" ends the request there (`me-solution-deflected`: the page closes the form).
 *
 * @tagname me-ticket-new
 * @summary The new support request form.
 * @fires me-ticket-created - The request was created. `detail: { ticket }`
 * @fires me-cancel - The user gave up.
 * @fires me-solution-deflected - A suggested solution answered the question ("Isso resolveu"): no request was opened; the page closes the form. `detail: { solutionId, subject }`
 *
 * @csspart follow-up - The note naming the request a follow-up continues.
 * @csspart suggestions - The solutions suggested for the subject.
 * @csspart suggestion - One suggestion's link.
 * @csspart solution - A suggested solution opened in place, with its actions.
 */
export class MeTicketNew extends MeElement {
  static override styles = [
    tokens,
    stateStyles,
    uploadStyles,
    css`
      :host { display: block; }
      form { display: grid; gap: var(--_space-3); }
      form[hidden] { display: none; }
      .solution { display: grid; gap: var(--_space-3); }
      .solution:focus { outline: none; }
      .solution-actions { position: sticky; bottom: 0; display: grid; gap: var(--_space-2); padding: var(--_space-3) 0; border-top: 1px solid var(--_border); background: var(--_bg); }
      .solution-actions .hint { margin: 0; }
      .row { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: var(--_space-3); }
      fieldset { border: 0; padding: 0; margin: 0; }
      legend, .label { font-weight: 600; margin-bottom: var(--_space-1); }
      .chips { display: flex; flex-wrap: wrap; gap: var(--_space-1); align-items: center; padding: var(--_space-1); border: 1px solid var(--_border); border-radius: var(--_radius-sm); background: var(--_bg); }
      .chip { display: inline-flex; align-items: center; gap: var(--_space-1); padding: 0 var(--_space-2); border-radius: 999px; background: var(--_info-bg); }
      .chip button { font: inherit; border: 0; background: transparent; color: var(--_text); cursor: pointer; min-width: 24px; min-height: 24px; }
      .chips input { flex: 1 1 12rem; min-height: 32px; border: 0; font: inherit; background: transparent; color: var(--_text); }
      .hint { color: var(--_muted); font-size: var(--_font-size-sm); margin: var(--_space-1) 0 0; }
      .error { color: var(--_danger); font-size: var(--_font-size-sm); margin: var(--_space-1) 0 0; }
      .alert { padding: var(--_space-2) var(--_space-3); border: 1px solid var(--_danger); background: var(--_danger-bg); border-radius: var(--_radius-sm); }
      .buttons { display: flex; gap: var(--_space-2); justify-content: flex-end; }
    `,
  ];

  /** A closed ticket this request continues: product, module and subject start from it. */
  @property({ attribute: false }) followUp?: Ticket;

  @state() private ccDraft = '';
  @state() private ccError?: string;
  /** the last submission was held back by the attachments (still uploading, or failed) */
  @state() private uploadsHeld = false;
  /** the suggested solution shown in place of the form (which stays, hidden, with all it holds) */
  @state() private viewing?: string;
  /** the suggestion whose link opened the solution view: focus goes back to it */
  #openedFrom?: string;

  readonly #t = new MessagesController(this, ticketsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #ui = new MessagesController(this, uiMessages);
  readonly #form = new FormController(this, {
    schema: TicketCreateBodySchema, initial: { priority: 'normal' },
    // what is typed survives a reload (attachments are uploaded files: chosen again)
    draft: {
      portal: () => this.portal, key: () => (this.followUp ? `ticket-new:follow-up:${this.followUp.id}` : 'ticket-new'), exclude: ['organizationId', 'attachmentIds'],
      // the files uploaded are kept by id, and come back if the server still has them
      restoreExtra: async (fields) => {
        const kept = AttachmentListSchema.safeParse(fields.attachments ?? []);
        if (!kept.success || !kept.data.length) return false;
        const there = (await Promise.all(kept.data.map(async (a) => ((await attachmentStillThere(a)) ? [a] : [])))).flat();
        if (there.length < kept.data.length) this.#form.saveDraftExtra('attachments', there.length ? there : undefined);
        this.#uploads.restore(there);
        return there.length > 0;
      },
      onDiscard: () => this.#uploads.clear(),
    },
  });
  readonly #products = new QueryController<ProductList>(this, () => this.portal?.queryClient, () => productsQuery(this.portal));
  readonly #uploads = new UploadsController(this, {
    upload: (file, onProgress, signal) => uploadAttachment(this.portal!, file, onProgress, signal),
    maxBytes: MAX_UPLOAD_BYTES,
    onChange: (done) => this.#form.saveDraftExtra('attachments', done.length ? done : undefined),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const from = this.followUp;
    if (changed.has('followUp') && from) {
      const subject = this.#t.t('new.followUp.subject', { number: from.number, subject: from.subject });
      this.#form.reset({ priority: 'normal', productId: from.product?.id, module: from.module, subject: subject.length > 150 ? `${subject.slice(0, 149)}…` : subject });
    }
  }

  get #ccs(): string[] {
    return (this.#form.value('ccEmails') as string[] | undefined) ?? [];
  }

  #addCc(raw: string): boolean {
    const email = raw.trim().replace(/[,;]$/, '').trim();
    if (!email) return true;
    if (!EmailSchema.safeParse(email).success) { // the API's own rule, so a chip never fails at submit
      this.ccError = this.#t.t('new.ccs.invalid', { email });
      return false;
    }
    this.ccError = undefined;
    if (!this.#ccs.includes(email)) this.#form.set('ccEmails', [...this.#ccs, email]);
    this.ccDraft = '';
    return true;
  }

  #onCcKey(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter' || event.key === ',' || event.key === ';') {
      event.preventDefault();
      this.#addCc(input.value);
    } else if (event.key === 'Backspace' && !input.value && this.#ccs.length) {
      this.#form.set('ccEmails', this.#ccs.slice(0, -1));
    }
  }

  #removeCc(email: string): void {
    const rest = this.#ccs.filter((e) => e !== email);
    this.#form.set('ccEmails', rest.length ? rest : undefined);
  }

  async #openSuggestion(event: CustomEvent<{ id: string }>): Promise<void> {
    this.#openedFrom = event.detail.id;
    this.#show(event.detail.id);
    if (customElements.get('me-solution-view')) return;
    try {
      // the view's code (sanitizer, vote) loads only when a suggestion is opened
      await import('../solutions/solution-view.js');
      this.requestUpdate();
    } catch {
      this.#back(); // never in the way of the request: back to the form
    }
  }

  #show(id: string): void {
    this.viewing = id;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.solution')?.focus());
  }

  #back = (): void => {
    if (!this.viewing) return;
    this.viewing = undefined;
    void this.updateComplete.then(() => {
      const list = this.renderRoot.querySelector('me-ticket-suggestions');
      if (!this.#openedFrom || !list?.focusSuggestion(this.#openedFrom)) this.renderRoot.querySelector<HTMLElement>('me-field[name="subject"]')?.focus();
    });
  };

  /** Esc in the solution view goes back to the form; the drawer or dialog around it stays open. */
  #onSolutionKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.#back();
  };

  #deflect = (): void => {
    if (!this.viewing) return;
    dispatch(this, 'me-solution-deflected', { solutionId: this.viewing, subject: String(this.#form.value('subject') ?? '').trim() });
  };

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const portal = this.portal;
    if (!portal?.organizationId) return;
    if (this.ccDraft && !this.#addCc(this.ccDraft)) return;
    this.uploadsHeld = this.#uploads.blocker !== undefined;
    if (this.uploadsHeld) return;
    this.#form.set('organizationId', portal.organizationId);
    const ids = this.#uploads.ids;
    this.#form.set('attachmentIds', ids.length ? ids : undefined);
    const result = await this.#form.submit((body, { idempotencyKey }) => createTicket(portal, body, idempotencyKey));
    if (result.ok) {
      this.#uploads.clear();
      this.#form.reset();
      dispatch(this, 'me-ticket-created', { ticket: result.value });
    }
  };

  protected override render() {
    const t = this.#t.t;
    const products = this.#products.result;
    if (!products || products.isPending) return renderState('loading', { title: this.#c.t('state.loading') });
    if (products.isError) return renderError(products.error, this.#c.t, () => void this.#products.refetch());
    if (!products.data.items.length) return renderState('empty', { title: t('new.product.none') });
    const productOptions = [
      ...products.data.items.map((p) => ({ value: p.id, label: `${p.lineName} ${p.version}${p.release ? ` (${p.release})` : ''} — ${this.#environment(p.environment)}` })),
    ];
    const form = this.#form;
    const ccHintId = 'cc-hint';
    const productId = form.value('productId');
    const lineId = products.data.items.find((p) => p.id === productId)?.lineId;
    return html`<form novalidate ?hidden=${!!this.viewing} @submit=${this.#submit} aria-label=${t('new.title')}>
      ${form.draftNotice()}
      ${this.followUp ? html`<p class="hint follow-up" part="follow-up">${t('new.followUp.note', { number: this.followUp.number })}</p>` : nothing}
      <div class="row">
        <me-field type="select" label=${t('new.product')} hint=${t('new.product.hint')} .options=${productOptions} ${form.field('productId')}></me-field>
        <me-field label=${t('new.module')} hint=${t('new.module.hint')} ${form.field('module')}></me-field>
      </div>
      <div>
        <me-field label=${t('new.subject')} ${form.field('subject')}></me-field>
        <me-ticket-suggestions exportparts="suggestions, suggestion" .subject=${String(form.value('subject') ?? '')} .productLineId=${lineId}
          @me-suggestion-open=${this.#openSuggestion}></me-ticket-suggestions>
      </div>
      <me-field type="textarea" rows="8" label=${t('new.description')} hint=${t('new.description.hint')} ${form.field('description')}></me-field>
      <me-field type="select" label=${t('new.priority')} .options=${PRIORITIES.map((p) => ({ value: p, label: this.#ui.t(`priority.${p}`) }))} ${form.field('priority')}></me-field>
      <div>
        <label class="label" for="cc">${t('new.ccs')}</label>
        <div class="chips">
          ${this.#ccs.map((email) => html`<span class="chip">${email}<button type="button" aria-label=${t('new.ccs.remove', { email })} @click=${() => this.#removeCc(email)}>✕</button></span>`)}
          <input id="cc" type="email" autocomplete="off" .value=${this.ccDraft} aria-describedby="${ccHintId}${this.ccError || form.error('ccEmails') ? ' cc-error' : ''}"
            aria-invalid=${this.ccError ? 'true' : 'false'} @input=${(e: Event) => { this.ccDraft = (e.target as HTMLInputElement).value; this.ccError = undefined; }}
            @keydown=${this.#onCcKey} @blur=${() => this.#addCc(this.ccDraft)} />
        </div>
        <p class="hint" id=${ccHintId}>${t('new.ccs.hint')}</p>
        ${this.ccError || form.error('ccEmails') ? html`<p class="error" id="cc-error" role="alert">${this.ccError ?? form.error('ccEmails')}</p>` : nothing}
      </div>
      <fieldset>
        <legend>${t('new.attachments')}</legend>
        ${this.#uploads.render({ label: t('new.attachments'), disabled: form.pending, id: 'new-uploads' })}
        ${this.uploadsHeld && this.#uploads.blocker ? html`<p class="error" role="alert">${this.#uploads.blocker}</p>` : nothing}
      </fieldset>
      ${form.errorMessage ? html`<div class="alert" role="alert">${t('new.failed')} ${form.errorMessage}</div>` : nothing}
      <div class="buttons">
        <button type="button" class="button secondary" @click=${() => dispatch(this, 'me-cancel', undefined)}>${t('new.cancel')}</button>
        <me-submit-button ?pending=${form.pending} pending-label=${t('new.submitting')}>${t('new.submit')}</me-submit-button>
      </div>
    </form>
    ${this.viewing ? this.#renderSolution(this.viewing) : nothing}`;
  }

  #renderSolution(id: string) {
    const t = this.#t.t;
    return html`<section class="solution" part="solution" tabindex="-1" aria-label=${t('new.suggestions.view')} @keydown=${this.#onSolutionKey}>
      ${customElements.get('me-solution-view')
        ? html`<me-solution-view solution-id=${id} @me-solution-open=${(e: CustomEvent<{ id: string }>) => this.#show(e.detail.id)}></me-solution-view>`
        : renderState('loading', { title: t('new.suggestions.loading') })}
      <div class="solution-actions">
        <p class="hint">${t('new.suggestions.solved.hint')}</p>
        <div class="buttons">
          <button type="button" class="button secondary" @click=${this.#back}>${t('new.suggestions.back')}</button>
          <button type="button" class="button" @click=${this.#deflect}>${t('new.suggestions.solved')}</button>
        </div>
      </div>
    </section>`;
  }

  #environment(environment: 'production' | 'homologation' | 'development'): string {
    return this.#t.t(`new.environment.${environment}`);
  }
}

define('me-ticket-new', MeTicketNew);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-new': MeTicketNew;
  }
  interface GlobalEventHandlersEventMap {
    'me-cancel': CustomEvent<undefined>;
    'me-solution-deflected': CustomEvent<{ solutionId: string; subject: string }>;
    // also declared by the tickets entry (define.ts): each entry's types stand alone
    'me-ticket-created': CustomEvent<{ ticket: Ticket }>;
  }
}
