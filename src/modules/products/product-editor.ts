import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { QueryController } from '../../core/cache.js';
import { define } from '../../core/define.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { dispatchOwn } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import {
  ProductBodySchema, type Product, type ProductBody, type ProductLines, type ProductPatchBody,
} from '../../core/schemas/products.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { productsMessages } from '../../locales/products.js';
import '../../ui/form/field.js';
import { FormController } from '../../ui/form/form-controller.js';
import '../../ui/form/submit-button.js';
import { icon } from '../../ui/icons.js';
import { describeError, renderError, renderState, stateStyles } from '../../ui/states.js';
import { ENVIRONMENTS, type ProductAction } from './product-look.js';
import { catalogQuery, createProduct, fetchProduct, isStale, patchProduct, type Versioned } from './products.api.js';
import { editorStyles } from './products.styles.js';

/** The form: the API's body without `lineName` (the server derives it from the line). */
const ProductFormSchema = z.omit(ProductBodySchema, { lineName: true });
type ProductForm = z.output<typeof ProductFormSchema>;
const TEXTS = ['release', 'database', 'operatingSystem', 'notes'] as const;

/** A product as the form holds it (absent texts as empty fields). */
function formValues(p: Product): ProductForm {
  return {
    lineId: p.lineId, version: p.version, release: p.release ?? '', database: p.database ?? '', operatingSystem: p.operatingSystem ?? '',
    environment: p.environment, shareTicketsInSolutionSearch: p.shareTicketsInSolutionSearch, notes: p.notes ?? '',
  };
}

/**
 * Adds a product (no `product-id`) or edits one (`product-id`): line and version from the catalogue
 * (the versions follow the chosen line), release, database, operating system, environment, the
 * "share my requests in the solution search" choice and notes. An edit loads the product first and
 * saves with its ETag (If-Match); a 412 keeps the typed values and offers to reload the product.
 * A 422's errors land on their fields. Internal to `<me-products>`.
 *
 * @tagname me-product-editor
 * @summary Add or edit one product.
 * @fires me-product-saved - The product was created or updated. `detail: { product, action }` Not bubbling.
 * @fires me-product-editor-close - The user cancelled. Not bubbling.
 */
export class MeProductEditor extends MeElement {
  static override styles = [tokens, stateStyles, editorStyles];

  @property({ attribute: 'product-id' }) productId?: string;

  @state() private loaded?: Versioned<Product>;
  @state() private loadError?: unknown;
  @state() private stale = false;
  /** the server's version after a reload of a stale edit (shown beside the typed values) */
  @state() private reloaded?: Product;
  @state() private message = '';

