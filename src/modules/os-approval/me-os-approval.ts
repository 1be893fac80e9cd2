import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { FirstView } from '../../core/first-view.js';
import { LiveEventsController } from '../../core/live/events-controller.js';
import type { LiveEvent } from '../../core/schemas/events.js';
import { MessagesController } from '../../core/i18n.js';
import {
  REJECT_REASON_MAX, REJECT_REASON_MIN, type Decision, type ServiceOrder, type ServiceOrderList,
} from '../../core/schemas/service-orders.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { osApprovalMessages, type OsApprovalKey } from '../../locales/os-approval.js';
import { ListFilters } from '../../ui/data-list/list-filters.js';
import '../../ui/data-list/me-data-list.js';
import type { MeDataList } from '../../ui/data-list/me-data-list.js';
import type { PageSource, RowActivateDetail, SelectionChangeDetail, SortState } from '../../ui/data-list/types.js';
import '../../ui/dialog.js';
import '../../ui/drawer.js';
import { FormController } from '../../ui/form/form-controller.js';
import '../../ui/form/field.js';
import '../../ui/form/submit-button.js';
import { icon } from '../../ui/icons.js';
import { buildPrintable } from '../../ui/print.js';
import { describeError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import '../../ui/tabs.js';
import { announce } from '../../ui/toast.js';
import '../../ui/toast.js';
import '../../ui/toolbar/index.js';
import type { SelectOption } from '../../ui/toolbar/index.js';
import {
  decideOrder, decideOrders, DEFAULT_OS_FILTERS, fetchAllPending, fetchOsPage, findOrder, firstPageQuery, historyCountQuery, OS_PAGE_SIZE, osKeys,
  type OsFilters, type OsTab,
} from './os-approval.api.js';
import { osApprovalStyles } from './os-approval.styles.js';
import { historyColumns, OS_SORT_FIELDS, pendingColumns, type RowState } from './os-columns.js';
import { renderOrderDetail, renderPendingTable } from './os-detail.js';

/** The reject form: the reason the API requires (10–2000 characters, trimmed), as a required field. */
export const RejectReasonSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(REJECT_REASON_MIN), z.maxLength(REJECT_REASON_MAX)),
});

const TABS: OsTab[] = ['pending', 'history'];

/** What a decision came to: done, decided elsewhere (409), or failed (retry possible). */
type Outcome = 'ok' | 'conflict' | 'failed';

/** Who the reject dialog is for: one order, or the selected ones. */
type RejectTarget = { kind: 'one'; order: ServiceOrder } | { kind: 'bulk'; ids: string[] };

const targetKey = (target: RejectTarget) => (target.kind === 'one' ? `one:${target.order.id}` : `bulk:${[...target.ids].sort().join(',')}`);

/**
 * "Aprovar OS": the consultants' service orders awaiting the organization's approval — hours,
 * time entries, consultant, amount and deadline — approved or rejected (with a reason) one by
 * one or in bulk, with per-order results; and the history of decided orders. Each decision is
 * one request with its own Idempotency-Key (reused on a retry), however fast the user clicks.
 *
 * @tagname me-os-approval
 * @summary Approve or reject service orders (Aprovar OS): pending list, detail, bulk decisions, history.
 *
 * @fires me-os-decided - Orders were decided here. `detail: { ids: string[], decision: 'approve' | 'reject' }`
 * @fires me-os-opened - An order's detail was shown (`orderId`), or closed (`orderId: undefined`). `detail: { orderId }`
 *
 * @csspart header - Title and actions.
 * @csspart tabs - The tabs (pending / history).
 * @csspart toolbar - Search and filters.
 * @csspart bulk - The bar of the selected orders' actions (admins).
 * @csspart summary - The last bulk decision's result (live region) and its failures by order number.
 * @csspart note - Members: only admins decide.
 * @csspart list - The list.
 * @csspart drawer - The side panel showing an order.
 * @csspart detail - The order's detail inside the drawer.
 * @csspart state - Loading, error, no-permission and configuration messages.
 *
 * @cssprop --me-os-approval-list-height - Height of the scrolling list (default 560px).
 */
