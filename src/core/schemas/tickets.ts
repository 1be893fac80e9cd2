/** Tickets — Minhas solicitações / Gerenciar solicitações: `/v1/tickets…`, `/v1/uploads`. */
import * as z from 'zod/mini';
import {
  DateOnlySchema, EmailSchema, IdSchema, IntSchema, ListQuerySchema, PersonSchema, TimestampSchema, listEnvelope,
} from './common.js';

/** Zendesk's request statuses (pt-BR: Novo, Em atendimento, Aguardando cliente, Em espera, Resolvido, Encerrado). */
export const TicketStatusSchema = z.enum(['new', 'open', 'pending', 'hold', 'solved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatusSchema>;

export const TicketPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export type TicketPriority = z.infer<typeof TicketPrioritySchema>;

/** Where a ticket lives: the portal, or a read-only archive. */
export const TicketPlatformSchema = z.enum(['portal', 'legacy', 'cmnet', 'consinco']);
export type TicketPlatform = z.infer<typeof TicketPlatformSchema>;

export const TicketPermissionsSchema = z.object({
  canComment: z.boolean(),
  canSolve: z.boolean(),
  canEditCcs: z.boolean(),
  canChangeRequester: z.boolean(),
});
export type TicketPermissions = z.infer<typeof TicketPermissionsSchema>;

export const TicketSummarySchema = z.object({
  id: IdSchema,
  number: z.string(),
  subject: z.string(),
  status: TicketStatusSchema,
  priority: TicketPrioritySchema,
  /** `name` is the display name, e.g. "Protheus 12.1.2310" */
  product: z.optional(z.object({ id: IdSchema, name: z.string() })),
  /** free text, e.g. "SIGAFIS — Livros Fiscais" */
  module: z.optional(z.string()),
  requester: PersonSchema,
  ccs: z.array(PersonSchema),
  organization: z.object({ id: IdSchema, name: z.string() }),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  dueAt: z.optional(TimestampSchema),
  closedAt: z.optional(TimestampSchema),
  platform: TicketPlatformSchema,
  permissions: TicketPermissionsSchema,
});
export type TicketSummary = z.infer<typeof TicketSummarySchema>;

export const TicketListSchema = listEnvelope(TicketSummarySchema);
export type TicketList = z.infer<typeof TicketListSchema>;

/** A file attached to a ticket or comment; `url` is a signed link (no bearer token needed). */
export const AttachmentSchema = z.object({
  id: IdSchema,
  name: z.string(),
  size: IntSchema,
  contentType: z.string(),
  url: z.string(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const CommentAuthorSchema = z.extend(PersonSchema, {
  kind: z.enum(['customer', 'agent']),
});
export type CommentAuthor = z.infer<typeof CommentAuthorSchema>;

export const CommentSchema = z.object({
  id: IdSchema,
  author: CommentAuthorSchema,
  createdAt: TimestampSchema,
  /** plain text: render as text, never as HTML */
  body: z.string(),
  /** rich text from agents: UNTRUSTED, sanitize before rendering */
  htmlBody: z.optional(z.string()),
  attachments: z.array(AttachmentSchema),
});
export type Comment = z.infer<typeof CommentSchema>;

export const SatisfactionRatingSchema = z.enum(['good', 'bad']);
export type SatisfactionRating = z.infer<typeof SatisfactionRatingSchema>;

/** `GET /v1/tickets/{id}`: the summary plus conversation (archived tickets: every permission false). */
export const TicketSchema = z.extend(TicketSummarySchema, {
  description: z.string(),
  comments: z.array(CommentSchema),
  attachments: z.array(AttachmentSchema),
  satisfaction: z.optional(z.object({
    rating: SatisfactionRatingSchema,
    comment: z.optional(z.string()),
  })),
});
export type Ticket = z.infer<typeof TicketSchema>;

// ---- request bodies ----------------------------------------------------------------------------

/** `POST /v1/tickets`. */
export const TicketCreateBodySchema = z.object({
  organizationId: IdSchema,
  productId: IdSchema,
  module: z.optional(z.string()),
  subject: z.string().check(z.trim(), z.minLength(5), z.maxLength(150)),
  description: z.string().check(z.trim(), z.minLength(10), z.maxLength(20000)),
  priority: TicketPrioritySchema,
  ccEmails: z.optional(z.array(EmailSchema)),
  attachmentIds: z.optional(z.array(IdSchema)),
});
export type TicketCreateBody = z.infer<typeof TicketCreateBodySchema>;

/** `POST /v1/tickets/{id}/comments`: a non-blank body (same ceiling as a description). */
export const CommentBodySchema = z.object({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(20000)),
  attachmentIds: z.optional(z.array(IdSchema)),
});
export type CommentBody = z.infer<typeof CommentBodySchema>;

/** `POST /v1/tickets/{id}/satisfaction`. */
export const SatisfactionBodySchema = z.object({
  rating: SatisfactionRatingSchema,
  comment: z.optional(z.string()),
});
export type SatisfactionBody = z.infer<typeof SatisfactionBodySchema>;

/** `PUT /v1/tickets/{id}/requester`. */
export const RequesterBodySchema = z.object({ requesterId: IdSchema });
export type RequesterBody = z.infer<typeof RequesterBodySchema>;

/** `PUT /v1/tickets/{id}/ccs`: the complete new list of people in copy. */
export const CcsBodySchema = z.object({ personIds: z.array(IdSchema) });
export type CcsBody = z.infer<typeof CcsBodySchema>;

/** Largest upload the server takes (413 above). */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** `POST /v1/uploads` multipart body: field `file`, ≤ 25 MB. */
export const UploadBodySchema = z.object({
  file: z.file().check(z.maxSize(MAX_UPLOAD_BYTES)),
});
export type UploadBody = z.infer<typeof UploadBodySchema>;

// ---- queries -------------------------------------------------------------------------------------

/** `mine` I requested · `cc` I'm in copy · `organization` all of `organizationId` (admin) · `managed` every org linked to me. */
export const TicketScopeSchema = z.enum(['mine', 'cc', 'organization', 'managed']);
export type TicketScope = z.infer<typeof TicketScopeSchema>;

export const TicketSortSchema = z.enum([
  'createdAt', '-createdAt', 'updatedAt', '-updatedAt', 'number', '-number',
  'priority', '-priority', 'status', '-status',
]);
export type TicketSort = z.infer<typeof TicketSortSchema>;

/**
 * `GET /v1/tickets` query. `status` may repeat or be comma-separated on the wire; dates are
 * inclusive, in the user's time zone.
 */
export const TicketListQuerySchema = z.extend(ListQuerySchema, {
  scope: z.optional(TicketScopeSchema),
  organizationId: z.optional(IdSchema),
  status: z.optional(z.array(TicketStatusSchema)),
  priority: z.optional(TicketPrioritySchema),
  productId: z.optional(IdSchema),
  openedFrom: z.optional(DateOnlySchema),
  openedTo: z.optional(DateOnlySchema),
  sort: z.optional(TicketSortSchema),
});
export type TicketListQuery = z.infer<typeof TicketListQuerySchema>;

/** `GET /v1/tickets/report`: CSV of the open tickets. */
export const TicketReportQuerySchema = z.object({
  scope: z.enum(['mine', 'organization']),
  organizationId: z.optional(IdSchema),
  format: z.optional(z.literal('csv')),
});
export type TicketReportQuery = z.infer<typeof TicketReportQuerySchema>;

/** `legacy` portal tickets closed before 2017-11-01; `cmnet`, `consinco` closed on those platforms. */
export const ArchiveSourceSchema = z.enum(['legacy', 'cmnet', 'consinco']);
export type ArchiveSource = z.infer<typeof ArchiveSourceSchema>;

/** `GET /v1/tickets/archive` query. */
export const TicketArchiveQuerySchema = z.object({
  source: ArchiveSourceSchema,
  q: z.optional(z.string()),
  closedFrom: z.optional(DateOnlySchema),
  closedTo: z.optional(DateOnlySchema),
  page: ListQuerySchema.shape.page,
  pageSize: ListQuerySchema.shape.pageSize,
});
export type TicketArchiveQuery = z.infer<typeof TicketArchiveQuerySchema>;
