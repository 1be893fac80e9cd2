/** Contacts — Administração de contatos: `/v1/organizations/{orgId}/contacts…`. */
import * as z from 'zod/mini';
import {
  EmailSchema, IdSchema, IntSchema, ListQuerySchema, NameSchema, PhoneSchema, ProblemSchema,
  TimestampSchema, listEnvelope,
} from './common.js';
import { OrganizationRoleSchema } from './session.js';

/** Access released by the admin: Suporte Técnico, Administrativo/Financeiro, Ouvidoria. */
export const ContactAreaSchema = z.enum(['support', 'finance', 'ombudsman']);
export type ContactArea = z.infer<typeof ContactAreaSchema>;

export const ContactStatusSchema = z.enum(['active', 'inactive', 'invited']);
export type ContactStatus = z.infer<typeof ContactStatusSchema>;

export const ContactSchema = z.object({
  id: IdSchema,
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
  jobTitle: z.optional(z.string()),
  role: OrganizationRoleSchema,
  areas: z.optional(z.array(ContactAreaSchema)),
  status: ContactStatusSchema,
  createdAt: TimestampSchema,
  lastAccessAt: z.optional(TimestampSchema),
});
export type Contact = z.infer<typeof ContactSchema>;

export const ContactListSchema = listEnvelope(ContactSchema);
export type ContactList = z.infer<typeof ContactListSchema>;

/** `GET …/contacts` query (members may only ask `role=admin`). */
export const ContactListQuerySchema = z.extend(ListQuerySchema, {
  status: z.optional(ContactStatusSchema),
  role: z.optional(OrganizationRoleSchema),
});
export type ContactListQuery = z.infer<typeof ContactListQuerySchema>;

/** `POST …/contacts` (409 on a duplicate e-mail). */
export const ContactCreateBodySchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  phone: z.optional(PhoneSchema),
  jobTitle: z.optional(z.string()),
  role: OrganizationRoleSchema,
  areas: z.optional(z.array(ContactAreaSchema)),
});
export type ContactCreateBody = z.infer<typeof ContactCreateBodySchema>;

/** `PATCH …/contacts/{id}` (If-Match): any of these. */
export const ContactPatchBodySchema = z.object({
  name: z.optional(NameSchema),
  phone: z.optional(PhoneSchema),
  jobTitle: z.optional(z.string()),
  role: z.optional(OrganizationRoleSchema),
  areas: z.optional(z.array(ContactAreaSchema)),
  status: z.optional(ContactStatusSchema),
});
export type ContactPatchBody = z.infer<typeof ContactPatchBodySchema>;

/** One row of a batch import, fully validated (the server checks each row on its own). */
export const ContactImportRowSchema = z.object({
  name: NameSchema,
  email: EmailSchema,
  phone: z.optional(PhoneSchema),
  jobTitle: z.optional(z.string()),
  role: OrganizationRoleSchema,
});
export type ContactImportRow = z.infer<typeof ContactImportRowSchema>;

/**
 * `POST …/contacts/import`: 1–1000 rows. Only the rows' shape is checked here: a row with a bad
 * value must not sink the batch, it comes back as that row's `problem` (validate it with
 * `ContactImportRowSchema`).
 */
export const ContactImportBodySchema = z.object({
  contacts: z.array(z.object({
    name: z.string(),
    email: z.string(),
    phone: z.optional(z.string()),
    jobTitle: z.optional(z.string()),
    role: z.string(),
  })).check(z.minLength(1), z.maxLength(1000)),
});
export type ContactImportBody = z.infer<typeof ContactImportBodySchema>;

/** Each row stands or fails alone: `contact` when `ok`, `problem` otherwise. */
export const ContactImportResultSchema = z.object({
  results: z.array(z.object({
    row: IntSchema,
    ok: z.boolean(),
    contact: z.optional(ContactSchema),
    problem: z.optional(ProblemSchema),
  })),
});
export type ContactImportResult = z.infer<typeof ContactImportResultSchema>;
