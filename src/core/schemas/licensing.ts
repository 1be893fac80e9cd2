/** Licenses — Gestão de licenças: `/v1/organizations/{orgId}/licensing/…`, `…/installations`, `…/licenses`. */
import * as z from 'zod/mini';
import {
  AcceptanceSchema, DateOnlySchema, IdSchema, IntSchema, ListQuerySchema, RequiredTextSchema, TimestampSchema,
  listEnvelope,
} from './common.js';

export const EulaSchema = z.object({
  version: z.string(),
  country: z.enum(['BR', 'AR', 'MX']),
  /** UNTRUSTED: sanitize before rendering */
  contentHtml: z.string(),
  acceptance: z.nullable(AcceptanceSchema),
});
export type Eula = z.infer<typeof EulaSchema>;

/** `POST …/licensing/eula/acceptance`: the version being accepted. */
export const EulaAcceptanceBodySchema = z.object({ version: z.string().check(z.minLength(1)) });
export type EulaAcceptanceBody = z.infer<typeof EulaAcceptanceBodySchema>;

export const InstallationEnvironmentSchema = z.enum(['production', 'test']);
export type InstallationEnvironment = z.infer<typeof InstallationEnvironmentSchema>;

export const InstallationSchema = z.object({
  id: IdSchema,
  /** assigned by the server, 8 characters */
  totvsId: z.string().check(z.length(8)),
  name: z.string(),
  environment: InstallationEnvironmentSchema,
  blocked: z.boolean(),
  createdAt: TimestampSchema,
});
export type Installation = z.infer<typeof InstallationSchema>;

export const InstallationListSchema = listEnvelope(InstallationSchema);
export type InstallationList = z.infer<typeof InstallationListSchema>;

/** `POST …/installations`. */
export const InstallationBodySchema = z.object({
  name: RequiredTextSchema,
  environment: InstallationEnvironmentSchema,
});
export type InstallationBody = z.infer<typeof InstallationBodySchema>;

/** `PATCH …/installations/{id}` (If-Match). */
export const InstallationPatchBodySchema = z.object({
  name: z.optional(RequiredTextSchema),
  blocked: z.optional(z.boolean()),
});
export type InstallationPatchBody = z.infer<typeof InstallationPatchBodySchema>;

export const LicenseTypeSchema = z.enum(['full', 'full_fixed', 'light', 'light_on_demand', 'corporate', 'dev_test']);
export type LicenseType = z.infer<typeof LicenseTypeSchema>;

export const LicenseNatureSchema = z.enum(['concurrent', 'capacity_on_demand', 'processing_capacity', 'enablement']);
export type LicenseNature = z.infer<typeof LicenseNatureSchema>;

export const LicenseStatusSchema = z.enum(['active', 'expiring', 'expired', 'suspended']);
export type LicenseStatus = z.infer<typeof LicenseStatusSchema>;

/** How many licences one installation gets. */
export const AllocationSchema = z.object({
  installationId: IdSchema,
  quantity: IntSchema,
});
export type Allocation = z.infer<typeof AllocationSchema>;

export const LicenseSchema = z.object({
  id: IdSchema,
  product: z.object({ lineId: IdSchema, lineName: z.string() }),
  name: z.string(),
  type: LicenseTypeSchema,
  nature: LicenseNatureSchema,
  metric: z.optional(z.string()),
  contracted: IntSchema,
  allocations: z.array(AllocationSchema),
  validFrom: DateOnlySchema,
  validUntil: DateOnlySchema,
  status: LicenseStatusSchema,
});
export type License = z.infer<typeof LicenseSchema>;

export const LicenseListSchema = listEnvelope(LicenseSchema);
export type LicenseList = z.infer<typeof LicenseListSchema>;

/** `GET …/licenses` query. */
export const LicenseListQuerySchema = z.extend(ListQuerySchema, {
  status: z.optional(LicenseStatusSchema),
});
export type LicenseListQuery = z.infer<typeof LicenseListQuerySchema>;

/**
 * `PUT …/licenses/{id}/allocations` (If-Match): the complete distribution. The server answers 422
 * when the sum exceeds `contracted` or an installation is blocked (it knows both; a form may check
 * the sum itself).
 */
export const AllocationsBodySchema = z.object({
  allocations: z.array(AllocationSchema),
});
export type AllocationsBody = z.infer<typeof AllocationsBodySchema>;

export const LicensingMessageSchema = z.object({
  id: IdSchema,
  subject: z.string(),
  /** UNTRUSTED: sanitize before rendering */
  bodyHtml: z.string(),
  receivedAt: TimestampSchema,
  read: z.boolean(),
});
export type LicensingMessage = z.infer<typeof LicensingMessageSchema>;

export const LicensingMessageListSchema = listEnvelope(LicensingMessageSchema);
export type LicensingMessageList = z.infer<typeof LicensingMessageListSchema>;
