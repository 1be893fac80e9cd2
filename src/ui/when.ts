import { html, type TemplateResult } from 'lit';
import type { Formatters } from '../core/format.js';

/**
 * A moment as people read it ("há 2 horas"), with the exact date and time in the tooltip and for
 * screen readers (`spoken`, default the exact date and time). Needs `controlStyles` (visually-hidden).
 */
export function renderWhen(format: Formatters, value: string, spoken?: string): TemplateResult {
  const exact = format.dateTime(value);
  return html`<time datetime=${value} title=${exact}><span aria-hidden="true">${format.relative(value)}</span><span class="visually-hidden">${spoken ?? exact}</span></time>`;
}