export class MeOsApproval extends MeElement {
  static override styles = [tokens, stateStyles, osApprovalStyles];

  /** The order whose detail is shown (deep link); empty for none. */
  @property({ attribute: 'order-id' }) orderId?: string;
  /** The tab shown first: `pending` or `history`. */
  @property() tab: OsTab = 'pending';

  @state() private selected: Set<string> = new Set();
  @state() private rejecting?: RejectTarget;
  @state() private bulkSending?: Decision;
  @state() private summary = '';
  /** the last bulk decision's failures, by order number (they stay listed here after the list refreshed) */
  @state() private failures: Array<{ id: string; number: string; problem: string }> = [];
  @state() private dialogError = '';
  @state() private opened?: ServiceOrder;
  @state() private openedError?: unknown;
  @state() private printing = false;
  /** bumped when the lists must be read again (a decision here or elsewhere refetched the cached first page) */
  @state() private revision = 0;

  readonly #t = new MessagesController(this, osApprovalMessages);
  readonly #c = new MessagesController(this, commonMessages);
  /** an order decided by someone else, said (the list refreshes through the shared cache) */
  @state() private elsewhere = '';

  constructor() {
    super();
    // the controller registers itself on the element
    new LiveEventsController(this, () => this.portal, (event) => void this.#onLive(event));
  }
  /** the pending list's first page: may start before `/v1/me`; its total is the tab's count */
  readonly #firstPage = new QueryController<ServiceOrderList>(this, () => this.portal?.queryClient, () => firstPageQuery(this.portal, 'pending'));
  readonly #firstView = new FirstView(this, () => this.portal?.status === 'ready' && (!!this.#firstPage.result && !this.#firstPage.result.isPending));
  /** the history's count (approved + rejected) waits for the first view */
  readonly #historyCount = new QueryController<number>(this, () => this.portal?.queryClient, () =>
    this.#firstView.shown && this.portal?.status === 'ready' ? historyCountQuery(this.portal) : undefined);
  readonly #filters = {
    pending: new ListFilters<OsFilters>(this, { ...DEFAULT_OS_FILTERS.pending }),
    history: new ListFilters<OsFilters>(this, { ...DEFAULT_OS_FILTERS.history }),
  };
  readonly #rows = new Map<string, RowState>();
  /** one Idempotency-Key per order's decision, kept while the user retries it */
  readonly #actions = new Map<string, IdempotentAction>();
  readonly #bulkAction = new IdempotentAction();
  readonly #form = new FormController(this, {
    schema: RejectReasonSchema,
    // the reason being typed survives a reload: one draft per order, one for a bulk rejection
    draft: {
      portal: () => this.portal,
      key: () => (!this.rejecting ? undefined : this.rejecting.kind === 'one' ? `os-reject:${this.rejecting.order.id}` : 'os-reject:bulk'),
    },
  });
  #seenUpdate = 0;
  /** the pending row (index) the list's focus was last on: its buttons are the tab stops after it */
  #activeIndex = 0;
  #loadingId?: string;
  /** whose reject the typed reason is for */
  #reasonFor?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // the cached first page was refetched (a decision here or in another widget): the list reads again
    const updatedAt = this.#firstPage.result?.dataUpdatedAt ?? 0;
    if (updatedAt !== this.#seenUpdate) {
      if (this.#seenUpdate) this.revision++;
      this.#seenUpdate = updatedAt;
    }
    if (changed.has('orderId') && this.orderId !== this.opened?.id) {
      this.opened = undefined;
      this.openedError = undefined;
    }
    if (this.orderId && !this.opened && !this.openedError && this.portal?.status === 'ready' && this.#loadingId !== this.orderId) void this.#load(this.orderId);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('orderId');
    if (changed.has('orderId') && (this.orderId || previous)) dispatch(this, 'me-os-opened', { orderId: this.orderId || undefined });
  }

  /** a deep link: the order is looked up by id */
  async #load(id: string, number?: string): Promise<void> {
    const portal = this.portal;
    if (!portal) return;
    this.#loadingId = id;
    try {
      const order = await findOrder(portal, id, number);
      if (this.orderId !== id) return;
      if (order) this.opened = order;
      else this.openedError = new ApiError({ kind: 'http', status: 404, message: 'not found', detail: this.#t.t('os.detail.notFound') });
    } catch (error) {
      if (this.orderId === id) this.openedError = error;
    } finally {
      if (this.#loadingId === id) this.#loadingId = undefined;
    }
  }

  get #canDecide(): boolean {
    return !!this.portal?.isAdmin;
  }

  #source(tab: OsTab): PageSource<ServiceOrder> | undefined {
    const portal = this.portal;
    if (!portal?.organizationId) return undefined;
    return this.#filters[tab].source([tab, portal.organizationId, this.revision], (filters) => ({
      pageSize: OS_PAGE_SIZE,
      load: (page, signal) => fetchOsPage(portal, tab, filters, page, OS_PAGE_SIZE, signal),
    }));
  }

  #sort(tab: OsTab): SortState | undefined {
    const sort = this.#filters[tab].value.sort ?? '';
    const field = sort.replace(/^-/, '');
    const id = Object.keys(OS_SORT_FIELDS).find((k) => OS_SORT_FIELDS[k] === field);
    return id ? { id, direction: sort.startsWith('-') ? 'desc' : 'asc' } : undefined;
  }

  #onSort(tab: OsTab, event: CustomEvent<{ sort: SortState | undefined }>): void {
    const sort = event.detail.sort;
    this.#filters[tab].set({ sort: sort ? `${sort.direction === 'desc' ? '-' : ''}${OS_SORT_FIELDS[sort.id]}` : DEFAULT_OS_FILTERS[tab].sort });
  }

  #setRow(id: string, state: RowState | undefined): void {
    if (state) this.#rows.set(id, state);
    else this.#rows.delete(id);
    this.requestUpdate();
    this.#list()?.requestUpdate();
  }

  #list(): MeDataList | null {
    return this.renderRoot?.querySelector<MeDataList>('me-data-list.pending') ?? null;
  }

  #actionFor(id: string): IdempotentAction {
    let action = this.#actions.get(id);
    if (!action) this.#actions.set(id, (action = new IdempotentAction()));
    return action;
  }

  /** The row buttons: the second click of a double click is never a second decision (nor one on the row that took its place). */
  #onRowApprove = (order: ServiceOrder, event: MouseEvent): void => {
    if (event.detail > 1 || (this.bulkSending && this.selected.has(order.id))) return;
    void this.#decide(order, 'approve');
  };

  #onRowReject = (order: ServiceOrder, event: MouseEvent): void => {
    if (event.detail > 1 || this.#rows.get(order.id)?.sending || (this.bulkSending && this.selected.has(order.id))) return;
    void this.#openReject({ kind: 'one', order });
  };

  async #openReject(target: RejectTarget): Promise<void> {
    // a reason typed for the same order(s) and not sent (the dialog closed by Esc or Cancel) comes back
    if (targetKey(target) !== this.#reasonFor) this.#form.reset();
    this.#reasonFor = targetKey(target);
    this.dialogError = '';
    this.rejecting = target;
    // first focus on the reason (the field renders in the same update that opens the dialog)
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('.reject-dialog me-field');
    await field?.updateComplete;
    await this.renderRoot.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('me-dialog.reject-dialog')?.updateComplete;
    if (this.rejecting === target) field?.focus();
  }

  /**
   * One order's decision: ignored while that order's decision is on its way; the key is the
   * same for a retry of the same decision, new once it succeeded. Resolves whether it was decided.
   */
  async #decide(order: ServiceOrder, decision: Decision, reason?: string): Promise<Outcome> {
    const portal = this.portal;
    if (!portal || this.#rows.get(order.id)?.sending || !this.#canDecide) return 'failed';
    const t = this.#t.t;
    const body = decision === 'reject' ? { decision, reason } : { decision };
    const action = this.#actionFor(order.id);
    this.#setRow(order.id, { sending: decision });
    try {
      const updated = await decideOrder(portal, order.id, body, action.keyFor({ id: order.id, ...body }));
      action.complete();
      this.#setRow(order.id, undefined);
      this.#deselect([order.id]);
      if (this.opened?.id === order.id) this.opened = updated;
      announce(t(decision === 'approve' ? 'os.approved' : 'os.rejected', { number: order.number }));
      dispatch(this, 'me-os-decided', { ids: [order.id], decision });
      await this.#refocus();
      return 'ok';
    } catch (error) {
      const problem = await this.#problemOf(portal, order, error);
      this.#setRow(order.id, { problem });
      announce(problem, { politeness: 'assertive' });
      return error instanceof ApiError && error.status === 409 ? 'conflict' : 'failed';
    }
  }

  /** Why a decision failed; a 409 (decided elsewhere) also refreshes the order and names who decided it and when. */
  async #problemOf(portal: NonNullable<typeof this.portal>, order: ServiceOrder, error: unknown): Promise<string> {
    const t = this.#t.t;
    const reason = describeError(error, this.#c.t);
    if (!(error instanceof ApiError) || error.status !== 409) return t('os.failed', { number: order.number, reason });
    this.#actions.get(order.id)?.complete();
    void portal.queryClient.invalidateQueries({ queryKey: ['organizations', portal.organizationId!, 'service-orders'] });
    const current = await findOrder(portal, order.id, order.number).catch(() => undefined);
    if (current && this.opened?.id === order.id) this.opened = current;
    return current?.decision
      ? t('os.decidedElsewhere', { detail: reason, name: current.decision.by.name, date: this.format.dateTime(current.decision.at) })
      : reason;
  }

  /** the decided row leaves the list: focus goes to the list's row (never onto the next order's button) */
  async #refocus(): Promise<void> {
    const active = this.renderRoot.querySelector('me-data-list')?.shadowRoot?.activeElement;
    if (!active || active.localName !== 'button') return;
    await this.updateComplete;
    this.#list()?.focus();
  }

  /**
   * An order of this organization decided elsewhere (a colleague, another tab): it leaves the
   * pending list with the cache's refresh; this says who decided it, and a user who had it
   * selected is told it left the selection (not a silent disappearance).
   */
  async #onLive(event: LiveEvent): Promise<void> {
    const portal = this.portal;
    const id = event.resource?.id;
    if (event.type !== 'service-order.decided' || !portal || !id || event.organizationId !== portal.organizationId) return;
    const wasSelected = this.selected.has(id);
    // its number, from the pages still in the cache: the lookup is then one request
    const number = portal.queryClient.getQueriesData<{ items?: ServiceOrder[] }>({ queryKey: osKeys.all(portal.organizationId!) })
      .flatMap(([, page]) => page?.items ?? []).find((order) => order.id === id)?.number;
    if (!number && !wasSelected && this.opened?.id !== id) return; // not one this user sees here
    this.#deselect([id]);
    const order = await findOrder(portal, id, number).catch(() => undefined);
    if (!order?.decision || order.status === 'pending') return;
    if (this.opened?.id === id) this.opened = order;
    const t = this.#t.t;
    const text = t(order.status === 'approved' ? 'os.live.approved' : 'os.live.rejected', {
      number: order.number, name: order.decision.by.name, date: this.format.dateTime(order.decision.at),
    });
    this.elsewhere = wasSelected ? `${text} ${t('os.live.wasSelected')}` : text;
    announce(this.elsewhere, { politeness: wasSelected ? 'assertive' : 'polite' });
  }

  #deselect(ids: string[]): void {
    if (!ids.some((id) => this.selected.has(id))) return;
    const next = new Set(this.selected);
    for (const id of ids) next.delete(id);
    this.selected = next;
  }

  /** The selected orders' decision in one request; the failed ones stay selected with their problem on their row. */
  async #decideSelected(decision: Decision, reason?: string): Promise<Outcome> {
    const portal = this.portal;
    if (!portal || this.bulkSending || !this.selected.size) return 'failed';
    const t = this.#t.t;
    const ids = [...this.selected];
    const body = decision === 'reject' ? { ids, decision, reason } : { ids, decision };
    this.bulkSending = decision;
    this.summary = '';
    this.failures = [];
    const numbers = this.#numbers();
    for (const id of ids) this.#rows.delete(id);
    try {
      const { results } = await decideOrders(portal, body, this.#bulkAction.keyFor(body));
      this.#bulkAction.complete();
      const ok = results.filter((r) => r.ok).map((r) => r.id);
      const failed = results.filter((r) => !r.ok);
      this.failures = failed.map((r) => {
        const problem = r.problem?.detail ?? r.problem?.title ?? describeError(undefined, this.#c.t);
        this.#rows.set(r.id, { problem });
        return { id: r.id, number: numbers.get(r.id) ?? r.id, problem };
      });
      this.selected = new Set(failed.map((r) => r.id));
      const n = (count: number, one: OsApprovalKey, other: OsApprovalKey) => (count === 1 ? t(one) : t(other, { n: this.format.number(count) }));
      const parts = [];
      if (ok.length) parts.push(decision === 'approve' ? n(ok.length, 'os.bulk.approved.one', 'os.bulk.approved.other') : n(ok.length, 'os.bulk.rejected.one', 'os.bulk.rejected.other'));
      if (failed.length) parts.push(n(failed.length, 'os.bulk.failed.one', 'os.bulk.failed.other'));
      this.summary = parts.join(', ');
      announce(this.summary, { politeness: failed.length ? 'assertive' : 'polite' });
      if (ok.length) dispatch(this, 'me-os-decided', { ids: ok, decision });
      this.#list()?.requestUpdate();
      return 'ok';
    } catch (error) {
      this.summary = describeError(error, this.#c.t);
      announce(this.summary, { politeness: 'assertive' });
      return 'failed';
    } finally {
      this.bulkSending = undefined;
    }
  }

  async #submitReject(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const target = this.rejecting;
    if (!target || this.#form.pending) return;
    this.dialogError = '';
    let outcome: Outcome = 'failed';
    const result = await this.#form.submit(async ({ reason }) => {
      outcome = target.kind === 'one' ? await this.#decide(target.order, 'reject', reason) : await this.#decideSelected('reject', reason);
    });
    if (!result.ok) return;
    // decided, or decided elsewhere (409: nothing to retry, the row says who and when): the dialog closes;
    // any other failure keeps it open with the reason typed, and a retry reuses the decision's key
    if (outcome !== 'failed') {
      this.rejecting = undefined;
      this.#form.reset();
      this.#reasonFor = undefined;
    }
    else this.dialogError = target.kind === 'one' ? this.#rows.get(target.order.id)?.problem ?? '' : this.summary;
  }

  /** order numbers of the rows loaded in the pending list, by id */
  #numbers(): Map<string, string> {
    const list = this.#list();
    const numbers = new Map<string, string>();
    if (!list) return numbers;
    for (let i = 0; i < list.rowCount; i++) {
      const order = list.itemAt(i) as ServiceOrder | undefined;
      if (order) numbers.set(order.id, order.number);
    }
    return numbers;
  }

  /** focus moved onto a row of the pending list (or into it): that row's buttons become its tab stops */
  #onListFocus = (event: FocusEvent): void => {
    const list = event.currentTarget as MeDataList;
    const row = (event.composedPath()[0] as Element).closest?.<HTMLElement>('[role=row][data-index]');
    const index = row ? Number(row.dataset.index) : -1;
    if (index < 0 || index === this.#activeIndex) return;
    this.#activeIndex = index;
    list.requestUpdate();
  };

  #onSelection(event: CustomEvent<SelectionChangeDetail>): void {
    this.selected = new Set(event.detail.keys);
  }

  #onRowActivate(event: CustomEvent<RowActivateDetail>): void {
    const order = event.detail.item as ServiceOrder;
    this.opened = order;
    this.openedError = undefined;
    this.orderId = order.id;
  }

  #close(): void {
    this.orderId = undefined;
    this.opened = undefined;
  }

  async #print(order?: ServiceOrder): Promise<void> {
    const portal = this.portal;
    if (!portal || this.printing) return;
    const t = this.#t.t;
    this.printing = true;
    try {
      const printable = order
        ? await buildPrintable({ title: t('os.detail', { number: order.number }), locale: portal.locale, timeZone: portal.timeZone, html: renderOrderDetail(order, t, portal.format, portal.timeZone) })
        : await buildPrintable({
          title: t('os.print.listTitle', { org: portal.organization?.name ?? '' }), locale: portal.locale, timeZone: portal.timeZone, css: '@page { size: A4 landscape; }',
          html: renderPendingTable(await fetchAllPending(portal), t, portal.format),
        });
      await portal.browser.print(printable.title, printable.body, printable.css);
    } catch (error) {
      announce(`${t('os.print.failed')} ${describeError(error, this.#c.t)}`, { politeness: 'assertive' });
    } finally {
      this.printing = false;
    }
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const tabs = TABS.map((id) => ({
      id, label: t(`os.tab.${id}`),
      count: id === 'pending' ? this.#firstPage.data?.total : this.#historyCount.data,
    }));
    return html`
      <div class="header" part="header">
        <h2>${t('os.title')}</h2>
        <div class="actions">
          <button type="button" class="button secondary" ?disabled=${this.printing} @click=${() => this.#print()}>${t('os.printList')}</button>
        </div>
      </div>
      <me-tabs part="tabs" label=${t('os.tabs')} .tabs=${tabs} selected=${this.tab}
        @me-tab-change=${(e: CustomEvent<{ id: string }>) => { this.tab = e.detail.id as OsTab; }}>
        ${this.tab === 'pending' ? this.#renderPending() : this.#renderHistory()}
      </me-tabs>
      ${this.#renderDrawer()}
      ${this.#renderRejectDialog()}
      <me-toast-region></me-toast-region>
    `;
  }

  #renderPending() {
    const t = this.#t.t;
    const filters = this.#filters.pending;
    const filtered = filters.has('sort');
    const n = this.selected.size;
    const canDecide = this.#canDecide;
    const columns = pendingColumns(t, this.format, this.portal?.timeZone, {
      canDecide, approve: this.#onRowApprove, reject: this.#onRowReject, isActive: (id) => this.#list()?.keyAt(this.#activeIndex) === id,
      // a selected order is on its way in the bulk request: its own buttons wait too
      state: (id) => this.#rows.get(id) ?? (this.bulkSending && this.selected.has(id) ? { sending: this.bulkSending } : undefined),
    });
    return html`<div class="panel">
      <me-toolbar part="toolbar">
        <me-search-field slot="search" label=${t('os.search')} .value=${filters.text} @me-search=${(e: CustomEvent<{ value: string }>) => filters.search(e.detail.value)}></me-search-field>
        ${filtered ? html`<button type="button" class="link" @click=${() => filters.reset({ ...DEFAULT_OS_FILTERS.pending, sort: filters.value.sort })}>${t('os.filter.clear')}</button>` : nothing}
      </me-toolbar>
      ${canDecide
        ? html`<div class="bulk" part="bulk" role="group" aria-label=${t('os.selected', { n: this.format.number(n) })}>
            <span class="count">${t('os.selected', { n: this.format.number(n) })}</span>
            <me-submit-button class="bulk-approve" ?pending=${this.bulkSending === 'approve'} ?disabled=${!n || (!!this.bulkSending && this.bulkSending !== 'approve')}
              @click=${(e: MouseEvent) => { if (e.detail <= 1) void this.#decideSelected('approve'); }}>${t('os.bulk.approve', { n: this.format.number(n) })}</me-submit-button>
            <me-submit-button class="bulk-reject" variant="secondary" ?disabled=${!n || !!this.bulkSending}
              @click=${(e: MouseEvent) => { if (e.detail <= 1 && this.selected.size) void this.#openReject({ kind: 'bulk', ids: [...this.selected] }); }}>${t('os.bulk.reject', { n: this.format.number(n) })}</me-submit-button>
          </div>`
        : html`<p class="note" part="note">${icon('info')} <span>${t('os.readOnly')}</span></p>`}
      ${this.elsewhere
        ? html`<p class="note" part="elsewhere">${icon('info')} <span>${this.elsewhere}</span>
            <button type="button" class="link" @click=${() => { this.elsewhere = ''; }}>${t('os.live.dismiss')}</button></p>`
        : nothing}
      <div class="summary" part="summary" role="status">${this.summary
        ? html`<p>${this.summary}</p>${this.failures.length
          ? html`<ul class="failures">${this.failures.map((f) => html`<li>${icon('error')} <strong>${f.number}</strong>: ${f.problem}</li>`)}</ul>`
          : nothing}`
        : nothing}</div>
      <me-data-list class="pending" part="list" label=${t('os.list.pending')} .columns=${columns} ?selectable=${canDecide}
        .selectedKeys=${this.selected} .source=${this.#source('pending')} .sort=${this.#sort('pending')}
        @me-sort-change=${(e: CustomEvent<{ sort: SortState | undefined }>) => this.#onSort('pending', e)}
        @me-selection-change=${this.#onSelection} @me-row-activate=${this.#onRowActivate} @focusin=${this.#onListFocus}>
        <span slot="empty">${filtered ? t('os.empty.filtered') : t('os.empty.pending')}</span>
      </me-data-list>
    </div>`;
  }

  #renderHistory() {
    const t = this.#t.t;
    const filters = this.#filters.history;
    const value = filters.value;
    const filtered = filters.has('sort', 'status') || value.status !== DEFAULT_OS_FILTERS.history.status;
    const statusOptions: SelectOption[] = [{ value: 'approved', label: t('os.status.approved') }, { value: 'rejected', label: t('os.status.rejected') }];
    return html`<div class="panel">
      <me-toolbar part="toolbar" .active=${(value.from || value.to ? 1 : 0)}>
        <me-search-field slot="search" label=${t('os.search')} .value=${filters.text} @me-search=${(e: CustomEvent<{ value: string }>) => filters.search(e.detail.value)}></me-search-field>
        <me-select label=${t('os.filter.status')} .options=${statusOptions} .value=${value.status ?? 'approved'}
          @change=${(e: CustomEvent<{ value: string }>) => filters.set({ status: (e.detail.value || 'approved') as OsFilters['status'] })}></me-select>
        <me-date-range label=${t('os.filter.period')} .from=${value.from ?? ''} .to=${value.to ?? ''}
          @change=${(e: CustomEvent<{ from: string; to: string }>) => filters.set({ from: e.detail.from || undefined, to: e.detail.to || undefined })}></me-date-range>
        ${filtered ? html`<button type="button" class="link" @click=${() => filters.reset({ ...DEFAULT_OS_FILTERS.history, sort: value.sort })}>${t('os.filter.clear')}</button>` : nothing}
      </me-toolbar>
      <me-data-list class="history" part="list" label=${t('os.list.history')} .columns=${historyColumns(t, this.format)}
        .source=${this.#source('history')} .sort=${this.#sort('history')}
        @me-sort-change=${(e: CustomEvent<{ sort: SortState | undefined }>) => this.#onSort('history', e)} @me-row-activate=${this.#onRowActivate}>
        <span slot="empty">${filtered ? t('os.empty.filtered') : t('os.empty.history')}</span>
      </me-data-list>
    </div>`;
  }

  #renderDrawer() {
    const t = this.#t.t;
    const order = this.opened;
    const state = order ? this.#rows.get(order.id) : undefined;
    let body: unknown = nothing;
    if (this.orderId) {
      if (order) {
        body = html`${renderOrderDetail(order, t, this.format, this.portal?.timeZone)}
          ${state?.problem ? html`<p class="error" role="alert">${icon('error')} <span>${state.problem}</span></p>` : nothing}
          <div class="drawer-actions">
            ${order.status === 'pending' && this.#canDecide
              ? html`<me-submit-button class="detail-approve" ?pending=${state?.sending === 'approve'} ?disabled=${!!state?.sending && state.sending !== 'approve'}
                  @click=${(e: MouseEvent) => { if (e.detail <= 1) void this.#decide(order, 'approve'); }}>${t('os.approve')}</me-submit-button>
                <me-submit-button class="detail-reject" variant="secondary" ?disabled=${!!state?.sending}
                  @click=${(e: MouseEvent) => { if (e.detail <= 1) void this.#openReject({ kind: 'one', order }); }}>${t('os.reject')}</me-submit-button>`
              : nothing}
            <button type="button" class="button secondary" ?disabled=${this.printing} @click=${() => this.#print(order)}>${t('os.print')}</button>
          </div>`;
      } else if (this.openedError) {
        body = renderState('error', { title: this.#c.t('state.error.title'), detail: describeError(this.openedError, this.#c.t),
          onRetry: () => { this.openedError = undefined; }, retryLabel: this.#c.t('state.retry') });
      } else {
        body = renderState('loading', { title: this.#c.t('state.loading') });
      }
    }
    return html`<me-drawer part="drawer" .open=${!!this.orderId} label=${order ? t('os.detail', { number: order.number }) : t('os.detail.any')}
      @me-close=${() => this.#close()}>${body}</me-drawer>`;
  }

  #renderRejectDialog() {
    const t = this.#t.t;
    const target = this.rejecting;
    const label = !target ? '' : target.kind === 'one' ? t('os.reject.title', { number: target.order.number }) : t('os.reject.titleMany', { n: this.format.number(target.ids.length) });
    const pending = this.#form.pending;
    return html`<me-dialog class="reject-dialog" .open=${!!target} label=${label} @me-close=${() => { this.rejecting = undefined; }}>
      ${target
        ? html`<form novalidate @submit=${(e: SubmitEvent) => void this.#submitReject(e)}>
            ${this.#form.draftNotice()}
            <me-field type="textarea" rows="5" label=${t('os.reject.reason')} hint=${t('os.reject.hint')} ${this.#form.field('reason')}></me-field>
            <div role="alert">${this.dialogError ? html`<p class="error">${icon('error')} <span>${this.dialogError}</span></p>` : nothing}</div>
            <div class="form-actions">
              <button type="button" class="button secondary" @click=${() => { this.rejecting = undefined; }}>${t('os.reject.cancel')}</button>
              <me-submit-button class="reject-submit" variant="danger" ?pending=${pending}>${t('os.reject.submit')}</me-submit-button>
            </div>
          </form>`
        : nothing}
    </me-dialog>`;
  }
}
