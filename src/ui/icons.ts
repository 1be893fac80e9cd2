import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Small decorative icons (16 px, `currentColor`, hidden from assistive technology): they always
 * sit next to text that says the same, so meaning never depends on colour or shape alone.
 */
const shapes = {
  check: svg`<path d="M3 8.5l3.2 3L13 4.5"/>`,
  checkCircle: svg`<circle cx="8" cy="8" r="6.5"/><path d="M5 8.2l2.1 2L11 6"/>`,
  error: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 4.5v4.2M8 11.2v.3"/>`,
  warning: svg`<path d="M8 1.8L14.8 13.8H1.2z"/><path d="M8 6.2v3.6M8 11.6v.3"/>`,
  info: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 7.2v4.3M8 4.6v.3"/>`,
  close: svg`<path d="M4 4l8 8M12 4l-8 8"/>`,
  search: svg`<circle cx="7" cy="7" r="4.5"/><path d="M10.4 10.4L14 14"/>`,
  chevronDown: svg`<path d="M4 6l4 4 4-4"/>`,
  chevronLeft: svg`<path d="M10 4L6 8l4 4"/>`,
  chevronRight: svg`<path d="M6 4l4 4-4 4"/>`,
  sparkle: svg`<path d="M8 1.5l1.6 4.9 4.9 1.6-4.9 1.6L8 14.5l-1.6-4.9L1.5 8l4.9-1.6z"/>`,
  halfCircle: svg`<circle cx="8" cy="8" r="6.5"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor"/>`,
  message: svg`<path d="M2 3h12v8H7l-3 3v-3H2z"/><path d="M5 6.5h6"/>`,
  pause: svg`<circle cx="8" cy="8" r="6.5"/><path d="M6.5 5.5v5M9.5 5.5v5"/>`,
  lock: svg`<rect x="3" y="7" width="10" height="7" rx="1"/><path d="M5 7V5a3 3 0 0 1 6 0v2"/>`,
  arrowDown: svg`<path d="M8 2.5v11M3.5 9L8 13.5 12.5 9"/>`,
  arrowUp: svg`<path d="M8 13.5v-11M3.5 7L8 2.5 12.5 7"/>`,
  equal: svg`<path d="M3 6h10M3 10h10"/>`,
  dot: svg`<circle cx="8" cy="8" r="3" fill="currentColor"/>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof shapes;

export function icon(name: IconName, size = 16): TemplateResult {
  return html`<svg class="icon" width=${size} height=${size} viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${shapes[name]}</svg>`;
}
