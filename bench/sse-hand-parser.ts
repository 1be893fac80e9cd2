/**
 * A small hand-written SSE parser, only to measure eventsource-parser against (bench/live.ts): the
 * WHATWG rules the stream uses (fields `event`, `data`, `id`, `retry`, comments, CR/LF/CRLF line
 * ends, a chunk ending mid-line or on a lone CR). Not used by the library.
 */
export interface HandMessage { event?: string; data: string; id?: string }

export function createHandParser(callbacks: { onEvent: (message: HandMessage) => void; onComment?: (text: string) => void; onRetry?: (ms: number) => void }) {
  let buffer = '';
  let data: string[] = [];
  let event: string | undefined;
  let id: string | undefined;
  let pendingCr = false;
  const line = (text: string) => {
    if (text === '') {
      if (data.length) callbacks.onEvent({ event, data: data.join('\n'), id });
      data = [];
      event = undefined;
      return;
    }
    if (text.startsWith(':')) return callbacks.onComment?.(text.slice(1).trimStart());
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) callbacks.onRetry?.(Number(value));
  };
  return {
    feed(chunk: string) {
      let text = buffer + chunk;
      if (pendingCr && text.startsWith('\n')) text = text.slice(1);
      pendingCr = false;
      let start = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 10 && c !== 13) continue;
        line(text.slice(start, i));
        if (c === 13) {
          if (i + 1 === text.length) pendingCr = true;
          else if (text.charCodeAt(i + 1) === 10) i++;
        }
        start = i + 1;
      }
      buffer = text.slice(start);
    },
  };
}
