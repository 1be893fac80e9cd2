import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import type * as z from 'zod/mini';
import { IdempotentAction } from '../../core/api/idempotency.js';
import type { PortalContext } from '../../core/context.js';
import { draftScopeOf, sharedDraftStore, type DraftScope } from '../../core/drafts.js';
import { ApiError, isAbort } from '../../core/errors.js';
import type { Formatters } from '../../core/format.js';
import { MessagesController, type Locale } from '../../core/i18n.js';
import { commonMessages } from '../../locales/common.js';
import { uiMessages } from '../../locales/ui.js';
import { describeError } from '../states.js';
import { MeField } from './field.js';
import { bindField, type FieldDirective } from './field-binding.js';
import { fieldConstraints, issueMessage, issuePath, type FieldConstraints } from './form-errors.js';

/** The element a FormController lives in (any MeElement). */
export type FormHost = ReactiveControllerHost & HTMLElement & { readonly locale: Locale; readonly format: Formatters; readonly renderRoot?: HTMLElement | DocumentFragment };

/**
 * The notice of a restored draft ("Rascunho restaurado (salvo às 14:05). Descartar", or the warning
 * that the server's version changed since), for any form that keeps drafts (styles: controlStyles).
 */
export function renderDraftNotice(
  restored: RestoredDraft | undefined, format: Formatters, t: MessagesController<keyof typeof uiMessages.source>['t'], onDiscard: () => void,
): TemplateResult | typeof nothing {
  if (!restored) return nothing;
  // the portal's formatters: the user's time zone, like every other time shown
  const time = format.time(restored.savedAt);
  return html`<p class="draft-notice ${restored.stale ? 'stale' : ''}" part="draft" role="status">
    <span>${t(restored.stale ? 'form.draft.stale' : 'form.draft.restored', { time })}</span>
    <button type="button" @click=${onDiscard}>${t('form.draft.discard')}</button>
  </p>`;
}

/** A body schema: a zod/mini object schema (with or without `.check(...)` refinements). */
export type BodySchema = z.ZodMiniType<object, object>;
export type FieldName<S extends BodySchema> = Extract<keyof z.input<S>, string>;

export interface SubmitContext {
  /** Idempotency-Key for these values: the same while the user retries them, new once they change or succeeded. */
  idempotencyKey: string;
}

export type SubmitResult<R> =
  | { ok: true; value: R }
  | { ok: false; reason: 'busy' | 'invalid' | 'failed'; error?: unknown };

/**
 * A form that keeps a draft of what is typed (core/drafts.ts): restored when the form opens again
 * for the same user, organization and key, removed once sent or discarded.
 */
export interface FormDraftOptions {
  /** the portal the form is under (who and where; `drafts="off"` keeps none) */
  portal: () => PortalContext | undefined;
  /** the draft's key (`ticket-new`, `ticket-reply:<id>`…); `undefined`: no draft for now */
  key: () => string | undefined;
  /** the server version the values were loaded from (ETag / `updatedAt`): a draft of another version is flagged */
  version?: () => string | undefined;
  /** fields never kept (filled by the host, not typed) */
  exclude?: readonly string[];
  /**
   * What the draft holds beyond the body's fields (saved with {@link FormController.saveDraftExtra},
   * e.g. the uploaded attachments): handed back when the draft is restored; returns whether any of it was used.
   */
  restoreExtra?: (fields: Record<string, unknown>) => boolean | Promise<boolean>;
  /** "Descartar" also throws away what the host keeps beside the fields (the attachments listed). */
  onDiscard?: () => void;
}

/** A draft put back into the form: when it was saved, and whether the server's version changed since. */
export interface RestoredDraft {
  savedAt: number;
  stale: boolean;
}

export interface FormControllerOptions<S extends BodySchema> {
  /** The request-body schema the API layer uses (`TicketCreateBodySchema`…). */
  schema: S;
  /** Starting values (also what `reset()` goes back to). */
  initial?: Partial<z.input<S>>;
  /** Keep a draft (see {@link FormDraftOptions}). */
  draft?: FormDraftOptions;
}

