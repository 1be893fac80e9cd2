/** The form kit: `<me-field>`, `<me-checkbox-group>`, `<me-submit-button>` and the zod-driven FormController. */
export { MeField, type FieldType } from './field.js';
export { MeSubmitButton } from './submit-button.js';
export { MeCheckboxGroup, type CheckboxOption } from './checkbox-group.js';
export {
  FormController, renderDraftNotice, type BodySchema, type FieldName, type FormControllerOptions, type FormDraftOptions, type FormHost, type RestoredDraft,
  type SubmitContext, type SubmitResult,
} from './form-controller.js';
export { UploadsController, uploadStyles, type Upload, type UploadsHost, type UploadsOptions } from './uploads.js';
export { MeValueCompare, type CompareChoice, type CompareRow } from './compare.js';
export { fieldConstraints, issueMessage, type FieldConstraints } from './form-errors.js';
