import { html, nothing, type PropertyValues } from 'lit';
import type * as z from 'zod/mini';
import { state } from 'lit/decorators.js';
import { MeElement } from '../../core/element.js';
import { ApiError, isAbort } from '../../core/errors.js';
import { dispatch } from '../../core/events.js';
import { MessagesController } from '../../core/i18n.js';
import type { Me } from '../../core/schemas/session.js';
import type { Session } from '../../core/session.js';
import { tokens } from '../../core/theme.js';
import { commonMessages } from '../../locales/common.js';
import { profileMessages, type ProfileKey } from '../../locales/profile.js';
import { controlStyles } from '../../ui/controls.styles.js';
import { FormController } from '../../ui/form/form-controller.js';
import '../../ui/form/field.js';
import '../../ui/form/submit-button.js';
import '../../ui/form/compare.js';
import type { CompareRow, CompareChoice } from '../../ui/form/compare.js';
import { icon } from '../../ui/icons.js';
import { describeError, renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { announce } from '../../ui/toast.js';
import type { SelectOption } from '../../ui/toolbar/select.js';
import {
  changesFrom, isTimeZone, PROFILE_FIELDS, profileFormSchema, reloadSession, saveProfile, timeZones, valuesOf, type ProfileField, type ProfileValues,
} from './profile.api.js';
import { profileStyles } from './profile.styles.js';

/** Each language named in itself: whoever reads the list finds their own. */
const LANGUAGES: SelectOption[] = [
  { value: 'pt-BR', label: 'Português (Brasil)' },
  { value: 'en', label: 'English' },
  { value: 'es', label: 'Español' },
];

let zoneOptions: SelectOption[] | undefined;

/** The zones with their offset now (`America/Sao_Paulo` → "Sao Paulo — America · GMT-3"), built once. */
function zoneSuggestions(): SelectOption[] {
  if (!zoneOptions) {
    const now = new Date();
    zoneOptions = timeZones().map((zone) => {
      let offset = '';
      try {
        offset = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(now).find((p) => p.type === 'timeZoneName')?.value ?? '';
      } catch {
        // a zone the formatter refuses keeps its name alone
      }
      const [region, ...place] = zone.split('/');
      const name = place.length ? `${place.join(' / ').replace(/_/g, ' ')} — ${region}` : zone;
      return { value: zone, label: offset ? `${name} · ${offset}` : name };
    });
  }
  return zoneOptions;
}

type Conflict = 'stale' | 'compare';
type FormValues = Partial<z.input<ReturnType<typeof profileFormSchema>>>;

/**
 * "Meu perfil": the signed-in user's own data — name, phone, job title, language and time zone
 * (a searchable list of the browser's IANA zones); the e-mail shown read only. Validation is the
 * API's own `PATCH /v1/me` body schema, shown when a field is left or on save. "Salvar" sends
 * only what changed, with the version's ETag (If-Match). A 412 (changed in another tab or
 * device) keeps every typed value and offers "Recarregar" (the saved version) and "Comparar"
 * (both versions field by field, choose per field); a 422 lands on its fields. The saved answer
 * becomes the portal's `/v1/me` for every widget without a second GET: a new language switches
 * the portal's language (unless the host set `locale`, which still wins), a new time zone every
 * date shown.
 *
 * @tagname me-profile
 * @summary Own profile (Meu perfil): edit name, phone, job title, language and time zone.
 *
 * @fires me-profile-saved - The profile was saved. `detail: { me }` (the user as the server answered).
 *
 * @csspart card - The card holding the form.
 * @csspart form - The form.
 * @csspart conflict - The "changed elsewhere" alert with reload and compare.
 * @csspart state - Loading, error, no-permission and configuration messages.
 * @csspart button - Buttons.
 */
export class MeProfile extends MeElement {
  static override styles = [tokens, controlStyles, stateStyles, profileStyles];

  @state() private conflict?: Conflict;
  @state() private server?: Session;
  /** the last outcome, kept as a message key: it follows a language switch (a save may cause one) */
  @state() private notice?: { key: ProfileKey; params?: Record<string, string>; kind: 'success' | 'error' };
  @state() private busy = false;

  readonly #t = new MessagesController(this, profileMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #form = new FormController(this, {
    schema: profileFormSchema(() => this.#t.t('profile.timeZoneUnknown')),
    // edits survive a reload; a draft of an older version of the profile says so
    draft: { portal: () => this.portal, key: () => 'profile', version: () => this.#base?.etag },
  });
  /** the version the form edits (its ETag is the If-Match of the save) */
  #base?: Session;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const me = this.portal?.me;
    if (!me) return;
    const current: Session = { me, etag: this.portal!.meTag };
    // first load, or a newer version (another widget, a refetch) while nothing was typed: follow it;
    // with edits, keep the version they started from (the save then meets the 412 it should)
    if (!this.#base || (current.etag !== this.#base.etag && current.me !== this.#base.me && !this.#edited().length)) this.#rebase(current);
  }

  #rebase(session: Session): void {
    this.#base = session;
    this.#form.reset(valuesOf(session.me) as FormValues);
  }

  /** Fields whose value differs from the version being edited. */
  #edited(): ProfileField[] {
    if (!this.#base) return [];
    const base = valuesOf(this.#base.me);
    const values = this.#form.values as Partial<ProfileValues>;
    return PROFILE_FIELDS.filter((field) => (values[field] ?? '') !== base[field]);
  }

  #say(key: ProfileKey, kind: 'success' | 'error' = 'success', params?: Record<string, string>): void {
    this.notice = { key, params, kind };
    announce(this.#t.t(key, params), { politeness: kind === 'error' ? 'assertive' : 'polite' });
  }

  #save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const portal = this.portal;
    const base = this.#base;
    if (!portal || !base) return;
    this.notice = undefined;
    const result = await this.#form.submit(async (body) => {
      const patch = changesFrom(base.me, body as Partial<ProfileValues>);
      return Object.keys(patch).length ? saveProfile(portal, patch, base.etag) : undefined;
    });
    if (result.ok) {
      if (!result.value) return this.#say('profile.nothingToSave');
      this.conflict = undefined;
      this.server = undefined;
      this.#rebase(result.value);
      this.#say('profile.saved');
      dispatch(this, 'me-profile-saved', { me: result.value.me });
      return;
    }
    if (result.reason !== 'failed' || isAbort(result.error)) return;
    if (result.error instanceof ApiError && result.error.status === 412) {
      this.conflict = 'stale';
      this.server = undefined;
      announce(this.#t.t('profile.stale'), { politeness: 'assertive' });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part=conflict]')?.focus();
    }
  };

  /** "Recarregar": the saved version replaces what was typed. */
  #reload = async (): Promise<void> => {
    const session = await this.#fetchServer();
    if (!session) return;
    this.conflict = undefined;
    this.server = undefined;
    this.#rebase(session);
    this.#say('profile.reloaded');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('me-field[name=name]')?.focus();
  };

  /** "Comparar": the saved version next to what was typed. */
  #compare = async (): Promise<void> => {
    const session = await this.#fetchServer();
    if (!session) return;
    this.server = session;
    this.conflict = 'compare';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('me-value-compare')?.shadowRoot?.querySelector<HTMLElement>('input')?.focus();
  };

  async #fetchServer(): Promise<Session | undefined> {
    if (!this.portal || this.busy) return undefined;
    this.busy = true;
    this.notice = undefined;
    try {
      return await reloadSession(this.portal);
    } catch (error) {
      this.#say('profile.compareFailed', 'error', { problem: describeError(error, this.#c.t) });
      return undefined;
    } finally {
      this.busy = false;
    }
  }

  /** The choices of the comparison go into the form, which now edits the saved version. */
  #applyChoices = async (event: CustomEvent<{ choices: Record<string, CompareChoice> }>): Promise<void> => {
    const server = this.server;
    if (!server) return;
    const typed = { ...(this.#form.values as Partial<ProfileValues>) };
    const theirs = valuesOf(server.me);
    this.#base = server;
    this.#form.reset({ ...theirs, ...typed } as FormValues);
    for (const [field, choice] of Object.entries(event.detail.choices)) {
      const value = choice === 'server' ? theirs[field as ProfileField] : typed[field as ProfileField];
      this.#form.set(field as ProfileField, value as FormValues[ProfileField]);
    }
    this.conflict = undefined;
    this.server = undefined;
    this.#say('profile.compareApplied');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('me-submit-button')?.focus();
  };

  #closeCompare = (): void => {
    this.conflict = 'stale';
  };

  #discard = (): void => {
    if (!this.#base) return;
    this.#form.reset(valuesOf(this.#base.me) as FormValues);
    this.notice = undefined;
  };

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const portal = this.portal!;
    if (portal.status === 'error') return renderError(portal.error, this.#c.t, () => portal.reload());
    if (!portal.me || !this.#base) return renderState('loading', { title: this.#c.t('state.loading') });
    return this.#renderForm(portal.me);
  }

  #renderForm(me: Me) {
    const t = this.#t.t;
    const form = this.#form;
    const edited = this.#edited().length > 0;
    return html`<article class="card" part="card" aria-labelledby="title">
      <h2 id="title">${t('profile.title')}</h2>
      <p class="intro">${t('profile.intro')}</p>
      <form part="form" novalidate @submit=${this.#save}>
        ${form.draftNotice()}
        <me-field label=${t('profile.email')} type="email" readonly .value=${me.email} hint=${t('profile.emailHint')}></me-field>
        <me-field label=${t('profile.name')} autocomplete="name" ${form.field('name')}></me-field>
        <me-field label=${t('profile.phone')} type="tel" autocomplete="tel" hint=${t('profile.phoneHint')} ${form.field('phone')}></me-field>
        <me-field label=${t('profile.jobTitle')} autocomplete="organization-title" ${form.field('jobTitle')}></me-field>
        <me-field label=${t('profile.language')} type="select" .options=${LANGUAGES} hint=${this.#languageHint()} ${form.field('language')}></me-field>
        <me-field label=${t('profile.timeZone')} autocomplete="off" .suggestions=${zoneSuggestions()} hint=${this.#zoneHint()} ${form.field('timeZone')}></me-field>
        ${this.#renderConflict()}
        ${form.errorMessage && !this.conflict ? html`<p class="message error" role="alert">${icon('error')}<span>${form.errorMessage}</span></p>` : nothing}
        ${this.notice
          ? html`<p class="message ${this.notice.kind}">${icon(this.notice.kind === 'error' ? 'error' : 'check')}<span>${t(this.notice.key, this.notice.params)}</span></p>`
          : nothing}
        <div class="actions">
          <button type="button" class="button secondary" part="button" aria-disabled=${edited ? nothing : 'true'}
            @click=${() => edited && this.#discard()}>${t('profile.discard')}</button>
          <me-submit-button part="button" ?pending=${form.pending}>${t('profile.save')}</me-submit-button>
        </div>
      </form>
    </article>`;
  }

  #renderConflict() {
    if (!this.conflict) return nothing;
    const t = this.#t.t;
    const server = this.server;
    const typed = this.#form.values as Partial<ProfileValues>;
    const rows: CompareRow[] = server
      ? PROFILE_FIELDS.map((field) => ({ name: field, label: this.#label(field), server: this.#display(field, valuesOf(server.me)[field]), mine: this.#display(field, typed[field] ?? '') }))
      : [];
    return html`<section class="conflict" part="conflict" role="alert" tabindex="-1" aria-labelledby="conflict-text">
      <p id="conflict-text" class="conflict-text">${icon('warning')}<span>${t('profile.stale')}</span></p>
      ${this.conflict === 'compare' && server
        ? html`<me-value-compare .rows=${rows} heading=${t('profile.compareTitle')}
            @me-compare-apply=${this.#applyChoices} @me-compare-cancel=${this.#closeCompare}></me-value-compare>`
        : html`<div class="actions">
            <button type="button" class="button secondary" part="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${this.#reload}>${t('profile.reload')}</button>
            <button type="button" class="button" part="button" aria-disabled=${this.busy ? 'true' : nothing} @click=${this.#compare}>${t('profile.compare')}</button>
          </div>`}
    </section>`;
  }

  #label(field: ProfileField): string {
    const keys = { name: 'profile.name', phone: 'profile.phone', jobTitle: 'profile.jobTitle', language: 'profile.language', timeZone: 'profile.timeZone' } as const;
    return this.#t.t(keys[field]);
  }

  /** A value as the user reads it (the language by its name). */
  #display(field: ProfileField, value: string): string {
    if (field === 'language') return LANGUAGES.find((l) => l.value === value)?.label ?? value;
    return value;
  }

  /** The host pinned the page's language (`locale`): a saved preference does not switch it here. */
  #languageHint(): string | undefined {
    const { locale, me } = this.portal!;
    if (locale === me!.language) return undefined;
    return this.#t.t('profile.languagePinned', { language: LANGUAGES.find((l) => l.value === locale)?.label ?? locale });
  }

  #zoneHint(): string | undefined {
    const zone = this.#form.value('timeZone') as string | undefined;
    if (!zone || !isTimeZone(zone)) return undefined;
    const time = new Intl.DateTimeFormat(this.locale, { timeZone: zone, hour: '2-digit', minute: '2-digit', timeZoneName: 'shortOffset' }).format(new Date());
    return this.#t.t('profile.timeZoneHint', { time });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'me-profile-saved': CustomEvent<{ me: Me }>;
  }
}
