/**
 * One Idempotency-Key per user action: the key is kept while the user retries the same
 * action with the same body, and renewed once it succeeded or once the body changed
 * (a reused key with another body is a 422 on the server).
 */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

export class IdempotentAction {
  #key: string | undefined;
  #fingerprint: string | undefined;

  /** The key to send for this body: the same one again while the body is unchanged. */
  keyFor(body: unknown): string {
    const fingerprint = JSON.stringify(body ?? null);
    if (!this.#key || fingerprint !== this.#fingerprint) {
      this.#key = newIdempotencyKey();
      this.#fingerprint = fingerprint;
    }
    return this.#key;
  }

  /** Call after the action succeeded: the next submission is a new action. */
  complete(): void {
    this.#key = undefined;
    this.#fingerprint = undefined;
  }
}
