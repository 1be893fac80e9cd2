import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../../core/define.js';
import { dispatchOwn } from '../../core/events.js';
import type { License } from '../../core/schemas/licensing.js';
import { tokens } from '../../core/theme.js';
import { icon } from '../../ui/icons.js';
import { renderState, stateStyles } from '../../ui/states.js';
import { LicensesPart } from './licenses-part.js';
import { listStyles } from './licenses.styles.js';

const DAY = 86_400_000;
/** "Expiring soon" below this many days. */
export const EXPIRING_DAYS = 30;

/** Whole days from today to the end of `date` (`YYYY-MM-DD`), never negative. */
export function daysUntil(date: string, now = Date.now()): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const today = new Date(now);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.max(0, Math.round((Date.UTC(y, m - 1, d) - start) / DAY));
}

export function distributed(license: Pick<License, 'allocations'>): number {
  return license.allocations.reduce((sum, a) => sum + a.quantity, 0);
}

/**
 * The licences of <me-licenses>, grouped by product line: type, nature, metric, validity,
 * status (expiring soon with the days left; expired and suspended marked, their distribution
 * disabled with the reason) and contracted vs distributed. Internal to `<me-licenses>`.
 *
 * @tagname me-licenses-list
 * @summary Licences per product line.
 * @fires me-distribute - The user asked to distribute a licence (not bubbling). `detail: { licenseId }`
 */
export class MeLicensesList extends LicensesPart {
  static override styles = [tokens, stateStyles, listStyles];

  @property({ attribute: false }) licenses: License[] = [];

  protected override render() {
    const t = this.l10n.t;
    if (!this.licenses.length) return renderState('empty', { title: t('licenses.empty') });
    const groups = new Map<string, License[]>();
    for (const license of this.licenses) {
      const group = groups.get(license.product.lineName) ?? [];
      group.push(license);
      groups.set(license.product.lineName, group);
    }
    return html`${[...groups].sort(([a], [b]) => a.localeCompare(b, this.locale)).map(([line, items]) => html`
      <section class="group" part="group" aria-labelledby="line-${items[0]!.product.lineId}">
        <h3 id="line-${items[0]!.product.lineId}">${line}</h3>
        <ul class="licenses">${items.map((license) => this.#renderLicense(license))}</ul>
      </section>`)}`;
  }

  #renderLicense(license: License) {
    const t = this.l10n.t;
    const days = daysUntil(license.validUntil);
    const inactive = license.status === 'expired' || license.status === 'suspended';
    const soon = !inactive && (license.status === 'expiring' || days <= EXPIRING_DAYS);
    const used = distributed(license);
    const free = Math.max(0, license.contracted - used);
    const titleId = `license-${license.id}`;
    const reasonId = `reason-${license.id}`;
    return html`<li class="license ${soon ? 'soon' : ''} ${inactive ? 'inactive' : ''}" part="license" data-license=${license.id} aria-labelledby=${titleId}>
      <div class="license-head">
        <h4 id=${titleId}>${license.name}</h4>
        <span class="status status-${soon ? 'expiring' : license.status}">
          ${icon(inactive ? 'lock' : soon ? 'warning' : 'checkCircle')}
          ${soon ? t('license.expiresIn', { days }) : t(`license.status.${license.status}`)}
        </span>
      </div>
      <dl class="facts">
        <div><dt>${t('license.type')}</dt><dd>${t(`license.type.${license.type}`)}</dd></div>
        <div><dt>${t('license.nature')}</dt><dd>${t(`license.nature.${license.nature}`)}</dd></div>
        ${license.metric ? html`<div><dt>${t('license.metric')}</dt><dd>${license.metric}</dd></div>` : nothing}
        <div><dt>${t('license.validity')}</dt><dd>${t('license.validityRange', { from: this.format.date(license.validFrom), until: this.format.date(license.validUntil) })}</dd></div>
      </dl>
      <div class="usage" part="usage">
        <meter min="0" max=${Math.max(1, license.contracted)} .value=${used} aria-labelledby="usage-${license.id}"></meter>
        <span id="usage-${license.id}">${t('license.usage', { used: this.format.number(used), contracted: this.format.number(license.contracted), free: this.format.number(free) })}</span>
      </div>
      <div class="license-actions">
        <button type="button" class="button secondary" part="button distribute" aria-disabled=${inactive ? 'true' : 'false'}
          aria-describedby=${inactive ? reasonId : nothing}
          @click=${() => { if (!inactive) dispatchOwn(this, 'me-distribute', { licenseId: license.id }); }}>${t('license.distribute')}</button>
        ${inactive ? html`<p id=${reasonId} class="reason">${t(`license.blockedReason.${license.status as 'expired' | 'suspended'}`)}</p>` : nothing}
      </div>
    </li>`;
  }
}

define('me-licenses-list', MeLicensesList);

declare global {
  interface HTMLElementTagNameMap {
    'me-licenses-list': MeLicensesList;
  }
  interface GlobalEventHandlersEventMap {
    'me-distribute': CustomEvent<{ licenseId: string }>;
  }
}
