/** Maturity index — Índice de Maturidade (IMG): `GET /v1/organizations/{orgId}/maturity-index`. */
import * as z from 'zod/mini';
import { DateOnlySchema, IntSchema, PercentSchema, TimestampSchema } from './common.js';

export const CompareBySchema = z.enum(['segment', 'subsegment', 'size']);
export type CompareBy = z.infer<typeof CompareBySchema>;

export const MaturityDimensionSchema = z.object({
  key: z.string(),
  name: z.string(),
  score: z.number(),
  peerAverage: z.number(),
});
export type MaturityDimension = z.infer<typeof MaturityDimensionSchema>;

export const MaturityOpportunitySchema = z.object({
  dimension: z.string(),
  title: z.string(),
  description: z.string(),
  potentialGain: z.number(),
  product: z.optional(z.string()),
});
export type MaturityOpportunity = z.infer<typeof MaturityOpportunitySchema>;

export const MaturityIndexSchema = z.object({
  score: PercentSchema,
  level: z.object({ rank: z.int().check(z.minimum(1), z.maximum(5)), name: z.string() }),
  computedAt: TimestampSchema,
  dimensions: z.array(MaturityDimensionSchema),
  peers: z.object({
    compareBy: CompareBySchema,
    label: z.string(),
    sampleSize: IntSchema,
    averageScore: z.number(),
    percentile: PercentSchema,
  }),
  history: z.array(z.object({ period: DateOnlySchema, score: z.number() })),
  opportunities: z.array(MaturityOpportunitySchema),
});
export type MaturityIndex = z.infer<typeof MaturityIndexSchema>;

/** `GET …/maturity-index` query. */
export const MaturityIndexQuerySchema = z.object({
  compareBy: z.optional(CompareBySchema),
});
export type MaturityIndexQuery = z.infer<typeof MaturityIndexQuerySchema>;
