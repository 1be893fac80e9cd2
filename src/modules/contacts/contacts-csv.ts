/**
 * The contacts import file: reading (papaparse, loaded on the first import only), the column
 * names in pt-BR or the API's, the separator, the roles' spellings, per-row validation with the
 * API's own schema, the template and the failed rows written back as CSV.
 *
 * Format: a header row, then one contact per line. Columns (any order, case and accents ignored):
 * `nome;email;telefone;cargo;perfil` or `name,email,phone,jobTitle,role` (`e-mail` too); `nome`
 * and `email` are required. Separator `;` or `,` (the one the header uses). UTF-8, with or without
 * BOM. `perfil`/`role`: `admin`/`administrador` or `member`/`membro`; empty = member. Other
 * columns are ignored. Up to IMPORT_MAX_ROWS contacts per file.
 */
import type * as z from 'zod/mini';
import { ContactImportRowSchema, type ContactImportRow } from '../../core/schemas/contacts.js';

type Field = keyof ContactImportRow;

/** Header names (normalized: lower case, no accents, no spaces/dashes/underscores) → field. */
const HEADERS: Record<string, Field> = {
  nome: 'name', name: 'name',
  email: 'email',
  telefone: 'phone', phone: 'phone', celular: 'phone',
  cargo: 'jobTitle', jobtitle: 'jobTitle', funcao: 'jobTitle',
  perfil: 'role', role: 'role', papel: 'role',
};

const ROLES: Record<string, ContactImportRow['role']> = {
  '': 'member', admin: 'admin', administrador: 'admin', administradora: 'admin', administrator: 'admin',
  member: 'member', membro: 'member',
};

const norm = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[\s_-]+/g, '');

export type ParsedFile =
  | { kind: 'rows'; rows: ImportRow[]; header: string[]; delimiter: string; language: 'pt-BR' | 'api' }
  | { kind: 'missing-columns'; found: string[] }
  | { kind: 'no-rows' }
  | { kind: 'too-many'; count: number };

/** One contact line of the file, as read and as checked. */
export interface ImportRow {
  /** the line of the file where the row starts (the header is line 1) */
  line: number;
  /** the cells as written (for the failed-rows file) */
  cells: string[];
  /** the known columns' values, trimmed */
  raw: Partial<Record<Field, string>>;
  /** the body's row when valid */
  contact?: ContactImportRow;
  /** why the row cannot be sent (the view words them) */
  problems: RowProblem[];
}

export type RowProblem =
  | { kind: 'role'; value: string }
  | { kind: 'duplicate'; line: number }
  | { kind: 'field'; field: Field; issue: z.core.$ZodIssue };

/** Reads a file's text (UTF-8; a BOM is dropped) into checked rows. `max`: rows beyond it refuse the file. */
export async function parseContactsCsv(text: string, max: number): Promise<ParsedFile> {
  const { default: Papa } = await import('papaparse');
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) && firstLine.includes(';') ? ';' : ',';
  const records: Array<{ cells: string[]; start: number }> = [];
  let start = 0;
  Papa.parse<string[]>(clean, {
    delimiter,
    step(result) {
      records.push({ cells: result.data, start });
      start = result.meta.cursor;
    },
  });
  const [head, ...body] = records;
  const header = (head?.cells ?? []).map((h) => h.trim());
  const columns = header.map((h) => HEADERS[norm(h)]);
  if (!columns.includes('name') || !columns.includes('email')) return { kind: 'missing-columns', found: header.filter(Boolean) };
  const language = header.some((h) => ['nome', 'telefone', 'cargo', 'perfil'].includes(norm(h))) ? 'pt-BR' : 'api';
  const filled = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (!filled.length) return { kind: 'no-rows' };
  if (filled.length > max) return { kind: 'too-many', count: filled.length };
  const lineAt = lineCounter(clean);
  const seen = new Map<string, number>();
  const rows = filled.map((record): ImportRow => {
    const line = lineAt(record.start);
    const raw: Partial<Record<Field, string>> = {};
    columns.forEach((field, i) => { if (field && raw[field] === undefined) raw[field] = (record.cells[i] ?? '').trim(); });
    return checkRow(line, record.cells, raw, seen);
  });
  return { kind: 'rows', rows, header, delimiter, language };
}

/** line number (1-based) of a character offset, counting forward (offsets come in order) */
function lineCounter(text: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text[at] === '\n') line++;
    return line;
  };
}

function checkRow(line: number, cells: string[], raw: Partial<Record<Field, string>>, seen: Map<string, number>): ImportRow {
  const problems: RowProblem[] = [];
  const role = ROLES[norm(raw.role ?? '')];
  if (!role) problems.push({ kind: 'role', value: raw.role ?? '' });
  const candidate: Record<string, string> = { name: raw.name ?? '', email: raw.email ?? '', role: role ?? 'member' };
  if (raw.phone) candidate.phone = raw.phone;
  if (raw.jobTitle) candidate.jobTitle = raw.jobTitle;
  const parsed = ContactImportRowSchema.safeParse(candidate, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.unshift({ kind: 'field', field: String(issue.path[0] ?? 'name') as Field, issue });
    }
  }
  const email = (raw.email ?? '').toLowerCase();
  const first = email ? seen.get(email) : undefined;
  if (first !== undefined) problems.push({ kind: 'duplicate', line: first });
  else if (email) seen.set(email, line);
  return { line, cells, raw, problems, ...(parsed.success && !problems.length ? { contact: parsed.data } : {}) };
}

/** The template users download: the pt-BR header and one example row (BOM: spreadsheet apps read the accents). */
export function templateCsv(): string {
  return '\uFEFFnome;email;telefone;cargo;perfil\r\nMaria Souza;maria.souza@empresa.com.br;+55 11 91234-5678;Analista Financeira;membro\r\n';
}

/** The rows to fix, as the user wrote them (same header and separator), each with why in a last column. */
export async function failedRowsCsv(header: string[], delimiter: string, rows: Array<{ cells: string[]; reason: string }>, errorHeader: string): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const width = header.length;
  const data = [[...header, errorHeader], ...rows.map((r) => [...Array.from({ length: width }, (_, i) => r.cells[i] ?? ''), r.reason])];
  return `\uFEFF${Papa.unparse(data, { delimiter, newline: '\r\n' })}\r\n`;
}
