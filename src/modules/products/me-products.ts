import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { IdempotentAction } from '../../core/api/idempotency.js';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Product, ProductList } from '../../core/schemas/products.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { productsMessages } from '../../locales/products.js';
import { badgeStyles } from '../../ui/badge-templates.js';
import '../../ui/dialog.js';
import type { MeConfirmDialog } from '../../ui/dialog.js';
import { icon } from '../../ui/icons.js';
import { describeError, renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import '../../ui/toast.js';
import { announce } from '../../ui/toast.js';
import { environmentBadge, productName, type ProductAction } from './product-look.js';
import { deleteProduct, duplicateProduct, invalidateProducts, isInUse, isStale, productsQuery } from './products.api.js';
import { productsStyles } from './products.styles.js';
import { ShareToggles } from './share-toggles.js';

/** The editor's dialog: adding (no id) or editing one product. */
interface Editing {
  id?: string;
  name?: string;
}

/**
 * "Meus produtos": the organization's products — line, version, release, database, operating
 * system and environment — with the "Compartilhar minhas solicitações na busca de soluções" switch
 * of each (saved at once; a failed save switches back and says why). Add a product (line and
 * version from the catalogue), duplicate, edit (with If-Match; a 412 keeps the typed values and
 * offers a reload) and delete one after a confirmation (refused while open requests use it). Every
 * change refreshes the product picker of the new-request form and every list of the
 * organization's products through the shared cache. Members and admins alike may change products.
 *
 * Loading: the list may start before `/v1/me` (organization data). The editor's code and the
 * catalogue of product lines load when the user opens it.
 *
 * @tagname me-products
 * @summary My products: list, add, duplicate, edit, delete; share requests in the solution search.
 *
 * @fires me-product-changed - A product was created, duplicated, updated, deleted or its sharing changed here. `detail: { product, action }`
 *
 * @csspart header - Title and the add button.
 * @csspart table - The products table.
 * @csspart row - One product's row.
 * @csspart switch - A product's share switch.
 * @csspart badge - An environment badge.
 * @csspart message - Why the last action failed.
 * @csspart editor - The add/edit form inside its dialog.
 * @csspart state - Loading, empty, error, no-permission and configuration messages.
 * @csspart button - Buttons.
 *
 * @cssprop --me-dialog-width - Width of the add/edit dialog (default 560px).
 */
export class MeProducts extends MeElement {
  static override styles = [tokens, stateStyles, badgeStyles, productsStyles];

  @state() private editing?: Editing;
  @state() private editorLoaded = false;
  @state() private message = '';
  @state() private busy = new Set<string>();

  readonly #t = new MessagesController(this, productsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #list = new QueryController<ProductList>(this, () => this.portal?.queryClient, () => productsQuery(this.portal));
  readonly #duplicates = new Map<string, IdempotentAction>();
  readonly #shares = new ShareToggles(this, {
    portal: () => this.portal,
    saved: (product) => {
      announce(this.#t.t(product.shareTicketsInSolutionSearch ? 'products.share.done.on' : 'products.share.done.off', { name: this.#name(product) }));
      this.#changed(product, 'shared');
    },
    failed: (listed, error) => {
      const product = this.#list.data?.items.find((p) => p.id === listed.id) ?? listed;
      const params = { name: this.#name(product), state: this.#t.t(product.shareTicketsInSolutionSearch ? 'products.share.on' : 'products.share.off') };
      if (isStale(error)) {
        this.message = this.#t.t('products.share.stale', params);
        if (this.portal?.organizationId) void invalidateProducts(this.portal, this.portal.organizationId);
      } else {
        this.message = this.#t.t('products.share.failed', { ...params, reason: this.#reason(error) });
      }
    },
  });

  #name(product: Product): string {
    return productName(product, this.#t.t);
  }

  #reason(error: unknown): string {
    return error instanceof ApiError && error.isForbidden ? this.#t.t('products.forbidden') : describeError(error, this.#c.t);
  }

  #changed(product: Product, action: ProductAction): void {
    dispatch(this, 'me-product-changed', { product, action });
  }

  #setBusy(id: string, on: boolean): void {
    const next = new Set(this.busy);
    if (on) next.add(id);
    else next.delete(id);
    this.busy = next;
  }

  #openEditor(editing: Editing): void {
    this.message = '';
    this.editing = editing;
    if (!this.editorLoaded) void import('./product-editor.js').then(() => { this.editorLoaded = true; });
  }

  #onSaved = (event: CustomEvent<{ product: Product; action: ProductAction }>): void => {
    const { product, action } = event.detail;
    this.editing = undefined;
    announce(this.#t.t(action === 'created' ? 'products.created' : 'products.saved', { name: this.#name(product) }));
    this.#changed(product, action);
  };

  async #duplicate(event: MouseEvent, product: Product): Promise<void> {
    const portal = this.portal;
    if (!portal || event.detail > 1 || this.busy.has(product.id)) return;
    this.message = '';
    const action = this.#duplicates.get(product.id) ?? new IdempotentAction();
    this.#duplicates.set(product.id, action);
    this.#setBusy(product.id, true);
    try {
      const copy = await duplicateProduct(portal, product.id, action.keyFor(product.id));
      action.complete();
      announce(this.#t.t('products.duplicated', { name: this.#name(product) }));
      this.#changed(copy, 'duplicated');
    } catch (error) {
      this.message = this.#t.t('products.failed', { name: this.#name(product), reason: this.#reason(error) });
    } finally {
      this.#setBusy(product.id, false);
    }
  }

  async #delete(event: MouseEvent, product: Product): Promise<void> {
    const portal = this.portal;
    if (!portal || event.detail > 1 || this.busy.has(product.id)) return;
    const t = this.#t.t;
    const name = this.#name(product);
    this.message = '';
    const confirmed = await this.renderRoot.querySelector<MeConfirmDialog>('me-confirm-dialog')?.confirm({
      label: t('products.delete.title', { name }), message: t('products.delete.detail'),
      confirmLabel: t('products.delete'), cancelLabel: t('products.cancel'), danger: true,
    });
    if (!confirmed) return;
    this.#setBusy(product.id, true);
    try {
      await deleteProduct(portal, product.id);
      announce(t('products.deleted', { name }));
      this.#changed(product, 'deleted');
      // the row (and its button) goes away: focus stays in the widget
      this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
    } catch (error) {
      const reason = isInUse(error) ? describeError(error, this.#c.t) : this.#reason(error);
      this.message = t(isInUse(error) ? 'products.delete.inUse' : 'products.failed', { name, reason });
    } finally {
      this.#setBusy(product.id, false);
    }
  }

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const result = this.#list.result;
    const items = result?.data?.items;
    const failed = !items && result?.isError;
    const add = html`<button type="button" class="button add" part="button add" @click=${() => this.#openEditor({})}>${t('products.add')}</button>`;
    return html`<div class="header" part="header"><h2>${t('products.title')}</h2>${items?.length ? add : nothing}</div>
      <div class="message" part="message" role="alert">${this.message ? html`<p>${icon('error')} <span>${this.message}</span></p>` : nothing}</div>
      ${failed
        ? renderError(result.error, this.#c.t, () => void this.#list.refetch())
        : !items
          ? renderState('loading', { title: this.#c.t('state.loading') })
          : items.length
            ? this.#renderTable(items)
            : html`<div class="empty">${renderState('empty', { title: t('products.empty'), detail: t('products.empty.detail') })}${add}</div>`}
      <me-confirm-dialog></me-confirm-dialog>
      <me-dialog class="editor" .open=${!!this.editing} label=${this.editing?.name ? t('products.edit.title', { name: this.editing.name }) : t('products.add.title')}
        @me-close=${() => { this.editing = undefined; }}>
        ${this.editing
          ? this.editorLoaded
            ? html`<me-product-editor part="editor" product-id=${this.editing.id ?? nothing}
                @me-product-saved=${this.#onSaved} @me-product-editor-close=${() => { this.editing = undefined; }}></me-product-editor>`
            : renderState('loading', { title: this.#c.t('state.loading') })
          : nothing}
      </me-dialog>
      <me-toast-region></me-toast-region>`;
  }

  #renderTable(items: Product[]) {
    const t = this.#t.t;
    const none = html`<span class="muted">${t('products.none')}</span>`;
    const cols = {
      version: t('products.col.version'), release: t('products.col.release'), database: t('products.col.database'),
      os: t('products.col.os'), environment: t('products.col.environment'), share: t('products.col.share'),
    };
    return html`<table part="table">
      <caption class="visually-hidden">${t('products.caption')}</caption>
      <thead><tr>
        <th scope="col">${t('products.col.line')}</th><th scope="col">${cols.version}</th><th scope="col">${cols.release}</th>
        <th scope="col">${cols.database}</th><th scope="col">${cols.os}</th><th scope="col">${cols.environment}</th>
        <th scope="col" class="share-col">${cols.share}</th>
        <th scope="col"><span class="visually-hidden">${t('products.col.actions')}</span></th>
      </tr></thead>
      <tbody>${items.map((p) => {
        const name = this.#name(p);
        const busy = this.busy.has(p.id);
        const checked = this.#shares.checked(p);
        const saving = this.#shares.saving(p.id);
        return html`<tr part="row" data-product=${p.id}>
          <th scope="row">${p.lineName}</th>
          <td data-label=${cols.version}>${p.version}</td>
          <td data-label=${cols.release}>${p.release ?? none}</td>
          <td data-label=${cols.database}>${p.database ?? none}</td>
          <td data-label=${cols.os}>${p.operatingSystem ?? none}</td>
          <td data-label=${cols.environment}>${environmentBadge(p.environment, t)}</td>
          <td>
            <button type="button" role="switch" class="switch" part="switch" aria-checked=${checked ? 'true' : 'false'}
              aria-label=${t('products.share.for', { name })} aria-busy=${saving ? 'true' : nothing}
              @click=${() => this.#shares.toggle(p)}>
              <span class="track" aria-hidden="true"><span class="thumb"></span></span>
              <span aria-hidden="true">${t(checked ? 'products.share.on' : 'products.share.off')}</span>
              ${saving ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}
            </button>
          </td>
          <td class="row-actions">
            <button type="button" class="button secondary duplicate" part="button duplicate" aria-label=${t('products.duplicate.for', { name })}
              aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : nothing}
              @click=${(e: MouseEvent) => void this.#duplicate(e, p)}>${t('products.duplicate')}</button>
            <button type="button" class="button secondary edit" part="button edit" aria-label=${t('products.edit.for', { name })}
              @click=${() => this.#openEditor({ id: p.id, name })}>${t('products.edit')}</button>
            <button type="button" class="button secondary delete" part="button delete" aria-label=${t('products.delete.for', { name })}
              aria-disabled=${busy ? 'true' : 'false'} @click=${(e: MouseEvent) => void this.#delete(e, p)}>${t('products.delete')}</button>
          </td>
        </tr>`;
      })}</tbody>
    </table>`;
  }
}
