/**
 * Badges as templates: a tone, an icon per meaning and the text, so the meaning never rests on
 * colour alone. Used by the badge elements (badge.ts) and straight inside other shadow roots —
 * `<me-data-list>` adopts `badgeStyles`, so a column's cell can render `statusBadge(…)` without a
 * custom element (and its shadow root) per cell.
 */
import { css, html, type TemplateResult } from 'lit';
import type { TicketPriority, TicketStatus } from '../core/schemas/tickets.js';
import type { UiKey } from '../locales/ui.js';
import { icon, type IconName } from './icons.js';
import type { Translate } from './states.js';

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger';

export const TONE_ICONS: Record<BadgeTone, IconName> = {
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
export const badgeStyles = css`
  .badge {
    display: inline-flex; align-items: center; gap: var(--_space-1);
    padding: 0 var(--_space-2); min-height: 22px; border-radius: 999px; border: 1px solid currentColor;
    font-size: var(--_font-size-sm); font-weight: 700; line-height: 1.2; white-space: nowrap;
  }
  .icon { flex: none; }
  /* in a narrow cell the badge shrinks and its text ends with an ellipsis (its icon stays) */
  .badge { max-width: 100%; box-sizing: border-box; vertical-align: middle; }
  .badge > [part='text'] { min-width: 0; overflow: hidden; text-overflow: ellipsis; }
  [data-tone='neutral'] { color: var(--_muted); background: var(--_surface); }
  [data-tone='info'] { color: var(--_primary); background: var(--_info-bg); }
  [data-tone='success'] { color: var(--_success); background: var(--_success-bg); }
  [data-tone='warning'] { color: var(--_warning); background: var(--_warning-bg); }
  [data-tone='danger'] { color: var(--_danger); background: var(--_danger-bg); }
  @media (forced-colors: active) { .badge { border-color: CanvasText; } }
`;

/** A badge of `tone` with `iconName` (default: the tone's icon). */
export function badge(tone: BadgeTone, iconName: IconName = TONE_ICONS[tone], text: unknown = ''): TemplateResult {
  return html`<span class="badge" part="badge" data-tone=${tone}>${icon(iconName, 14)}<span part="text">${text}</span></span>`;
}

/** A ticket's status as named in Meu Espaço, with its own shape; an unknown status shows as sent. */
export function statusBadge(status: TicketStatus, t: Translate<UiKey>): TemplateResult {
  const look = STATUS_LOOK[status];
  return look ? badge(look.tone, look.icon, t(`ticketStatus.${status}`)) : badge('neutral', 'dot', status);
}

/** A ticket's priority, each with its own arrow or sign; an unknown priority shows as sent. */
export function priorityBadge(priority: TicketPriority, t: Translate<UiKey>): TemplateResult {
  const look = PRIORITY_LOOK[priority];
  return look ? badge(look.tone, look.icon, t(`priority.${priority}`)) : badge('neutral', 'dot', priority);
}
