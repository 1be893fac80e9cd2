import { css, html } from 'lit';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { tokens } from '../core/theme.js';
import { QueryController, type QueryOptions } from '../core/cache.js';
import type { PortalContext } from '../core/context.js';
import { MessagesController } from '../core/i18n.js';
import { ContactListSchema, type ContactList } from '../core/schemas/contacts.js';
import { commonMessages } from '../locales/common.js';
import { portalMessages } from '../locales/portal.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../ui/states.js';

/** Cache key of an organization's admins (`GET …/contacts?role=admin`, allowed to members). */
export const adminsQueryKey = (organizationId: string) => ['organizations', organizationId, 'contacts', { role: 'admin', status: 'active' }] as const;

/**
 * The organization's active admins (`GET …/contacts?role=admin&status=active`, allowed to members):
 * one key, one request, for the notice and for <me-contacts>' last-admin check.
 */
export function adminsQuery(portal: PortalContext, organizationId: string): QueryOptions<ContactList> {
  return {
    queryKey: adminsQueryKey(organizationId),
    queryFn: async ({ signal }) =>
      (await portal.client.get(`/organizations/${encodeURIComponent(organizationId)}/contacts`, ContactListSchema, {
        query: { role: 'admin', status: 'active', pageSize: 100 },
        signal,
      })).data,
  };
}

/**
 * Tells a member who the organization's admins are, for the admin-only features (as TOTVS's
 * portal does), instead of hiding the feature.
 *
 * @tagname me-admins-notice
 * @summary Names the organization's admins to a member.
 * @csspart admins - The list of admins.
 */
export class MeAdminsNotice extends MeElement {
  static override styles = [
    tokens,
    stateStyles,
    css`
      :host { display: block; }
      section { overflow-wrap: anywhere; padding: var(--_space-4); border: 1px solid var(--_warning); background: var(--_warning-bg); border-radius: var(--_radius); }
      h2 { margin: 0 0 var(--_space-2); font-size: var(--_font-size-lg); }
      ul { margin: var(--_space-2) 0 0; padding-inline-start: var(--_space-6); }
      a { color: var(--_primary); }
    `,
  ];

  readonly #t = new MessagesController(this, portalMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #admins = new QueryController<ContactList>(this, () => this.portal?.queryClient, () => {
    const portal = this.portal;
    const organizationId = portal?.organizationId;
    return portal && portal.status === 'ready' && organizationId ? adminsQuery(portal, organizationId) : undefined;
  });

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const t = this.#t.t;
    const result = this.#admins.result;
    let body;
    if (!result || result.isPending) body = renderState('loading', { title: this.#c.t('state.loading') });
    else if (result.isError) body = renderError(result.error, this.#c.t, () => void this.#admins.refetch());
    else if (!result.data.items.length) body = html`<p>${t('admins.none')}</p>`;
    else {
      body = html`<p>${t('admins.detail', { organization: this.portal!.organization!.name })}</p>
        <ul part="admins">
          ${result.data.items.map((admin) => html`<li>
            <strong>${admin.name}</strong> —
            <a href="mailto:${admin.email}" title=${t('admins.email', { name: admin.name })}>${admin.email}</a>
          </li>`)}
        </ul>`;
    }
    return html`<section role="region" aria-labelledby="title"><h2 id="title">${t('admins.title')}</h2>${body}</section>`;
  }
}

define('me-admins-notice', MeAdminsNotice);

declare global {
  interface HTMLElementTagNameMap {
    'me-admins-notice': MeAdminsNotice;
  }
}
