import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { runBounded } from '../../core/bounded.js';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Contact } from '../../core/schemas/contacts.js';
import type { TicketSummary } from '../../core/schemas/tickets.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { ticketManagerMessages } from '../../locales/ticket-manager.js';
import { controlStyles } from '../../ui/controls.styles.js';
import '../../ui/form/field.js';
import { icon } from '../../ui/icons.js';
import { describeError, stateStyles } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import '../../ui/toolbar/select.js';
import type { SelectOption } from '../../ui/toolbar/select.js';
import {
  activeContactsQuery, BULK_CONCURRENCY, changeRequester, mayManage, nextCcs, setCcs, ticketsChanged, type ManagerAction,
} from './manager.api.js';
import { bulkStyles } from './ticket-manager.styles.js';

interface Outcome {
  ticket: TicketSummary;
  ok: boolean;
  /** why not (the server's problem, or "no permission" decided before sending) */
  message?: string;
}

type Phase = 'choose' | 'running' | 'done';

/**
 * The admin actions of "Gerenciar solicitações" over one ticket or a selection: change the
 * requester (to an active contact of the tickets' organization) or add/remove people in copy. The
 * API has one call per ticket: they run `BULK_CONCURRENCY` at a time, each standing or failing
 * alone; tickets the user may not change (member of that organization, closed) are reported
 * without a request. Internal to `<me-ticket-manager>`.
 *
 * @tagname me-ticket-bulk-action
 * @summary Change requester / CCs of one or many tickets, with per-ticket results.
 * @fires me-bulk-finished - The run ended. `detail: { action, succeeded: string[], failed: string[] }`. Not bubbling.
 * @fires me-cancel - The user closed it. Not bubbling.
 */
export class MeTicketBulkAction extends MeElement {
  static override styles = [tokens, controlStyles, stateStyles, bulkStyles];

  @property() action: ManagerAction = 'requester';
  @property({ attribute: false }) tickets: TicketSummary[] = [];

  @state() private phase: Phase = 'choose';
  @state() private requesterId = '';
  @state() private add: string[] = [];
  @state() private removeIds: string[] = [];
  @state() private done = 0;
  @state() private running = 0;
  @state() private outcomes: Outcome[] = [];
  @state() private problem = '';

