import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { MessagesController } from '../core/i18n.js';
import type { TicketPriority, TicketStatus } from '../core/schemas/tickets.js';
import { tokens } from '../core/theme.js';
import { uiMessages } from '../locales/ui.js';
import { badge, badgeStyles, priorityBadge, statusBadge, TONE_ICONS, type BadgeTone } from './badge-templates.js';
import type { IconName } from './icons.js';

export { badge, badgeStyles, priorityBadge, statusBadge, PRIORITY_LOOK, STATUS_LOOK, type BadgeTone } from './badge-templates.js';

const hostStyles = css`:host { display: inline-flex; vertical-align: middle; }`;

/**
 * A small label with a tone, for any module's states (approved, expired…). Its icon follows the
 * tone, so the meaning never rests on colour alone.
 *
 * @tagname me-badge
 * @summary Tone badge (icon + text).
 * @slot - The text.
 * @csspart badge - The badge.
 * @csspart text - The text.
 */
export class MeBadge extends MeElement {
  static override styles = [tokens, hostStyles, badgeStyles];

  @property({ reflect: true }) tone: BadgeTone = 'neutral';
  /** Another icon than the tone's. */
  @property() icon?: IconName;

  protected override render() {
    const tone = this.tone in TONE_ICONS ? this.tone : 'neutral';
    return badge(tone, this.icon ?? TONE_ICONS[tone], html`<slot></slot>`);
  }
}

/**
 * A ticket's status, named as in Meu Espaço (Novo, Em atendimento, Aguardando cliente, Em espera,
 * Resolvido, Encerrado), with a shape per status.
 *
 * @tagname me-status-badge
 * @summary Ticket status badge.
 * @csspart badge - The badge.
 * @csspart text - The status name.
 */
export class MeStatusBadge extends MeElement {
  static override styles = [tokens, hostStyles, badgeStyles];

  @property({ reflect: true }) status: TicketStatus = 'new';

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    return statusBadge(this.status, this.#t.t);
  }
}

/**
 * A ticket's priority (Baixa, Normal, Alta, Urgente), each with its own arrow or sign.
 *
 * @tagname me-priority-badge
 * @summary Ticket priority badge.
 * @csspart badge - The badge.
 * @csspart text - The priority name.
 */
export class MePriorityBadge extends MeElement {
  static override styles = [tokens, hostStyles, badgeStyles];

  @property({ reflect: true }) priority: TicketPriority = 'normal';

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    return priorityBadge(this.priority, this.#t.t);
  }
}

define('me-badge', MeBadge);
define('me-status-badge', MeStatusBadge);
define('me-priority-badge', MePriorityBadge);

declare global {
  interface HTMLElementTagNameMap {
    'me-badge': MeBadge;
    'me-status-badge': MeStatusBadge;
    'me-priority-badge': MePriorityBadge;
  }
}
