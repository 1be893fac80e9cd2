/**
 * What the action parts of <me-ticket-detail> (reply, rating, solve) share: they attach to the
 * element, follow the ticket it shows (forgetting what belonged to the previous one) and say
 * why an action failed — reloading the ticket when the server answers 409 (it changed meanwhile).
 */
import type { ReactiveController } from 'lit';
import { ApiError } from '../../core/errors.js';
import type { Ticket } from '../../core/schemas/tickets.js';
import { describeError } from '../../ui/states.js';
import type { DetailHost } from './ticket-detail.context.js';

/** Server sentences usually end with a full stop; ours go on after them. */
export function withStop(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export abstract class TicketPart implements ReactiveController {
  /** why the last action failed, as a sentence ('' when it did not) */
  error = '';
  protected readonly host: DetailHost;
  #ticketId: string | undefined;

  constructor(host: DetailHost) {
    this.host = host;
    host.element.addController(this);
  }

  hostConnected(): void {}

  /** Called first by `render`: another ticket in the same element starts from a clean part. */
  protected follow(ticket: Ticket): void {
    if (ticket.id === this.#ticketId) return;
    const switched = this.#ticketId !== undefined;
    this.#ticketId = ticket.id;
    this.error = '';
    if (switched) this.forget();
  }

  /** What to drop when the element moves to another ticket (typed text, files, keys). */
  protected forget(): void {}

  /** A failed action: `message` turns the reason into the part's sentence; a 409 reloads the ticket. */
  protected fail(error: unknown, message: (reason: string, conflict: boolean) => string): void {
    const conflict = error instanceof ApiError && error.status === 409;
    this.error = message(withStop(describeError(error, this.host.c)), conflict);
    if (conflict) this.host.refresh();
    this.host.element.requestUpdate();
  }
}
