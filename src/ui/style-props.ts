import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** CSS properties to set on one element, by their CSS names (`height`, `--_columns`); `undefined` removes one. */
export type StyleProps = Record<string, string | number | undefined>;

/**
 * `<div ${styleProps({ height: '40px', '--_columns': tracks })}>`: dynamic styles through the CSSOM
 * (`element.style.setProperty`), never a `style` attribute. A strict Content-Security-Policy without
 * `'unsafe-inline'` (`style-src 'self'`) blocks every `style` attribute a page's markup or
 * `setAttribute` writes — a `style` attribute binding, and Lit's `styleMap` on its first render, are
 * both dropped there — while it leaves the CSSOM alone. Only changed values are written.
 */
class StylePropsDirective extends Directive {
  #applied = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() binds an element: <div ${styleProps({ … })}>');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#applied.keys()) {
      if (props[name] === undefined) {
        style.removeProperty(name);
        this.#applied.delete(name);
      }
    }
    for (const [name, raw] of Object.entries(props)) {
      if (raw === undefined) continue;
      const value = String(raw);
      if (this.#applied.get(name) === value) continue;
      style.setProperty(name, value);
      this.#applied.set(name, value);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
