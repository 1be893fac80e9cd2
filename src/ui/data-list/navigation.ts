import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dispatchOwn } from '../../core/events.js';

/** What the keyboard/selection controller needs from `<me-data-list>`. */
export interface NavigationHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** rows in the list (the server's total in paging mode; 0 while unknown) */
  readonly rowCount: number;
  itemAt(index: number): unknown;
  /** the row's key, `undefined` while its page is not loaded */
  keyAt(index: number): string | undefined;
  /** keys of every loaded row (all rows in client mode) */
  loadedKeys(): string[];
  selectable: boolean;
  selectedKeys: Set<string>;
  allSelected: boolean;
  activation: 'click' | 'dblclick';
  /** rows that fit in the viewport (PageUp/PageDown step) */
  pageRows(): number;
  /** scrolls the virtual viewport so the row is visible */
  revealRow(index: number): void;
}

const EDITABLE = /^(input|textarea|select)$/;
const INTERACTIVE = 'a[href],button,input,select,textarea,[contenteditable],[role=button],[role=link]';

/**
 * Roving tabindex, keyboard and pointer handling, and selection of `<me-data-list>`.
 * One tab stop: the active row (or a header control once the user moved there with ArrowUp).
 */
export class ListNavigation implements ReactiveController {
  readonly #host: NavigationHost;
  /** index of the active row (the tab stop) */
  active = 0;
  #area: 'rows' | 'header' = 'rows';
  #headerIndex = 0;
  #anchor: number | undefined;
  /** focus was on a row: keep it there when that row's element is replaced (skeleton → data) */
  #rowFocused = false;
  #focusPending = false;

  constructor(host: NavigationHost) {
    this.#host = host;
    host.addController(this);
  }

  /** a new data set (new source): back to the first row */
  reset(): void {
    this.active = 0;
    this.#anchor = undefined;
  }

  hostUpdate(): void {
    const count = this.#host.rowCount;
    if (this.active >= count) this.active = Math.max(count - 1, 0);
  }

