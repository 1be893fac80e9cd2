/** Uploads (multipart, ≤ 25 MB) and the signed download links attachments point at. */
import { http, type HttpHandler } from 'msw';
import { MAX_UPLOAD_BYTES } from '../../core/schemas/index.js';
import type { MockDb } from '../db/index.js';
import type { UploadRecord } from '../db/types.js';
import { json, problem } from '../http.js';
import { trimBase, type Route } from '../router.js';
import { signature, toAttachment } from './ticket-view.js';

export const uploadRoutes: Route[] = [
  {
    method: 'POST',
    path: '/uploads',
    idempotent: false,
    handle: async (ctx) => {
      const declared = Number(ctx.request.headers.get('Content-Length') ?? '0');
      if (declared > MAX_UPLOAD_BYTES + 64 * 1024) throw problem(413, 'payload-too-large', 'O limite é de 25 MB por arquivo.');
      let form: FormData;
      try {
        form = await ctx.request.formData();
      } catch {
        throw problem(400, 'malformed-body', 'Envie multipart/form-data com o campo "file".', [{ path: 'file', message: 'multipart/form-data esperado' }]);
      }
      const file = form.get('file');
      if (!(file instanceof Blob)) throw problem(400, 'malformed-body', 'Envie o arquivo no campo "file".', [{ path: 'file', message: 'Campo "file" obrigatório' }]);
      if (file.size > MAX_UPLOAD_BYTES) throw problem(413, 'payload-too-large', `O arquivo tem ${(file.size / 1048576).toFixed(1)} MB; o limite é de 25 MB.`);
      ctx.db.counters.upload += 1;
      const name = file instanceof File && file.name ? file.name : 'arquivo';
      const upload: UploadRecord = {
        id: `upl-${String(ctx.db.counters.upload).padStart(5, '0')}`,
        name,
        size: file.size,
        contentType: file.type || 'application/octet-stream',
        blob: file,
      };
      ctx.db.uploads.set(upload.id, upload);
      return json(toAttachment(ctx, upload), { status: 201 });
    },
  },
];

const PNG_1X1 = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='), (c) => c.charCodeAt(0));

function sampleContent(name: string, contentType: string): BodyInit {
  if (contentType === 'image/png') return PNG_1X1;
  if (contentType.startsWith('text/') || contentType.includes('xml')) {
    return `Arquivo de demonstração: ${name}\n[2026-11-27 10:41:07] THREAD ERROR ([12345], ANA, SRVPROTHEUS)\n`;
  }
  return `Arquivo de demonstração (${contentType}): ${name}\n`;
}

/** GET `${base}/files/:id?signature=…`: no bearer token, 403 on a bad signature. */
export function fileHandler(base: string, db: () => MockDb): HttpHandler {
  // GET downloads; HEAD answers the same status without the body (a restored draft checks its attachments are still there)
  return http.all(`${trimBase(base)}/files/:id`, ({ request, params }) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } });
    const id = decodeURIComponent(String(params.id));
    const current = db();
    const file = current.uploads.get(id) ?? current.attachments.get(id);
    if (!file) return problem(404, 'not-found', 'O arquivo não existe.').toResponse();
    if (new URL(request.url).searchParams.get('signature') !== signature(current, id)) {
      return problem(403, 'permission-denied', 'Link de download inválido ou expirado.').toResponse();
    }
    const blob = (file as UploadRecord).blob;
    return new Response(request.method === 'HEAD' ? null : blob ?? sampleContent(file.name, file.contentType), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': `attachment; filename="${file.name.replace(/"/g, '')}"`,
      },
    });
  });
}
