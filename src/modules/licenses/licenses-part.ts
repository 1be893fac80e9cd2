import { property } from 'lit/decorators.js';
import { MeElement } from '../../core/element.js';
import { ApiError } from '../../core/errors.js';
import { MessagesController } from '../../core/i18n.js';
import { commonMessages } from '../../locales/common.js';
import { licensesMessages } from '../../locales/licenses.js';
import { describeError } from '../../ui/states.js';
import { isEulaRequired } from './licenses.api.js';

/** The base of <me-licenses>' inner views: its strings, and how a failed mutation is told. */
export class LicensesPart extends MeElement {
  /** <me-licenses> brings the EULA gate back (a `409 eula-not-accepted`). */
  @property({ attribute: false }) onEulaRequired?: () => void;

  protected readonly l10n = new MessagesController(this, licensesMessages);
  protected readonly common = new MessagesController(this, commonMessages);

  /** A sentence for a failed mutation; a 409 `eula-not-accepted` also brings the gate back. */
  protected failure(error: unknown): string {
    if (isEulaRequired(error)) this.onEulaRequired?.();
    return describeError(error, this.common.t);
  }

  protected isStale(error: unknown): boolean {
    return error instanceof ApiError && error.status === 412;
  }
}
