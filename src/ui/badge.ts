import { css, html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { MessagesController } from '../core/i18n.js';
import type { TicketPriority, TicketStatus } from '../core/schemas/tickets.js';
import { tokens } from '../core/theme.js';
import { uiMessages } from '../locales/ui.js';
import { icon, type IconName } from './icons.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

const TONE_ICONS: Record<BadgeTone, IconName> = {
  neutral: 'dot', info: 'info', success: 'checkCircle', warning: 'warning', danger: 'error',
};

/** Zendesk's six statuses: a tone and a distinct shape each (pt-BR names in the `ui` catalog). */
export const STATUS_LOOK: Record<TicketStatus, { tone: BadgeTone; icon: IconName }> = {
  new: { tone: 'info', icon: 'sparkle' },
  open: { tone: 'info', icon: 'halfCircle' },
  pending: { tone: 'warning', icon: 'message' },
  hold: { tone: 'neutral', icon: 'pause' },
  solved: { tone: 'success', icon: 'checkCircle' },
  closed: { tone: 'neutral', icon: 'lock' },
};

export const PRIORITY_LOOK: Record<TicketPriority, { tone: BadgeTone; icon: IconName }> = {
  low: { tone: 'neutral', icon: 'arrowDown' },
  normal: { tone: 'info', icon: 'equal' },
  high: { tone: 'warning', icon: 'arrowUp' },
  urgent: { tone: 'danger', icon: 'warning' },
};

/** Every tone pairs its text colour with a tinted background at ≥ 4.5:1, in light and dark. */
const badgeStyles = css`
  :host { display: inline-flex; vertical-align: middle; }
  .badge {
    display: inline-flex; align-items: center; gap: var(--_space-1);
    padding: 0 var(--_space-2); min-height: 22px; border-radius: 999px; border: 1px solid currentColor;
    font-size: var(--_font-size-sm); font-weight: 700; line-height: 1.2; white-space: nowrap;
  }
  .icon { flex: none; }
  [data-tone='neutral'] { color: var(--_muted); background: var(--_surface); }
  [data-tone='info'] { color: var(--_primary); background: var(--_info-bg); }
  [data-tone='success'] { color: var(--_success); background: var(--_success-bg); }
  [data-tone='warning'] { color: var(--_warning); background: var(--_warning-bg); }
  [data-tone='danger'] { color: var(--_danger); background: var(--_danger-bg); }
  @media (forced-colors: active) { .badge { border-color: CanvasText; } }
`;

function badge(tone: BadgeTone, iconName: IconName, text: unknown): TemplateResult {
  return html`<span class="badge" part="badge" data-tone=${tone}>${icon(iconName, 14)}<span part="text">${text}</span></span>`;
}

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
  static override styles = [tokens, badgeStyles];

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
  static override styles = [tokens, badgeStyles];

  @property({ reflect: true }) status: TicketStatus = 'new';

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    const look = STATUS_LOOK[this.status];
    if (!look) return badge('neutral', 'dot', this.status); // a status newer than this build: shown as sent
    return badge(look.tone, look.icon, this.#t.t(`ticketStatus.${this.status}`));
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
  static override styles = [tokens, badgeStyles];

  @property({ reflect: true }) priority: TicketPriority = 'normal';

  readonly #t = new MessagesController(this, uiMessages);

  protected override render() {
    const look = PRIORITY_LOOK[this.priority];
    if (!look) return badge('neutral', 'dot', this.priority);
    return badge(look.tone, look.icon, this.#t.t(`priority.${this.priority}`));
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
