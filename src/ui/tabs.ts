import { css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { define } from '../core/define.js';
import { MeElement } from '../core/element.js';
import { dispatchOwn } from '../core/events.js';
import { MessagesController } from '../core/i18n.js';
import { tokens } from '../core/theme.js';
import { uiMessages } from '../locales/ui.js';
import { controlStyles } from './controls.styles.js';

export interface TabItem {
  id: string;
  label: string;
  /** shown next to the label and read with it ("Abertas (12)") */
  count?: number;
  /** not rendered at all (a tab the user may not see) */
  hidden?: boolean;
  disabled?: boolean;
}

/**
 * ARIA tabs: one tab stop (roving tabindex), ←/→ and Home/End move and select at once
 * (automatic activation), a count per tab shown and announced. Each tab's panel holds the
 * children with `slot="<tab id>"`; default-slotted children show in whichever panel is selected
 * (one list filtered by the tabs).
 *
 * @tagname me-tabs
 * @summary Tabs with counts, keyboard navigation and panels.
 * @fires me-tab-change - The user selected a tab. `detail: { id, previous }` Not bubbling: listen on the element itself.
 * @slot - Content shown in the selected panel, whatever the tab.
 * @slot tab-id - One slot per tab, named after its id (`slot="open"`): that tab's panel content.
 * @csspart tablist - The row of tabs.
 * @csspart tab - One tab.
 * @csspart count - The count of a tab.
 * @csspart panel - A tab panel.
 */
export class MeTabs extends MeElement {
  static override styles = [
    tokens,
    controlStyles,
    css`
      :host { display: block; }
      [role='tablist'] { display: flex; gap: var(--_space-1); overflow-x: auto; border-bottom: 1px solid var(--_border); }
      [role='tab'] {
        display: inline-flex; align-items: center; gap: var(--_space-2); flex: none;
        min-height: var(--_control-height); padding: 0 var(--_space-3); margin-bottom: -1px;
        font: inherit; color: var(--_muted); background: transparent; cursor: pointer;
        border: 0; border-bottom: 3px solid transparent; border-radius: var(--_radius-sm) var(--_radius-sm) 0 0;
      }
      [role='tab']:hover { color: var(--_text); background: var(--_surface); }
      [role='tab'][aria-selected='true'] { color: var(--_primary); border-bottom-color: var(--_primary); font-weight: 700; }
      [role='tab'][aria-disabled='true'] { opacity: 0.6; cursor: not-allowed; }
      [role='tab']:focus-visible { outline-offset: -2px; }
      .count { min-width: 20px; padding: 0 6px; border-radius: 999px; background: var(--_surface); color: var(--_text); font-size: var(--_font-size-sm); font-weight: 700; text-align: center; border: 1px solid var(--_border); }
      [role='tabpanel'] { padding-top: var(--_space-3); }
      [role='tabpanel']:focus-visible { outline-offset: 2px; }
      [hidden] { display: none !important; }
    `,
  ];

  @property({ attribute: false }) tabs: TabItem[] = [];
  /** Id of the selected tab (the first visible one when it names none). */
  @property({ reflect: true }) selected = '';
  /** Accessible name of the tab list. */
  @property() label = '';

  readonly #t = new MessagesController(this, uiMessages);

  get #visible(): TabItem[] {
    return this.tabs.filter((tab) => !tab.hidden);
  }

  /** The tab actually selected. */
  get current(): TabItem | undefined {
    const visible = this.#visible;
    return visible.find((tab) => tab.id === this.selected && !tab.disabled) ?? visible.find((tab) => !tab.disabled);
  }

  async #select(tab: TabItem, focus: boolean): Promise<void> {
    if (tab.disabled) return;
    const previous = this.current?.id ?? '';
    if (focus) {
      this.selected = tab.id;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tabs.indexOf(tab)}`)?.focus();
    }
    if (tab.id === previous) return;
    this.selected = tab.id;
    dispatchOwn(this, 'me-tab-change', { id: tab.id, previous });
  }

  #onKeydown(event: KeyboardEvent): void {
    const enabled = this.#visible.filter((tab) => !tab.disabled);
    const index = enabled.indexOf(this.current!);
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: TabItem | undefined;
    if (step) next = enabled[(index + step + enabled.length) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled[enabled.length - 1];
    if (!next) return;
    event.preventDefault();
    void this.#select(next, true);
  }

  protected override render() {
    const current = this.current;
    const visible = this.#visible;
    return html`<div role="tablist" part="tablist" aria-label=${this.label || nothing} @keydown=${this.#onKeydown}>
        ${visible.map((tab) => {
          const i = this.tabs.indexOf(tab);
          const selected = tab === current;
          return html`<button type="button" role="tab" part="tab" id="tab-${i}" aria-controls="panel-${i}"
            aria-selected=${selected ? 'true' : 'false'} tabindex=${selected ? 0 : -1} aria-disabled=${tab.disabled ? 'true' : nothing}
            @click=${() => this.#select(tab, false)}>
            <span>${tab.label}</span>
            ${tab.count === undefined
              ? nothing
              : html`<span class="count" part="count" aria-hidden="true">${this.format.number(tab.count)}</span><span class="visually-hidden">${this.#t.t('tabs.count', { n: this.format.number(tab.count) })}</span>`}
          </button>`;
        })}
      </div>
      ${visible.map((tab) => {
        const i = this.tabs.indexOf(tab);
        const selected = tab === current;
        return html`<div role="tabpanel" part="panel" id="panel-${i}" aria-labelledby="tab-${i}" tabindex="0" ?hidden=${!selected}>
          <slot name=${tab.id}></slot>${selected ? html`<slot></slot>` : nothing}
        </div>`;
      })}`;
  }
}

define('me-tabs', MeTabs);

declare global {
  interface HTMLElementTagNameMap {
    'me-tabs': MeTabs;
  }
  interface GlobalEventHandlersEventMap {
    'me-tab-change': CustomEvent<{ id: string; previous: string }>;
  }
}
