/**
 * Internal records of the mock database. They mirror API.md closely; the handlers turn them into
 * the contract's shapes (typed with the schema types of src/core/schemas) per request.
 */

export type Role = 'admin' | 'member';
export type TicketStatus = 'new' | 'open' | 'pending' | 'hold' | 'solved' | 'closed';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type Platform = 'portal' | 'legacy' | 'cmnet' | 'consinco';

export interface PersonRecord {
  id: string;
  name: string;
  email: string;
}

export interface UserRecord extends PersonRecord {
  phone?: string;
  jobTitle?: string;
  language: 'pt-BR' | 'en' | 'es';
  timeZone: string;
  defaultOrganizationId: string;
}

export interface ContactRecord extends PersonRecord {
  phone?: string;
  jobTitle?: string;
  role: Role;
  areas?: ('support' | 'finance' | 'ombudsman')[];
  status: 'active' | 'inactive' | 'invited';
  createdAt: string;
  lastAccessAt?: string;
}

export interface ContactInfo {
  name: string;
  email: string;
  phone?: string;
}

export interface OrganizationRecord {
  id: string;
  /** Display name used in Me.organizations and tickets. */
  name: string;
  code: string;
  legalName: string;
  tradeName: string;
  cnpj: string;
  stateRegistration?: string;
  address: {
    street: string;
    number: string;
    complement?: string;
    district: string;
    city: string;
    state: string;
    postalCode: string;
    country: string;
  };
  phone?: string;
  segment: string;
  subsegment: string;
  size: 'micro' | 'small' | 'medium' | 'large' | 'enterprise';
  customerSince: string;
  salesExecutive: ContactInfo;
  relationshipManager?: ContactInfo;
  /** Internal: e-mail domain of its contacts and DDD of their phones. */
  domain: string;
  ddd: string;
}

export interface ProductRecord {
  id: string;
  organizationId: string;
  lineId: string;
  lineName: string;
  version: string;
  release?: string;
  database?: string;
  operatingSystem?: string;
  environment: 'production' | 'homologation' | 'development';
  shareTicketsInSolutionSearch: boolean;
  notes?: string;
  createdAt: string;
  updatedAt: string;
}

/** An attachment; its `url` (a signed link under the API base) is added by the handlers. */
export interface AttachmentRecord {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

export interface CommentRecord {
  id: string;
  author: PersonRecord & { kind: 'customer' | 'agent' };
  createdAt: string;
  body: string;
  htmlBody?: string;
  attachments: AttachmentRecord[];
}

/** A ticket row: compact, ids instead of embedded people; created eagerly (fast). */
export interface TicketRecord {
  id: string;
  number: string;
  subject: string;
  status: TicketStatus;
  priority: Priority;
  productId?: string;
  /** For archived tickets whose product is not a current product of the org. */
  productName?: string;
  module?: string;
  requesterId: string;
  ccIds: string[];
  organizationId: string;
  createdMs: number;
  updatedMs: number;
  dueMs?: number;
  closedMs?: number;
  platform: Platform;
}

/** Detail part of a ticket, generated on demand from the seed and the ticket id. */
export interface TicketDetailRecord {
  description: string;
  comments: CommentRecord[];
  attachments: AttachmentRecord[];
  satisfaction?: { rating: 'good' | 'bad'; comment?: string };
}

export interface AcceptanceRecord {
  version: string;
  acceptedAt: string;
  acceptedBy: PersonRecord;
}

export interface EulaRecord {
  version: string;
  country: 'BR' | 'AR' | 'MX';
  contentHtml: string;
  acceptance: AcceptanceRecord | null;
}

export interface InstallationRecord {
  id: string;
  totvsId: string;
  name: string;
  environment: 'production' | 'test';
  blocked: boolean;
  createdAt: string;
}

export interface LicenseRecord {
  id: string;
  product: { lineId: string; lineName: string };
  name: string;
  type: 'full' | 'full_fixed' | 'light' | 'light_on_demand' | 'corporate' | 'dev_test';
  nature: 'concurrent' | 'capacity_on_demand' | 'processing_capacity' | 'enablement';
  metric?: string;
  contracted: number;
  allocations: { installationId: string; quantity: number }[];
  validFrom: string;
  validUntil: string;
  status: 'active' | 'expiring' | 'expired' | 'suspended';
}

export interface LicensingMessageRecord {
  id: string;
  subject: string;
  bodyHtml: string;
  receivedAt: string;
  read: boolean;
}

export interface LicensingRecord {
  eula: EulaRecord;
  installations: InstallationRecord[];
  licenses: LicenseRecord[];
  messages: LicensingMessageRecord[];
}

export interface ServiceOrderRecord {
  id: string;
  number: string;
  title: string;
  description: string;
  consultant: { name: string; email?: string };
  project?: string;
  serviceType?: string;
  modality?: 'remote' | 'on_site';
  relatedTicketNumbers?: string[];
  entries: { date: string; start: string; end: string; hours: number; activity: string }[];
  totalHours: number;
  amount?: { amount: string; currency: string };
  status: 'pending' | 'approved' | 'rejected';
  sentAt: string;
  approvalDeadline?: string;
  decision?: { by: PersonRecord; at: string; reason?: string };
}

export interface LgpdTermRecord {
  version: string;
  publishedAt: string;
  title: string;
  contentHtml: string;
  acceptance: AcceptanceRecord | null;
}

export interface MaturityRecord {
  score: number;
  level: { rank: number; name: string };
  computedAt: string;
  dimensions: { key: string; name: string; score: number; peerAverage: number }[];
  peers: Record<'segment' | 'subsegment' | 'size', { label: string; sampleSize: number; averageScore: number; percentile: number }>;
  history: { period: string; score: number }[];
  opportunities: { dimension: string; title: string; description: string; potentialGain: number; product?: string }[];
}

export interface ProjectRecord {
  name: string;
  status: 'planned' | 'running' | 'done' | 'late';
  progress: number;
}

export interface UploadRecord extends AttachmentRecord {
  /** The uploaded bytes are kept (small demos) so the signed link can serve them. */
  blob?: Blob;
}
