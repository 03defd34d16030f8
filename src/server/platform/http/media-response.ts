import type { Context } from 'hono';

type Stored = { bytes: Uint8Array; contentType: string };

/**
 * A stored recording or video, answering byte ranges: Safari on an iPhone asks for `Range: bytes=0-1` before it plays a
 * <video> or <audio> and gives up on a server that answers the whole file with 200. One range per request (what
 * players send); a range outside the file is 416 with the file's size, as RFC 9110 says.
 */
export function mediaResponse(c: Context, f: Stored, headers: Record<string, string>): Response {
  const size = f.bytes.length;
  const common = { ...headers, 'content-type': f.contentType, 'accept-ranges': 'bytes' };
  const range = parseRange(c.req.header('range'), size);
  if (range === 'none') return c.body(f.bytes as Uint8Array<ArrayBuffer>, 200, common);
  if (range === 'unsatisfiable') return c.body(null, 416, { ...common, 'content-range': `bytes */${size}` });
  const [start, end] = range;
  return c.body(f.bytes.subarray(start, end + 1) as Uint8Array<ArrayBuffer>, 206, {
    ...common,
    'content-range': `bytes ${start}-${end}/${size}`,
  });
}

/** `bytes=a-b`, `bytes=a-` or `bytes=-n` (the last n bytes); anything else (several ranges, other units) is ignored. */
export function parseRange(header: string | undefined, size: number): [number, number] | 'none' | 'unsatisfiable' {
  const m = header?.match(/^bytes=(\d*)-(\d*)$/);
  if (!m || (m[1] === '' && m[2] === '')) return 'none';
  if (m[1] === '') {
    const n = Number(m[2]);
    return n === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - n), size - 1];
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  return start >= size || end < start ? 'unsatisfiable' : [start, end];
}
