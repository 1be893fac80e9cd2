import { ApiError } from '../errors.js';
import type { ApiClient, ApiResponse, Schema } from './client.js';

export interface UploadOptions<T> {
  schema: Schema<T>;
  /** defaults to `/uploads` */
  path?: string;
  /** multipart field name, `file` by default */
  field?: string;
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Multipart upload through XMLHttpRequest (fetch has no upload progress) under the same rules:
 * bearer token with one refresh on 401, Accept-Language, a timeout that restarts on every
 * progress event, problem+json errors and schema validation. Never retried automatically.
 */
export async function uploadFile<T>(client: ApiClient, file: File, options: UploadOptions<T>): Promise<ApiResponse<T>> {
  const path = options.path ?? '/uploads';
  const url = client.url(path);
  let token = await client.authToken(options.signal);
  try {
    let response = await send(client, url, file, token, options);
    if (response.status === 401 && client.config.tokenProvider) {
      token = await client.renewToken(token, options.signal);
      response = await send(client, url, file, token, options);
    }
    return await client.readResponse(response, { path, schema: options.schema }, 'POST', url);
  } catch (error) {
    throw client.report(error);
  }
}

function send<T>(client: ApiClient, url: string, file: File, token: string | undefined, options: UploadOptions<T>): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Accept-Language', client.config.locale);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (kind: 'network' | 'timeout' | 'aborted', message: string) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      reject(new ApiError({ kind, message: `POST ${url}: ${message}`, method: 'POST', url }));
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { xhr.abort(); fail('timeout', `no progress in ${client.config.timeoutMs} ms`); }, client.config.timeoutMs);
    };
    const onAbort = () => { xhr.abort(); fail('aborted', 'cancelled'); };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    xhr.upload.onprogress = (event) => { arm(); options.onProgress?.(event.loaded, event.lengthComputable ? event.total : file.size); };
    xhr.onerror = () => fail('network', 'network error');
    xhr.onload = () => {
      clearTimeout(timer);
      // some paths (a service worker in between) send no upload events: report completion anyway
      if (xhr.status < 400) options.onProgress?.(file.size, file.size);
      options.signal?.removeEventListener('abort', onAbort);
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      resolve(new Response(xhr.status === 204 ? null : xhr.responseText, { status: xhr.status, statusText: xhr.statusText, headers }));
    };
    const form = new FormData();
    form.append(options.field ?? 'file', file, file.name);
    arm();
    xhr.send(form);
  });
}