  readonly #t = new MessagesController(this, productsMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #form = new FormController(this, {
    schema: ProductFormSchema, initial: { environment: 'production', shareTicketsInSolutionSearch: false },
    // what is typed survives a reload: a new product's, and each product's edit (from the version it was loaded in)
    draft: {
      portal: () => this.portal,
      key: () => (!this.productId ? 'product-add' : this.loaded ? `product-edit:${this.loaded.data.id}` : undefined),
      version: () => this.loaded?.etag,
    },
  });
  /** the catalogue is not first-view data: it loads when the editor opens */
  readonly #catalog = new QueryController<ProductLines>(this, () => this.portal?.queryClient, () => catalogQuery(this.portal));
  #loadingId?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('productId')) {
      this.loaded = undefined;
      this.loadError = undefined;
      this.stale = false;
      this.reloaded = undefined;
      this.message = '';
      if (!this.productId) this.#form.reset();
    }
    if (this.productId && !this.loaded && !this.loadError && this.#loadingId !== this.productId && this.portal?.status === 'ready') {
      void this.#load(this.productId);
    }
  }

  async #load(id: string): Promise<void> {
    this.#loadingId = id;
    try {
      const loaded = await fetchProduct(this.portal!, id);
      if (this.productId !== id) return;
      this.loaded = loaded;
      this.#form.reset(formValues(loaded.data));
    } catch (error) {
      if (this.productId === id) this.loadError = error;
    } finally {
      if (this.#loadingId === id) this.#loadingId = undefined;
    }
  }

  /**
   * A stale edit: the current version (and its ETag) comes in. What the user changed stays as
   * typed; what they left alone takes the server's new value (saving must not undo someone
   * else's change the user never saw).
   */
  async #reload(): Promise<void> {
    const loaded = this.loaded;
    if (!this.portal || !loaded) return;
    try {
      const fresh = await fetchProduct(this.portal, loaded.data.id);
      const before = formValues(loaded.data);
      const after = formValues(fresh.data);
      const typed = this.#form.values as Record<string, unknown>;
      const merged = Object.fromEntries(Object.keys(after).map((key) => {
        const untouched = String(typed[key] ?? '') === String(before[key as keyof ProductForm] ?? '');
        return [key, untouched ? after[key as keyof ProductForm] : typed[key]];
      }));
      this.#form.reset(merged as Partial<ProductForm>);
      this.loaded = fresh;
      this.reloaded = fresh.data;
      this.stale = false;
      this.message = '';
      this.#form.submitError = undefined;
    } catch (error) {
      this.#fail(error);
    }
  }

  #fail(error: unknown): void {
    this.stale = isStale(error);
    this.message = this.stale ? this.#t.t('products.stale') : describeError(error, this.#c.t);
  }

  /** Only what changed goes out; an emptied text clears it (`''`). */
  #diff(product: Product, body: ProductForm): ProductPatchBody {
    const patch: ProductPatchBody = {};
    if (body.lineId !== product.lineId) patch.lineId = body.lineId;
    if (body.version !== product.version || patch.lineId) patch.version = body.version;
    if (body.environment !== product.environment) patch.environment = body.environment;
    if (body.shareTicketsInSolutionSearch !== product.shareTicketsInSolutionSearch) patch.shareTicketsInSolutionSearch = body.shareTicketsInSolutionSearch;
    for (const key of TEXTS) if ((body[key] ?? '') !== (product[key] ?? '')) patch[key] = body[key] ?? '';
    return patch;
  }

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const portal = this.portal;
    if (!portal || this.#form.pending) return;
    this.message = '';
    const loaded = this.loaded;
    if (this.productId && !loaded) return;
    const result = await this.#form.submit(async (body, { idempotencyKey }) => {
      if (!loaded) return { product: await createProduct(portal, body as ProductBody, idempotencyKey), action: 'created' as const };
      const patch = this.#diff(loaded.data, body);
      if (!Object.keys(patch).length) return undefined;
      const saved = await patchProduct(portal, loaded.data.id, patch, loaded.etag);
      this.loaded = saved;
      return { product: saved.data, action: 'updated' as const };
    });
    if (result.ok) {
      this.stale = false;
      if (!result.value) {
        this.message = this.#t.t('products.unchanged');
        return;
      }
      dispatchOwn(this, 'me-product-saved', result.value);
    } else if (result.reason === 'failed' && !(result.error instanceof ApiError && result.error.fieldErrors.length)) {
      this.#fail(result.error);
    }
  };

  /** A new line: a version it does not have is cleared (the choices follow the line). */
  #onLine = (event: Event): void => {
    const lineId = (event.currentTarget as HTMLInputElement).value;
    const versions = this.#catalog.data?.find((l) => l.id === lineId)?.versions ?? [];
    const version = this.#form.value('version');
    if (version && !versions.includes(version)) this.#form.set('version', undefined);
  };

  protected override render() {
    if (this.loadError) {
      return renderError(this.loadError, this.#c.t, () => { this.loadError = undefined; });
    }
    const catalog = this.#catalog.result;
    if (!catalog || catalog.isPending || (this.productId && !this.loaded)) return renderState('loading', { title: this.#c.t('state.loading') });
    if (catalog.isError) {
      return renderState('error', {
        title: this.#t.t('products.catalog.failed'), detail: describeError(catalog.error, this.#c.t),
        onRetry: () => void this.#catalog.refetch(), retryLabel: this.#c.t('state.retry'),
      });
    }
    return this.#renderForm(catalog.data);
  }

  #renderForm(lines: ProductLines) {
    const t = this.#t.t;
    const f = this.#form;
    const lineId = f.value('lineId');
    const line = lines.find((l) => l.id === lineId);
    const versions = [...(line?.versions ?? [])];
    // an edited product keeps its version even when the catalogue no longer lists it
    const current = this.loaded?.data;
    if (current && current.lineId === lineId && !versions.includes(current.version)) versions.unshift(current.version);
    const server = this.reloaded;
    // after a reload: what the server has now, under each field whose typed value differs
    const hint = (key: keyof Product, value: unknown, shown: unknown = server?.[key]) =>
      server && String(server[key] ?? '') !== String(value ?? '') ? t('products.serverValue', { value: String(shown || t('products.none')) }) : undefined;
    const error = this.message || (f.submitError instanceof ApiError && f.submitError.fieldErrors.length ? f.errorMessage : '');
    return html`<form novalidate class="editor-form" @submit=${this.#submit}>
      ${this.#form.draftNotice()}
      <div class="row">
        <me-field type="select" label=${t('products.field.line')} .options=${lines.map((l) => ({ value: l.id, label: l.name }))}
          hint=${hint('lineId', lineId, server?.lineName) ?? nothing} @change=${this.#onLine} ${f.field('lineId')}></me-field>
        <me-field type="select" label=${t('products.field.version')} .options=${versions.map((v) => ({ value: v, label: v }))}
          ?disabled=${!line} hint=${hint('version', f.value('version')) ?? (line ? nothing : t('products.field.version.hint'))} ${f.field('version')}></me-field>
      </div>
      <div class="row">
        <me-field label=${t('products.field.release')} hint=${hint('release', f.value('release')) ?? t('products.field.release.hint')} ${f.field('release')}></me-field>
        <me-field type="select" label=${t('products.field.environment')} .options=${ENVIRONMENTS.map((e) => ({ value: e, label: t(`products.env.${e}`) }))}
          hint=${hint('environment', f.value('environment'), server && t(`products.env.${server.environment}`)) ?? nothing} ${f.field('environment')}></me-field>
      </div>
      <div class="row">
        <me-field label=${t('products.field.database')} hint=${hint('database', f.value('database')) ?? nothing} ${f.field('database')}></me-field>
        <me-field label=${t('products.field.os')} hint=${hint('operatingSystem', f.value('operatingSystem')) ?? nothing} ${f.field('operatingSystem')}></me-field>
      </div>
      <div class="share">
        <input id="share" type="checkbox" name="shareTicketsInSolutionSearch" aria-describedby="share-hint"
          .checked=${f.value('shareTicketsInSolutionSearch') === true}>
        <label for="share">${t('products.field.share')}</label>
        <p id="share-hint" class="hint">${t('products.field.share.hint')}</p>
      </div>
      <me-field type="textarea" rows="3" label=${t('products.field.notes')} hint=${hint('notes', f.value('notes')) ?? nothing} ${f.field('notes')}></me-field>
      <div class="form-error" role="alert">
        ${error ? html`<p class="error">${icon('error')} <span>${error}</span></p>` : nothing}
        ${this.stale ? html`<button type="button" class="button secondary reload" part="button reload" @click=${() => void this.#reload()}>${t('products.reload')}</button>` : nothing}
      </div>
      <div role="status">${server ? html`<p class="info">${icon('info')} <span>${t('products.reloaded')}</span></p>` : nothing}</div>
      <div class="actions">
        <button type="button" class="button secondary cancel" @click=${() => dispatchOwn(this, 'me-product-editor-close', undefined)}>${t('products.cancel')}</button>
        <me-submit-button class="save" ?pending=${f.pending}>${t(this.productId ? 'products.save' : 'products.create')}</me-submit-button>
      </div>
    </form>`;
  }
}

define('me-product-editor', MeProductEditor);

declare global {
  interface HTMLElementTagNameMap {
    'me-product-editor': MeProductEditor;
  }
  interface GlobalEventHandlersEventMap {
    'me-product-saved': CustomEvent<{ product: Product; action: ProductAction }>;
    'me-product-editor-close': CustomEvent<undefined>;
  }
}