type Named = Element & { name: string };

/** Same items in the same order (a list value read back from, or handed to, its element). */
function sameList(a: unknown[], b: unknown): boolean {
  return Array.isArray(b) && a.length === b.length && a.every((item, i) => item === b[i]);
}

function isSubmitButton(target: EventTarget | null): boolean {
  return target instanceof Element && (target.localName === 'me-submit-button' || (target instanceof HTMLButtonElement && target.type === 'submit'));
}

/** Elements bound by some FormController's `field()` directive (no other controller takes them). */
const claimed = new WeakSet<Element>();

/**
 * A form's state: values, validation with the API's own zod/mini body schema (`safeParse`),
 * localized messages shown after a field is left or on submit, server field errors of a 400/422,
 * and a `submit()` that cannot run twice at once and hands the handler an Idempotency-Key.
 * Values are never cleared by a failure: the user fixes and retries.
 *
 * ```ts
 * readonly #form = new FormController(this, { schema: CommentBodySchema });
 * render() {
 *   return html`<form novalidate @submit=${this.#send}>
 *     <me-field type="textarea" label="Comentário" ${this.#form.field('body')}></me-field>
 *     <me-submit-button ?pending=${this.#form.pending}>Enviar</me-submit-button>
 *   </form>`;
 * }
 * #send = async (event: SubmitEvent) => {
 *   event.preventDefault();
 *   const result = await this.#form.submit((body, { idempotencyKey }) => api.comment(id, body, { idempotencyKey }));
 *   if (result.ok) this.#form.reset();
 * };
 * ```
 */
export class FormController<S extends BodySchema> implements ReactiveController {
  readonly #host: FormHost;
  readonly #schema: S;
  readonly #initial: Record<string, unknown>;
  readonly #ui: MessagesController<keyof typeof uiMessages.source>;
  readonly #common: MessagesController<keyof typeof commonMessages.source>;
  readonly #action = new IdempotentAction();
  #values: Record<string, unknown>;
  #issues: z.core.$ZodIssue[] = [];
  #server = new Map<string, string>();
  #unmatched: string[] = [];
  #shown = new Set<string>();
  #dirty = new Set<string>();
  #submitted = false;
  /** the elements this controller's `field()` directive bound */
  readonly #bound = new WeakSet<Element>();

  readonly #draft?: FormDraftOptions;
  /** the draft this form reads and writes now: its scope and key, and whether it was loaded */
  #draftAt?: { scope: DraftScope; key: string; id: string };

  /** A submission is on its way (bind it to `<me-submit-button ?pending>`). */
  pending = false;
  /** The draft put back into the form, until it is sent, discarded or the form is reset. */
  restoredDraft: RestoredDraft | undefined = undefined;
  /** Why the last submission failed (an ApiError, usually); cleared by the next one. */
  submitError: unknown = undefined;

  constructor(host: FormHost, options: FormControllerOptions<S>) {
    this.#host = host;
    this.#schema = options.schema;
    this.#initial = { ...(options.initial as Record<string, unknown> | undefined) };
    this.#values = { ...this.#initial };
    this.#draft = options.draft;
    this.#ui = new MessagesController(host, uiMessages);
    this.#common = new MessagesController(host, commonMessages);
    host.addController(this);
  }

