import { VirtualizerController } from '@tanstack/lit-virtual';
import { css, html, LitElement } from 'lit';
import { FIELDS, type BenchTicket } from './data.js';

/** The floor: a bare @tanstack/lit-virtual list, no semantics, no features. */
export class BenchFloor extends LitElement {
  static override styles = css`
    :host { display: block; overflow: auto; }
    .body { position: relative; }
    .row { position: absolute; left: 0; right: 0; height: 44px; display: grid; grid-template-columns: 8rem 3fr repeat(5, 1fr); align-items: center; }
    .row > span { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; padding: 0 8px; }
  `;
  static override properties = { items: { attribute: false } };
  items: BenchTicket[] = [];
  readonly #virtual = new VirtualizerController<HTMLElement, HTMLElement>(this, {
    count: 0,
    getScrollElement: () => this,
    estimateSize: () => 44,
    overscan: 6,
  });

  protected override willUpdate(): void {
    const v = this.#virtual.getVirtualizer();
    v.setOptions({ ...v.options, count: this.items.length });
  }

  protected override render() {
    const v = this.#virtual.getVirtualizer();
    return html`<div class="body" style=${`height:${v.getTotalSize()}px`}>
      ${v.getVirtualItems().map((item) => {
        const row = this.items[item.index]!;
        return html`<div class="row" style=${`transform:translateY(${item.start}px)`}>${FIELDS.map((f) => html`<span>${row[f]}</span>`)}</div>`;
      })}
    </div>`;
  }
}
