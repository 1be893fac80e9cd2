/** Company — Dados cadastrais: `GET /v1/organizations/{orgId}`. */
import * as z from 'zod/mini';
import { DateOnlySchema, IdSchema } from './common.js';

export const AddressSchema = z.object({
  street: z.string(),
  number: z.string(),
  complement: z.optional(z.string()),
  district: z.string(),
  city: z.string(),
  state: z.string(),
  postalCode: z.string(),
  country: z.string(),
});
export type Address = z.infer<typeof AddressSchema>;

export const CompanySizeSchema = z.enum(['micro', 'small', 'medium', 'large', 'enterprise']);
export type CompanySize = z.infer<typeof CompanySizeSchema>;

/** A TOTVS relationship person (EAR, GAR). */
export const AccountManagerSchema = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.optional(z.string()),
});
export type AccountManager = z.infer<typeof AccountManagerSchema>;

export const OrganizationSchema = z.object({
  id: IdSchema,
  code: z.string(),
  legalName: z.string(),
  tradeName: z.string(),
  cnpj: z.string(),
  stateRegistration: z.optional(z.string()),
  address: AddressSchema,
  phone: z.optional(z.string()),
  segment: z.string(),
  subsegment: z.string(),
  size: CompanySizeSchema,
  customerSince: DateOnlySchema,
  /** EAR — Executivo de Atendimento e Relacionamento */
  salesExecutive: AccountManagerSchema,
  /** GAR */
  relationshipManager: z.optional(AccountManagerSchema),
});
export type Organization = z.infer<typeof OrganizationSchema>;