  get #root(): HTMLElement | DocumentFragment {
    return this.#host.renderRoot ?? this.#host.shadowRoot ?? this.#host;
  }

  hostConnected(): void {
    this.#root.addEventListener('input', this.#onInput);
    this.#root.addEventListener('change', this.#onInput);
    this.#root.addEventListener('focusout', this.#onFocusOut);
  }

  hostUpdate(): void {
    this.#syncDraft();
  }

  hostDisconnected(): void {
    void sharedDraftStore().flush();
    this.#draftAt = undefined;
    this.#root.removeEventListener('input', this.#onInput);
    this.#root.removeEventListener('change', this.#onInput);
    this.#root.removeEventListener('focusout', this.#onFocusOut);
  }

  /** Current values (as typed: strings from fields, whatever `set()` was given). */
  get values(): Partial<z.input<S>> {
    return { ...this.#values } as Partial<z.input<S>>;
  }

  value<K extends FieldName<S>>(name: K): z.input<S>[K] | undefined {
    return this.#values[name] as z.input<S>[K] | undefined;
  }

  /** Sets one value (a field the host fills itself: organization, product, attachments…). */
  set<K extends FieldName<S>>(name: K, value: z.input<S>[K] | undefined): void {
    this.#change(name, value);
  }

  /** Back to `values` (default: the initial ones), no errors shown, a fresh Idempotency-Key. */
  reset(values: Partial<z.input<S>> = this.#initial as Partial<z.input<S>>): void {
    this.#values = { ...(values as Record<string, unknown>) };
    this.#issues = [];
    this.#server.clear();
    this.#unmatched = [];
    this.#shown.clear();
    this.#dirty.clear();
    this.#submitted = false;
    this.submitError = undefined;
    this.restoredDraft = undefined;
    this.#action.complete();
    this.#host.requestUpdate();
  }

  /**
   * "Rascunho restaurado" with "Descartar" (and, when the server's version changed since, a warning
   * to check it), while a restored draft is in the form; nothing otherwise. Put it above the fields.
   */
  draftNotice(): TemplateResult | typeof nothing {
    return renderDraftNotice(this.restoredDraft, this.#host.format, this.#ui.t, () => this.discardDraft());
  }

  /** Throws the draft away: removed from storage, the form back to its initial values. */
  discardDraft(): void {
    const at = this.#draftAt;
    if (at) void sharedDraftStore().remove(at.scope, at.key);
    this.#draft?.onDiscard?.();
    this.reset();
  }

  /** Keeps `value` in the draft under `name`, a field outside the body (see FormDraftOptions.restoreExtra). */
  saveDraftExtra(name: string, value: unknown): void {
    const at = this.#draftAt;
    if (at) sharedDraftStore().save(at.scope, at.key, { [name]: value }, { version: this.#draft!.version?.() });
  }

  /** What the schema says about a top-level field (required, min/max length). */
  constraints(name: FieldName<S>): FieldConstraints {
    return fieldConstraints(this.#schema, name);
  }

  /** Validates every field now; true when the values make a valid body. Shows nothing by itself. */
  validate(): boolean {
    const result = this.#schema.safeParse(this.#body(), { reportInput: true });
    this.#issues = result.success ? [] : result.error.issues;
    return result.success;
  }

  /** The message to show under `name` (exact path, else its first nested one), if any is due. */
  error(name: string): string | undefined {
    const server = this.#server.get(name) ?? this.#firstNested(this.#server, name);
    if (server) return server;
    if (!this.#submitted && !this.#shown.has(name.split('.')[0]!)) return undefined;
    const issue = this.#issues.find((i) => issuePath(i) === name) ?? this.#issues.find((i) => issuePath(i).startsWith(`${name}.`));
    return issue ? issueMessage(issue, this.#ui.t) : undefined;
  }

  /**
   * A sentence for the last failed submission (for an alert above the buttons): the server's
   * field errors no field shows, "fix the highlighted fields", or the request's failure.
   */
  get errorMessage(): string | undefined {
    const error = this.submitError;
    if (!error || isAbort(error)) return undefined;
    if (error instanceof ApiError && error.fieldErrors.length) return this.#unmatched.join(' ') || this.#ui.t('form.failed');
    return describeError(error, this.#common.t);
  }

  /**
   * Puts a 400/422's `fieldErrors` (dotted paths) under their fields; true when there were any.
   * An error whose path no rendered field has is kept for `errorMessage`.
   */
  applyServerErrors(error: unknown): boolean {
    if (!(error instanceof ApiError) || !error.fieldErrors.length) return false;
    const names = new Set([...this.#root.querySelectorAll<Element>('[name]')].map((el) => (el as Named).name ?? el.getAttribute('name')));
    this.#server.clear();
    this.#unmatched = [];
    for (const { path, message } of error.fieldErrors) {
      const top = path.split('.')[0]!;
      if (names.has(path) || names.has(top)) this.#server.set(path, message);
      else this.#unmatched.push(message);
    }
    this.#host.requestUpdate();
    return true;
  }

  /**
   * Validates and, when valid, runs `handler` with the parsed body (trimmed by the schema) and
   * the Idempotency-Key for it. A call while one is pending is ignored (`reason: 'busy'`); an
   * invalid form focuses its first invalid field; a failure applies the server's field errors.
   */
  async submit<R>(handler: (body: z.output<S>, context: SubmitContext) => Promise<R> | R): Promise<SubmitResult<R>> {
    if (this.pending) return { ok: false, reason: 'busy' };
    this.#submitted = true;
    this.#server.clear();
    this.#unmatched = [];
    this.submitError = undefined;
    const parsed = this.#schema.safeParse(this.#body(), { reportInput: true });
    this.#issues = parsed.success ? [] : parsed.error.issues;
    if (!parsed.success) {
      this.#host.requestUpdate();
      await this.focusFirstInvalid();
      return { ok: false, reason: 'invalid' };
    }
    this.pending = true;
    this.#host.requestUpdate();
    try {
      const value = await handler(parsed.data as z.output<S>, { idempotencyKey: this.#action.keyFor(parsed.data) });
      this.#action.complete();
      // sent: the draft has done its job
      const at = this.#draftAt;
      if (at) void sharedDraftStore().remove(at.scope, at.key);
      this.restoredDraft = undefined;
      return { ok: true, value };
    } catch (error) {
      this.submitError = error;
      if (this.applyServerErrors(error)) await this.focusFirstInvalid();
      return { ok: false, reason: 'failed', error };
    } finally {
      this.pending = false;
      this.#host.requestUpdate();
    }
  }

  /** Moves focus to the first field (in page order) showing an error. */
  async focusFirstInvalid(): Promise<void> {
    await this.#host.updateComplete;
    for (const el of this.#root.querySelectorAll<HTMLElement>('[name]')) {
      const name = (el as unknown as Named).name;
      if (name && this.error(name)) {
        el.focus();
        return;
      }
    }
  }

  /**
   * Binds a `<me-field>` (or native control) to `name`: value, error, required and maxlength from
   * the schema. An element whose `value` is an array (`<me-checkbox-group>`) takes the array and its error.
   */
  field(name: FieldName<S>): DirectiveResult<typeof FieldDirective> {
    return bindField(this as unknown as FormController<BodySchema>, name);
  }

  /** @internal used by the `field()` directive */
  bind(element: Element, name: string): void {
    const named = element as Named & { value?: string; error?: string; required?: boolean; maxlength?: number };
    this.#bound.add(element);
    claimed.add(element);
    named.name = name;
    const value = this.#values[name];
    if (Array.isArray(named.value)) {
      // an element whose value is a list (`<me-checkbox-group>`) gets the list, never its text
      const list = Array.isArray(value) ? (value as unknown[]).map(String) : [];
      if (!sameList(named.value, list)) (named as unknown as { value: string[] }).value = list;
      (named as { error?: string }).error = this.error(name) ?? '';
    } else {
      const text = value === undefined || value === null ? '' : String(value);
      if (named.value !== text) named.value = text;
    }
    if (element instanceof MeField) {
      element.error = this.error(name) ?? '';
      const constraints = this.constraints(name as FieldName<S>);
      if (constraints.required) element.required = true;
      if (constraints.maxLength !== undefined && element.maxlength === undefined) element.maxlength = constraints.maxLength;
    }
  }

  #body(): Record<string, unknown> {
    // an emptied field is an absent one: optional fields pass, required ones say "required"
    return Object.fromEntries(Object.entries(this.#values).filter(([, v]) => v !== '' && v !== undefined));
  }

  #firstNested(map: Map<string, string>, name: string): string | undefined {
    for (const [path, message] of map) if (path.startsWith(`${name}.`)) return message;
    return undefined;
  }

  /**
   * Follows the draft the form should use now (the key or the user/organization changed): loads it
   * once and puts back the fields the user has not touched since the form opened.
   */
  #syncDraft(): void {
    const draft = this.#draft;
    const scope = draft && draftScopeOf(draft.portal());
    const key = scope && draft.key();
    const id = scope && key ? `${sharedDraftStore().key(scope, key)}` : undefined;
    if (id === this.#draftAt?.id) return;
    this.#draftAt = scope && key && id ? { scope, key, id } : undefined;
    if (!this.#draftAt) return;
    const at = this.#draftAt;
    void sharedDraftStore().load(at.scope, at.key).then(async (record) => {
      if (!record || this.#draftAt !== at) return;
      const exclude = new Set(draft!.exclude ?? []);
      const fields = Object.entries(record.fields).filter(([name]) => !exclude.has(name) && !this.#dirty.has(name) && this.#owns(name));
      const extra = Object.fromEntries(Object.entries(record.fields).filter(([name]) => !this.#owns(name)));
      const extraUsed = Object.keys(extra).length && draft!.restoreExtra ? await draft!.restoreExtra(extra) : false;
      if ((!fields.length && !extraUsed) || this.#draftAt !== at) return;
      this.#values = { ...this.#values, ...Object.fromEntries(fields) };
      const version = draft!.version?.();
      this.restoredDraft = { savedAt: record.savedAt, stale: !!version && !!record.version && record.version !== version };
      this.#host.requestUpdate();
    });
  }

  #change(name: string, value: unknown): void {
    this.#values = { ...this.#values, [name]: value };
    this.#dirty.add(name);
    const at = this.#draftAt;
    if (at && !this.#draft!.exclude?.includes(name)) {
      sharedDraftStore().save(at.scope, at.key, { [name]: value === '' ? undefined : value }, { version: this.#draft!.version?.() });
    }
    for (const path of [...this.#server.keys()]) if (path === name || path.startsWith(`${name}.`)) this.#server.delete(path);
    if (this.#submitted || this.#shown.has(name)) this.validate();
    this.#host.requestUpdate();
  }

  /**
   * The field of this form an event comes from: an element this controller bound, or a named
   * control no controller bound (a native radio) whose name is one of this schema's fields.
   * Several forms may share one shadow root (a ticket's reply and rating): each takes only its own
   * fields. Taking another form's field would re-render the host with that form's stale value in
   * between two listeners of the same user input event (the browser runs microtasks after each
   * listener of a trusted event), and the other form would read its field back empty.
   */
  #fieldOf(event: Event): Named | undefined {
    for (const node of event.composedPath()) {
      if (node === this.#host) return undefined;
      if (!(node instanceof Element) || node.getRootNode() !== this.#root || !(node as Partial<Named>).name) continue;
      if (this.#bound.has(node)) return node as Named;
      if (claimed.has(node)) return undefined;
      return this.#owns((node as Named).name) ? (node as Named) : undefined;
    }
    return undefined;
  }

  #owns(name: string): boolean {
    const shape = (this.#schema as unknown as z.core.$ZodType)._zod.def as { shape?: Record<string, unknown> };
    return !shape.shape || Object.hasOwn(shape.shape, name);
  }

  #onInput = (event: Event): void => {
    const field = this.#fieldOf(event);
    if (!field) return;
    let value: unknown = (field as unknown as { value: string }).value;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') value = field.checked;
    else if (field instanceof MeField && field.type === 'number') value = field.value === '' ? undefined : Number(field.value);
    else if (Array.isArray(value)) {
      if (sameList(value, this.#values[field.name])) return;
      value = [...(value as unknown[])];
    }
    if (value !== this.#values[field.name]) this.#change(field.name, value);
  };

  #onFocusOut = (event: Event): void => {
    const field = this.#fieldOf(event);
    // a field left untouched stays quiet until submit: tabbing through a form paints nothing red
    if (!field || !this.#dirty.has(field.name)) return;
    // left for the submit button (a mouse press focuses it before its click): the submit shows every
    // error; showing this one now would grow the form between the press and the release, move the
    // button away from the pointer, and the click would never happen
    if (isSubmitButton((event as FocusEvent).relatedTarget)) return;
    this.#shown.add(field.name);
    this.validate();
    this.#host.requestUpdate();
  };
}
