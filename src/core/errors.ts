/**
 * Typed errors for everything that can go wrong between a widget and the API.
 * Widgets switch on `kind` (and on `slug` for HTTP problems) and show `title`/`detail`.
 */
export type ApiErrorKind =
  | 'http' // the server answered with an error status (problem+json when it follows the contract)
  | 'network' // no answer: offline, DNS, CORS, connection reset
  | 'timeout' // no answer within the portal's timeout
  | 'schema' // the server answered, but the payload does not match the contract
  | 'session-expired' // 401 after the one allowed token refresh
  | 'aborted'; // the caller (a disconnected widget) cancelled the request

export interface FieldError {
  /** dotted path of the request body field, e.g. `allocations.0.quantity` */
  path: string;
  message: string;
}

export interface ApiErrorInit {
  kind: ApiErrorKind;
  message: string;
  status?: number;
  type?: string;
  title?: string;
  detail?: string;
  fieldErrors?: FieldError[];
  schemaPath?: string;
  method?: string;
  url?: string;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly kind: ApiErrorKind;
  /** HTTP status, when the server answered. */
  readonly status?: number;
  /** problem `type` URI */
  readonly type?: string;
  readonly title?: string;
  readonly detail?: string;
  readonly fieldErrors: FieldError[];
  /** for schema errors: the dotted path of the first offending field in the response */
  readonly schemaPath?: string;
  readonly method?: string;
  readonly url?: string;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.kind = init.kind;
    this.status = init.status;
    this.type = init.type;
    this.title = init.title;
    this.detail = init.detail;
    this.fieldErrors = init.fieldErrors ?? [];
    this.schemaPath = init.schemaPath;
    this.method = init.method;
    this.url = init.url;
  }

  /** Last segment of the problem `type` URI (`…/already-decided` → `already-decided`). */
  get slug(): string | undefined {
    if (!this.type) return undefined;
    const parts = this.type.split(/[/#:]/).filter(Boolean);
    return parts[parts.length - 1];
  }

  get isForbidden(): boolean {
    return this.kind === 'http' && this.status === 403;
  }

  /** Whether trying the same request again may succeed (offered as a "retry" action). */
  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || (this.kind === 'http' && (this.status ?? 0) >= 500)
      || (this.kind === 'http' && this.status === 429);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isAbort(error: unknown): boolean {
  return (error instanceof ApiError && error.kind === 'aborted')
    || (error instanceof DOMException && error.name === 'AbortError');
}
