/**
 * The opaque `version` string. Kibana encodes Elasticsearch's `[_seq_no, _primary_term]` as
 * base64 JSON (`WzEsMV0=`); both backends use that encoding so clients see one format.
 * The SQLite backend puts its per-object write counter in the first slot and 1 in the second.
 */
import { HttpError } from '../errors';

export interface DecodedVersion {
  seqNo: number;
  primaryTerm: number;
}

export const encodeVersion = (seqNo: number, primaryTerm: number): string =>
  Buffer.from(JSON.stringify([seqNo, primaryTerm]), 'utf8').toString('base64');

export function decodeVersion(version: string): DecodedVersion {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(version, 'base64').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 2 ||
    !parsed.every((n) => Number.isInteger(n) && n >= 0)
  ) {
    throw new HttpError(400, `Invalid version [${version}]`);
  }
  return { seqNo: parsed[0], primaryTerm: parsed[1] };
}
