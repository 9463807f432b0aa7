/**
 * The bytes of an export, as Kibana's route writes them: each document serialized with its
 * keys sorted at every level (Kibana uses a stable stringify, so files diff cleanly), lines
 * joined by `\n` with none after the last (Kibana's API tests split the body on `\n` and parse
 * every piece). The stream pulls its documents as it is read, so an export of any size
 * holds one page at a time.
 */
import { Readable } from 'node:stream';

/** Bytes gathered before they are handed to the stream. */
const FLUSH_BYTES = 64 * 1024;

/** JSON with object keys sorted at every level; members JSON leaves out (`undefined`, functions) are left out. */
export function stableStringify(value: unknown): string {
  return serialize(value) ?? 'null';
}

// One string built in place, not arrays joined: exports run it once per object, 25,000 times a page-stream.
function serialize(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      // As JSON.stringify: a value JSON cannot carry is a bug upstream, not something to guess at.
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return 'null';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return serialize((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += serialize(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  let out = '{';
  let first = true;
  for (const key of Object.keys(value).sort()) {
    const member = serialize((value as Record<string, unknown>)[key]);
    if (member === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(key)}:${member}`;
  }
  return `${out}}`;
}

/** NDJSON of the documents of `chunks`, read one chunk at a time as the consumer pulls. */
export function ndjsonStream(chunks: AsyncIterable<unknown[]>): Readable {
  async function* lines(): AsyncGenerator<Buffer> {
    let first = true;
    for await (const chunk of chunks) {
      let pending = '';
      for (const document of chunk) {
        pending += (first ? '' : '\n') + stableStringify(document);
        first = false;
        if (pending.length >= FLUSH_BYTES) {
          yield Buffer.from(pending, 'utf8');
          pending = '';
        }
      }
      if (pending.length > 0) yield Buffer.from(pending, 'utf8');
    }
  }
  return Readable.from(lines(), { objectMode: false });
}
