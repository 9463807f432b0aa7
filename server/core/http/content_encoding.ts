/**
 * Which precompressed variant of a file a client may receive. The build writes `.br` and `.gz`
 * beside each text asset (scripts/compress_assets.mjs); this picks one from `Accept-Encoding`,
 * preferring brotli (smaller) when the client weighs both alike, and never one it refused (q=0).
 */
export type PrecompressedEncoding = 'br' | 'gzip';

export const ENCODING_SUFFIX: Record<PrecompressedEncoding, string> = { br: '.br', gzip: '.gz' };

const PREFERENCE: PrecompressedEncoding[] = ['br', 'gzip'];

function weights(header: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [token, ...params] = part.split(';').map((piece) => piece.trim());
    if (!token) continue;
    const q = params.find((param) => param.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    map.set(token, Number.isFinite(weight) ? weight : 0);
  }
  return map;
}

export function negotiateEncoding(acceptEncoding: string | string[] | undefined): PrecompressedEncoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  if (!header) return undefined;
  const accepted = weights(header);
  const wildcard = accepted.get('*');
  const weightOf = (encoding: string) => accepted.get(encoding) ?? wildcard ?? 0;
  let best: PrecompressedEncoding | undefined;
  for (const encoding of PREFERENCE) {
    if (weightOf(encoding) > 0 && (best === undefined || weightOf(encoding) > weightOf(best))) best = encoding;
  }
  return best;
}
