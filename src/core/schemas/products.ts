/** Products — Meus produtos: `/v1/organizations/{orgId}/products…`, `/v1/catalog/product-lines`. */
import * as z from 'zod/mini';
import { IdSchema, RequiredTextSchema, TimestampSchema, listEnvelope } from './common.js';

export const ProductEnvironmentSchema = z.enum(['production', 'homologation', 'development']);
export type ProductEnvironment = z.infer<typeof ProductEnvironmentSchema>;

export const ProductSchema = z.object({
  id: IdSchema,
  lineId: IdSchema,
  lineName: z.string(),
  version: z.string(),
  release: z.optional(z.string()),
  database: z.optional(z.string()),
  operatingSystem: z.optional(z.string()),
  environment: ProductEnvironmentSchema,
  shareTicketsInSolutionSearch: z.boolean(),
  notes: z.optional(z.string()),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Product = z.infer<typeof ProductSchema>;

export const ProductListSchema = listEnvelope(ProductSchema);
export type ProductList = z.infer<typeof ProductListSchema>;

/** A line of the catalogue (Protheus, RM, Datasul, …) and its versions. */
export const ProductLineSchema = z.object({
  id: IdSchema,
  name: z.string(),
  versions: z.array(z.string()),
});
export type ProductLine = z.infer<typeof ProductLineSchema>;

/** `GET /v1/catalog/product-lines` answers a bare array. */
export const ProductLinesSchema = z.array(ProductLineSchema);
export type ProductLines = z.infer<typeof ProductLinesSchema>;

/**
 * `POST …/products`: a Product without id/timestamps. `lineName` may be sent but the server
 * derives it from `lineId`.
 */
export const ProductBodySchema = z.object({
  lineId: IdSchema,
  lineName: z.optional(z.string()),
  version: RequiredTextSchema,
  release: z.optional(z.string()),
  database: z.optional(z.string()),
  operatingSystem: z.optional(z.string()),
  environment: ProductEnvironmentSchema,
  shareTicketsInSolutionSearch: z.boolean(),
  notes: z.optional(z.string()),
});
export type ProductBody = z.infer<typeof ProductBodySchema>;

/** `PATCH …/products/{id}` (If-Match): any field of the body. */
export const ProductPatchBodySchema = z.partial(ProductBodySchema);
export type ProductPatchBody = z.infer<typeof ProductPatchBodySchema>;