  readonly #t = new MessagesController(this, ticketManagerMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #contacts = new QueryController<Contact[]>(this, () => this.portal?.queryClient, () =>
    this.#organizations.length === 1 ? activeContactsQuery(this.portal, this.#organizations[0]!.id) : undefined);
  #abort?: AbortController;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tickets') || changed.has('action')) {
      this.phase = 'choose';
      this.outcomes = [];
      this.problem = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  get #allowed(): TicketSummary[] {
    return this.tickets.filter((ticket) => mayManage(this.portal, ticket, this.action));
  }

  /** the organizations of the tickets that may change (contacts are per organization) */
  get #organizations(): Array<{ id: string; name: string }> {
    const seen = new Map<string, string>();
    for (const ticket of this.#allowed) seen.set(ticket.organization.id, ticket.organization.name);
    return [...seen].map(([id, name]) => ({ id, name }));
  }

  #ready(): boolean {
    if (!this.#allowed.length) return false;
    if (this.action === 'requester') return this.#organizations.length === 1 && !!this.requesterId;
    return this.add.length > 0 || this.removeIds.length > 0;
  }

  #apply = async (): Promise<void> => {
    const portal = this.portal;
    if (!portal || this.phase === 'running') return;
    if (!this.#ready()) {
      this.problem = this.#t.t(this.action === 'requester' ? 'manager.chooseRequester' : 'manager.chooseCcs');
      return;
    }
    this.problem = '';
    await this.#run(this.tickets);
  };

  /** Runs over `tickets`: the allowed ones through the API, the others reported as not allowed. */
  async #run(tickets: TicketSummary[]): Promise<void> {
    const portal = this.portal!;
    const t = this.#t.t;
    const allowed = tickets.filter((ticket) => mayManage(portal, ticket, this.action));
    const refused: Outcome[] = tickets.filter((ticket) => !allowed.includes(ticket))
      .map((ticket) => ({ ticket, ok: false, message: t('manager.notAllowed') }));
    this.phase = 'running';
    this.done = 0;
    this.running = allowed.length;
    this.#abort = new AbortController();
    const { action, requesterId, add, removeIds: remove } = this;
    const results = await runBounded(allowed, BULK_CONCURRENCY, (ticket, signal) => (action === 'requester'
      ? changeRequester(portal, ticket.id, requesterId, signal)
      : setCcs(portal, ticket.id, nextCcs(ticket, add, remove), signal)), {
      signal: this.#abort.signal,
      onSettled: (_, done) => { this.done = done; },
    });
    const ran = new Set(results.map((r) => r.item.id));
    const stopped: Outcome[] = allowed.filter((ticket) => !ran.has(ticket.id)).map((ticket) => ({ ticket, ok: false, message: t('manager.stopped') }));
    const outcomes: Outcome[] = [
      ...results.map((r) => (r.ok ? { ticket: r.item, ok: true } : { ticket: r.item, ok: false, message: this.#why(r.item, r.error, add, remove) })),
      ...stopped,
      ...refused,
    ];
    this.outcomes = this.tickets.map((ticket) => outcomes.find((o) => o.ticket.id === ticket.id)
      ?? this.outcomes.find((o) => o.ticket.id === ticket.id)!).filter(Boolean);
    this.phase = 'done';
    if (results.some((r) => r.ok)) void ticketsChanged(portal);
    const succeeded = this.outcomes.filter((o) => o.ok).map((o) => o.ticket.id);
    const failed = this.outcomes.filter((o) => !o.ok).map((o) => o.ticket.id);
    announce(this.#summary(), { politeness: failed.length ? 'assertive' : 'polite' });
    dispatchOwn(this, 'me-bulk-finished', { action, succeeded, failed });
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.summary')?.focus();
  }

  /** Why one ticket was not changed: the server's words, a 422 naming the person it refused. */
  #why(ticket: TicketSummary, error: unknown, add: string[], remove: string[]): string {
    if (!(error instanceof ApiError) || !error.fieldErrors.length) return describeError(error, this.#c.t);
    const sentIds = this.action === 'ccs' ? nextCcs(ticket, add, remove) : [this.requesterId];
    const names = new Map<string, string>([...ticket.ccs, ticket.requester].map((p) => [p.id, p.name]));
    for (const contact of this.#contacts.data ?? []) names.set(contact.id, contact.name);
    return error.fieldErrors.map(({ path, message }) => {
      const index = Number(path.split('.')[1]);
      const id = this.action === 'ccs' && Number.isInteger(index) ? sentIds[index] : sentIds[0];
      const name = id ? names.get(id) : undefined;
      return name ? `${message}: ${name}.` : message;
    }).join(' ');
  }

  #retryFailed = (): void => {
    const failed = this.outcomes.filter((o) => !o.ok && mayManage(this.portal, o.ticket, this.action)).map((o) => o.ticket);
    if (failed.length) void this.#run(failed);
  };

  #stop = (): void => {
    this.#abort?.abort();
  };

  #summary(): string {
    const ok = this.outcomes.filter((o) => o.ok).length;
    const total = this.outcomes.length;
    return this.#t.t(ok === total ? 'manager.summary.all' : 'manager.summary.some', { ok: this.format.number(ok), total: this.format.number(total), failed: this.format.number(total - ok) });
  }

  protected override render() {
    if (this.phase === 'running') return this.#renderRunning();
    if (this.phase === 'done') return this.#renderDone();
    return this.#renderChoose();
  }

  #renderChoose() {
    const t = this.#t.t;
    const allowed = this.#allowed;
    const skipped = this.tickets.length - allowed.length;
    const organizations = this.#organizations;
    return html`<div class="bulk-action">
      <p class="scope">${this.tickets.length === 1
        ? t('manager.scope.one', { number: this.tickets[0]!.number })
        : t('manager.scope.many', { n: this.format.number(this.tickets.length) })}</p>
      ${skipped ? html`<p class="note">${icon('info')}<span>${t('manager.skipped', { n: this.format.number(skipped) })}</span></p>` : nothing}
      ${!allowed.length
        ? html`<p class="note" role="alert">${icon('warning')}<span>${t('manager.nothingAllowed')}</span></p>`
        : this.action === 'requester' ? this.#renderRequester(organizations) : this.#renderCcs(organizations)}
      ${this.problem ? html`<p class="error" role="alert">${icon('error')}<span>${this.problem}</span></p>` : nothing}
      <div class="actions">
        <button type="button" class="button secondary" part="button" @click=${() => dispatchOwn(this, 'me-cancel', undefined)}>${this.#c.t('action.cancel')}</button>
        ${allowed.length && (this.action === 'ccs' || organizations.length === 1)
          ? html`<button type="button" class="button" part="button" @click=${this.#apply}>${t(this.action === 'requester' ? 'manager.apply.requester' : 'manager.apply.ccs', { n: this.format.number(allowed.length) })}</button>`
          : nothing}
      </div>
    </div>`;
  }

  #contactOptions(exclude: (contact: Contact) => boolean = () => false): SelectOption[] {
    return (this.#contacts.data ?? []).filter((c) => !exclude(c)).map((c) => ({ value: c.id, label: `${c.name} — ${c.email}` }));
  }

  #renderContactsState() {
    const result = this.#contacts.result;
    if (!result || result.isPending) return html`<p class="note" role="status">${this.#c.t('state.loading')}</p>`;
    if (result.isError) {
      return html`<p class="error" role="alert">${icon('error')}<span>${describeError(result.error, this.#c.t)}</span>
        <button type="button" class="button secondary" part="button" @click=${() => void this.#contacts.refetch()}>${this.#c.t('state.retry')}</button></p>`;
    }
    return undefined;
  }

  #renderRequester(organizations: Array<{ id: string; name: string }>) {
    const t = this.#t.t;
    if (organizations.length > 1) {
      return html`<p class="note" role="alert">${icon('warning')}<span>${t('manager.oneOrganization', { organizations: organizations.map((o) => o.name).join(', ') })}</span></p>`;
    }
    const pending = this.#renderContactsState();
    if (pending) return pending;
    const single = this.#allowed.length === 1 ? this.#allowed[0]! : undefined;
    return html`<me-field type="select" label=${t('manager.newRequester')} required
      hint=${single ? t('manager.currentRequester', { name: single.requester.name }) : t('manager.requesterHint', { organization: organizations[0]!.name })}
      .options=${this.#contactOptions((c) => !!single && c.id === single.requester.id)} .value=${this.requesterId}
      @change=${(e: Event) => { this.requesterId = (e.target as HTMLInputElement).value; this.problem = ''; }}></me-field>`;
  }

  #renderCcs(organizations: Array<{ id: string; name: string }>) {
    const t = this.#t.t;
    const inCopy = new Map<string, string>();
    for (const ticket of this.#allowed) for (const person of ticket.ccs) inCopy.set(person.id, person.name);
    const removeOptions: SelectOption[] = [...inCopy].map(([value, label]) => ({ value, label }));
    const addBlock = organizations.length > 1
      ? html`<p class="note">${icon('info')}<span>${t('manager.addOneOrganization')}</span></p>`
      : this.#renderContactsState() ?? html`<me-select multiple label=${t('manager.addCcs')} placeholder=${t('manager.nobody')}
          .options=${this.#contactOptions()} .values=${this.add}
          @change=${(e: CustomEvent<{ values: string[] }>) => { e.stopPropagation(); this.add = e.detail.values; this.problem = ''; }}></me-select>`;
    return html`<div class="cc-fields">
      ${addBlock}
      ${removeOptions.length
        ? html`<me-select multiple label=${t('manager.removeCcs')} placeholder=${t('manager.nobody')} .options=${removeOptions} .values=${this.removeIds}
            @change=${(e: CustomEvent<{ values: string[] }>) => { e.stopPropagation(); this.removeIds = e.detail.values; this.problem = ''; }}></me-select>`
        : html`<p class="note">${t('manager.noCcs')}</p>`}
    </div>`;
  }

  #renderRunning() {
    const t = this.#t.t;
    return html`<div class="bulk-action">
      <p class="progress" role="status">${t('manager.progress', { done: this.format.number(this.done), total: this.format.number(this.running) })}</p>
      <progress max=${this.running} .value=${this.done} aria-label=${t('manager.progressLabel')}></progress>
      <div class="actions"><button type="button" class="button secondary" part="button" @click=${this.#stop}>${t('manager.stop')}</button></div>
    </div>`;
  }

  #renderDone() {
    const t = this.#t.t;
    const failed = this.outcomes.filter((o) => !o.ok);
    const retriable = failed.some((o) => mayManage(this.portal, o.ticket, this.action));
    return html`<div class="bulk-action">
      <p class="summary ${failed.length ? 'partial' : ''}" tabindex="-1">${icon(failed.length ? 'warning' : 'check')}<span>${this.#summary()}</span></p>
      <ul class="results" part="results" aria-label=${t('manager.results')}>
        ${this.outcomes.map((o) => html`<li class=${o.ok ? 'ok' : 'failed'}>
          ${icon(o.ok ? 'check' : 'error')}
          <span><strong>${o.ticket.number}</strong> ${o.ticket.subject}</span>
          <span class="outcome">${o.ok ? t('manager.result.ok') : o.message}</span>
        </li>`)}
      </ul>
      ${failed.length ? html`<p class="note">${t('manager.failedKept')}</p>` : nothing}
      <div class="actions">
        ${retriable ? html`<button type="button" class="button secondary" part="button" @click=${this.#retryFailed}>${t('manager.retryFailed')}</button>` : nothing}
        <button type="button" class="button" part="button" @click=${() => dispatchOwn(this, 'me-cancel', undefined)}>${this.#c.t('action.close')}</button>
      </div>
    </div>`;
  }
}

define('me-ticket-bulk-action', MeTicketBulkAction);

declare global {
  interface HTMLElementTagNameMap {
    'me-ticket-bulk-action': MeTicketBulkAction;
  }
  interface GlobalEventHandlersEventMap {
    'me-bulk-finished': CustomEvent<{ action: ManagerAction; succeeded: string[]; failed: string[] }>;
  }
}