  hostUpdated(): void {
    if (this.#area !== 'rows' || !(this.#focusPending || this.#rowFocused)) return;
    const root = this.#host.renderRoot as ShadowRoot;
    const row = root.querySelector<HTMLElement>(`[role=row][data-index="${this.active}"]`);
    if (!row) return;
    const current = root.activeElement;
    const lost = !current && (!document.activeElement || document.activeElement === document.body);
    if ((this.#focusPending && !row.contains(current)) || lost) row.focus({ preventScroll: true });
    this.#focusPending = false;
  }

  /** `tabindex` of a row: 0 for the one tab stop, -1 for the others */
  rowTabIndex(index: number, headerControls: number): number {
    return index === this.active && (this.#area === 'rows' || !headerControls) ? 0 : -1;
  }

  /** `tabindex` of the header's n-th control (select all, sort buttons) out of `count` */
  headerTabIndex(control: number, count: number): number {
    const here = this.#area === 'header' || this.#host.rowCount === 0;
    return here && control === Math.min(this.#headerIndex, count - 1) ? 0 : -1;
  }

  isSelected(key: string): boolean {
    return this.#host.allSelected || this.#host.selectedKeys.has(key);
  }

  /** state of the "select all" checkbox */
  selectAllState(): 'all' | 'some' | 'none' {
    const { selectedKeys, allSelected } = this.#host;
    if (allSelected) return 'all';
    if (!selectedKeys.size) return 'none';
    const loaded = this.#host.loadedKeys();
    const all = loaded.length === this.#host.rowCount && loaded.length > 0 && loaded.every((key) => selectedKeys.has(key));
    return all ? 'all' : 'some';
  }

  // ── events (bound in the element's template) ──────────────────────────────────────────────

  onFocusIn = (event: FocusEvent): void => {
    const target = event.target as Element;
    const row = target.closest<HTMLElement>('[role=row][data-index]');
    if (row) {
      this.#rowFocused = true;
      this.#setArea('rows');
      const index = Number(row.dataset.index);
      if (index !== this.active) { this.active = index; this.#host.requestUpdate(); }
      return;
    }
    const control = this.#headerControls().indexOf(target as HTMLElement);
    if (control >= 0) {
      this.#rowFocused = false;
      this.#headerIndex = control;
      this.#setArea('header');
    }
  };

  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.#host.renderRoot as ShadowRoot).contains(next)) return;
    const left = event.target as Element;
    // a row replaced while focused (its page arrived) also blurs: keep the intent to refocus
    queueMicrotask(() => { if (left.isConnected) this.#rowFocused = false; });
  };

  onRowKeydown = (event: KeyboardEvent): void => {
    const row = this.#rowOf(event);
    const target = event.target as HTMLElement;
    if (!row || (EDITABLE.test(target.localName) && !target.classList.contains('check-input')) || target.isContentEditable) return;
    const index = Number(row.dataset.index);
    const onRow = target === row || target.classList.contains('check-input');
    const last = this.#host.rowCount - 1;
    let next: number;
    switch (event.key) {
      case 'ArrowDown': next = index + 1; break;
      case 'ArrowUp':
        if (index === 0 && !event.shiftKey && this.#focusHeader()) { event.preventDefault(); return; }
        next = index - 1;
        break;
      case 'PageDown': next = index + this.#host.pageRows(); break;
      case 'PageUp': next = index - this.#host.pageRows(); break;
      case 'Home': next = 0; break;
      case 'End': next = last; break;
      case 'Enter':
        if (!onRow) return;
        event.preventDefault();
        this.#activate(index);
        return;
      case ' ':
        if (!onRow || !this.#host.selectable) return;
        event.preventDefault();
        if (event.shiftKey) this.#selectRange(this.#anchor ?? this.active, index);
        else this.#toggle(index);
        return;
      case 'a':
      case 'A':
        if (!(event.ctrlKey || event.metaKey) || !this.#host.selectable) return;
        event.preventDefault();
        this.selectAll(true);
        return;
      default:
        return;
    }
    event.preventDefault();
    next = Math.max(0, Math.min(next, last));
    if (event.shiftKey && this.#host.selectable) this.#selectRange(this.#anchor ?? index, next, false);
    this.moveTo(next);
  };

  onHeaderKeydown = (event: KeyboardEvent): void => {
    const controls = this.#headerControls();
    const index = controls.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    let next: number;
    switch (event.key) {
      case 'ArrowLeft': next = index - 1; break;
      case 'ArrowRight': next = index + 1; break;
      case 'Home': next = 0; break;
      case 'End': next = controls.length - 1; break;
      case 'ArrowDown':
        if (!this.#host.rowCount) return;
        event.preventDefault();
        this.#setArea('rows');
        this.moveTo(this.active);
        return;
      default:
        return;
    }
    event.preventDefault();
    this.#headerIndex = Math.max(0, Math.min(next, controls.length - 1));
    this.#host.requestUpdate();
    controls[this.#headerIndex]!.focus();
  };

  onMouseDown = (event: MouseEvent): void => {
    // shift+click selects a range of rows, not the text between two clicks
    if (event.shiftKey && this.#host.selectable && this.#rowOf(event)) event.preventDefault();
  };

  onRowClick = (event: MouseEvent): void => {
    const row = this.#rowOf(event);
    if (!row) return;
    const index = Number(row.dataset.index);
    const target = event.target as Element;
    const checkbox = target.classList.contains('check-input');
    if (this.#host.selectable && (checkbox || event.shiftKey || event.ctrlKey || event.metaKey)) {
      if (event.shiftKey) this.#selectRange(this.#anchor ?? this.active, index);
      else this.#toggle(index);
      this.active = index;
      if (!checkbox) row.focus({ preventScroll: true });
      return;
    }
    const inner = target.closest(INTERACTIVE);
    if (inner && row.contains(inner)) return; // a link or button inside a cell does its own thing
    if (this.#host.activation === 'click') this.#activate(index);
  };

  onRowDblClick = (event: MouseEvent): void => {
    const row = this.#rowOf(event);
    if (row && this.#host.activation === 'dblclick' && !(event.target as Element).closest(INTERACTIVE)) this.#activate(Number(row.dataset.index));
  };

  /** the header checkbox: select every (loaded) row, or clear when all were selected */
  onSelectAllChange = (): void => {
    this.selectAll(this.selectAllState() !== 'all');
  };

  // ── moves and selection ────────────────────────────────────────────────────────────────────

  /** makes `index` the active row, scrolls it into view and focuses it after the next render */
  moveTo(index: number): void {
    this.active = index;
    this.#focusPending = true;
    this.#host.revealRow(index);
    this.#host.requestUpdate();
  }

  selectAll(on: boolean): void {
    if (!on) { this.#emit(new Set(), false); return; }
    const keys = new Set([...this.#host.selectedKeys, ...this.#host.loadedKeys()]);
    const loaded = this.#host.loadedKeys().length;
    this.#emit(keys, loaded < this.#host.rowCount);
  }

  #toggle(index: number): void {
    const key = this.#host.keyAt(index);
    if (key === undefined) return;
    this.#anchor = index;
    const keys = new Set(this.#host.allSelected ? this.#host.loadedKeys() : this.#host.selectedKeys);
    if (keys.has(key)) keys.delete(key);
    else keys.add(key);
    this.#emit(keys, false);
  }

  #selectRange(from: number, to: number, moveAnchor = true): void {
    const keys = new Set(this.#host.selectedKeys);
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      const key = this.#host.keyAt(i);
      if (key !== undefined) keys.add(key);
    }
    if (moveAnchor || this.#anchor === undefined) this.#anchor = from;
    this.#emit(keys, this.#host.allSelected);
  }

  #emit(keys: Set<string>, all: boolean): void {
    this.#host.selectedKeys = keys;
    this.#host.allSelected = all;
    dispatchOwn(this.#host, 'me-selection-change', { keys: [...keys], all });
  }

  #activate(index: number): void {
    const key = this.#host.keyAt(index);
    if (key === undefined) return; // a row still loading
    dispatchOwn(this.#host, 'me-row-activate', { item: this.#host.itemAt(index), key, index });
  }

  #focusHeader(): boolean {
    const controls = this.#headerControls();
    if (!controls.length) return false;
    this.#headerIndex = Math.min(this.#headerIndex, controls.length - 1);
    this.#setArea('header');
    controls[this.#headerIndex]!.focus();
    return true;
  }

  #setArea(area: 'rows' | 'header'): void {
    if (this.#area === area) return;
    this.#area = area;
    this.#host.requestUpdate();
  }

  #headerControls(): HTMLElement[] {
    return [...this.#host.renderRoot.querySelectorAll<HTMLElement>('[data-header-control]')];
  }

  #rowOf(event: Event): HTMLElement | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.getAttribute('role') === 'row' && node.dataset.index !== undefined) return node;
      if (node === this.#host) return undefined;
    }
    return undefined;
  }
}
