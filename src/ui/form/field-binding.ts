import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { BodySchema, FormController } from './form-controller.js';

/** `<me-field ${form.field('subject')}>`: hands the element to its FormController on every render. */
export class FieldDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('form.field(name) binds an element: <me-field ${form.field("subject")}>');
  }

  render(_form: FormController<BodySchema>, _name: string) {
    return nothing;
  }

  override update(part: ElementPart, [form, name]: [FormController<BodySchema>, string]) {
    form.bind(part.element, name);
    return nothing;
  }
}

export const bindField = directive(FieldDirective);
