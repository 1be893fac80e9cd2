/** Dashboard — Dashboard do cliente: `GET /v1/organizations/{orgId}/dashboard`. */
import * as z from 'zod/mini';
import { DateOnlySchema, IntSchema, RatioSchema } from './common.js';
import { TicketPrioritySchema } from './tickets.js';

export const GranularitySchema = z.enum(['week', 'month']);
export type Granularity = z.infer<typeof GranularitySchema>;

/** How many tickets in the period starting at `period`. */
export const PeriodCountSchema = z.object({ period: DateOnlySchema, count: IntSchema });
export type PeriodCount = z.infer<typeof PeriodCountSchema>;

export const ProjectStatusSchema = z.enum(['planned', 'running', 'done', 'late']);
export type ProjectStatus = z.infer<typeof ProjectStatusSchema>;

export const DashboardSchema = z.object({
  period: z.object({ from: DateOnlySchema, to: DateOnlySchema, granularity: GranularitySchema }),
  opened: z.array(PeriodCountSchema),
  solved: z.array(PeriodCountSchema),
  averageOpenedPerPeriod: z.number().check(z.minimum(0)),
  backlog: z.object({ new: IntSchema, open: IntSchema, pending: IntSchema, hold: IntSchema }),
  byProduct: z.array(z.object({ name: z.string(), count: IntSchema })),
  byPriority: z.array(z.object({ priority: TicketPrioritySchema, count: IntSchema })),
  slaCompliance: RatioSchema,
  avgFirstResponseHours: z.number().check(z.minimum(0)),
  avgResolutionHours: z.number().check(z.minimum(0)),
  serviceOrders: z.object({ pending: IntSchema, approvedHours: z.number().check(z.minimum(0)), rejected: IntSchema }),
  projects: z.array(z.object({ name: z.string(), status: ProjectStatusSchema, progress: RatioSchema })),
});
export type Dashboard = z.infer<typeof DashboardSchema>;

/** `GET …/dashboard` query (the server picks the period when absent). */
export const DashboardQuerySchema = z.object({
  from: z.optional(DateOnlySchema),
  to: z.optional(DateOnlySchema),
  granularity: z.optional(GranularitySchema),
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;
