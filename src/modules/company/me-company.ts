import { html, nothing } from 'lit';
import { QueryController } from '../../core/cache.js';
import { MeElement } from '../../core/element.js';
import { tokens } from '../../core/theme.js';
import { MessagesController } from '../../core/i18n.js';
import type { AccountManager, Organization } from '../../core/schemas/company.js';
import { commonMessages } from '../../locales/common.js';
import { companyMessages, type CompanyKey } from '../../locales/company.js';
import '../../ui/copy-button.js';
import { renderError, renderPortalGate, renderState, stateStyles } from '../../ui/states.js';
import { companyQuery } from './company.api.js';
import { companyStyles } from './company.styles.js';

function formatCnpj(cnpj: string): string {
  const digits = cnpj.replace(/\D/g, '');
  return digits.length === 14 ? digits.replace(/^(\d{2})(\d{3})(\d{3})(\d{4})(\d{2})$/, '$1.$2.$3/$4-$5') : cnpj;
}

/**
 * "Dados cadastrais": the current organization's registration data, its organization code with
 * a copy button, and the TOTVS sales executive (EAR) and relationship manager (GAR) to contact.
 *
 * @tagname me-company
 * @summary Company data of the current organization (Dados cadastrais).
 *
 * @csspart card - The card holding the data.
 * @csspart code - The organization code block.
 * @csspart state - Loading, error, no-permission and configuration messages.
 * @csspart button - Buttons (retry).
 */
export class MeCompany extends MeElement {
  static override styles = [tokens, stateStyles, companyStyles];

  readonly #t = new MessagesController(this, companyMessages);
  readonly #c = new MessagesController(this, commonMessages);
  readonly #company = new QueryController<Organization>(this, () => this.portal?.queryClient, () => companyQuery(this.portal));

  protected override render() {
    const gate = renderPortalGate(this.portalLink, this.portal, this.#c.t);
    if (gate) return gate;
    const result = this.#company.result;
    if (!result || result.isPending) return renderState('loading', { title: this.#c.t('state.loading') });
    if (result.isError) return renderError(result.error, this.#c.t, () => void this.#company.refetch());
    return this.#renderCompany(result.data);
  }

  #renderCompany(org: Organization) {
    const t = this.#t.t;
    const { address } = org;
    const field = (label: CompanyKey, value: string | undefined) =>
      html`<div><dt>${t(label)}</dt><dd>${value || t('company.notInformed')}</dd></div>`;
    return html`<article class="card" part="card" aria-labelledby="name">
      <h2 id="name">${org.tradeName}</h2>
      <p class="legal">${org.legalName}</p>
      <div class="code" part="code">
        <span id="code-label">${t('company.code')}</span>
        <strong aria-labelledby="code-label">${org.code}</strong>
        <me-copy-button .value=${org.code} label=${t('company.copyCode')}></me-copy-button>
      </div>
      <dl>
        ${field('company.cnpj', formatCnpj(org.cnpj))}
        ${field('company.stateRegistration', org.stateRegistration)}
        ${field('company.address', [
          `${address.street}, ${address.number}${address.complement ? ` — ${address.complement}` : ''}`,
          address.district,
          `${address.city}/${address.state}`,
          address.postalCode,
          address.country,
        ].join(' · '))}
        ${field('company.phone', org.phone)}
        ${field('company.segment', org.segment)}
        ${field('company.subsegment', org.subsegment)}
        ${field('company.size', t(`company.size.${org.size}`))}
        ${field('company.customerSince', this.format.date(org.customerSince))}
      </dl>
      <h3>${t('company.contact')}</h3>
      <div class="people">
        ${this.#renderPerson('company.salesExecutive', org.salesExecutive)}
        ${org.relationshipManager ? this.#renderPerson('company.relationshipManager', org.relationshipManager) : nothing}
      </div>
    </article>`;
  }

  #renderPerson(role: CompanyKey, person: AccountManager) {
    return html`<section class="person" aria-label=${this.#t.t(role)}>
      <p><small>${this.#t.t(role)}</small></p>
      <p><strong>${person.name}</strong></p>
      <p><a href="mailto:${person.email}">${person.email}</a></p>
      ${person.phone ? html`<p><a href="tel:${person.phone.replace(/[^\d+]/g, '')}">${person.phone}</a></p>` : nothing}
    </section>`;
  }
}
