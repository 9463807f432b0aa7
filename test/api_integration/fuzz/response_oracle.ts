/**
 * What every answer must be, whatever was asked: no 5xx, errors in Kibana's three keys and
 * nothing else, no stack frame or file path of ours, and a redirect only to our own origin in
 * ASCII. Returns what is wrong, or nothing.
 */
import { PROJECT_ROOT } from '../../helpers/server_process';
import type { RawResponse } from './raw_client';

const KIBANA_ERROR_KEYS = 'error,message,statusCode';
// A V8 frame (`at fn (/path/file.js:1:2)`, `at node:internal/...`) or one of our file paths.
const STACK_FRAME = /\bat (?:\S+ \()?(?:\/|node:|file:)[^\s)]*:\d+/;
const LEAKS = [PROJECT_ROOT, 'node_modules/', 'node:internal'];

function errorBodyProblem(res: RawResponse): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(res.text);
  } catch {
    return `error body is not JSON: ${res.text.slice(0, 200)}`;
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return `error body is not an object: ${res.text.slice(0, 200)}`;
  const record = body as Record<string, unknown>;
  const keys = Object.keys(record).sort().join();
  if (keys !== KIBANA_ERROR_KEYS) return `error body keys are [${keys}]: ${res.text.slice(0, 200)}`;
  if (record.statusCode !== res.status) return `error body statusCode ${String(record.statusCode)} differs from ${res.status}`;
  if (typeof record.error !== 'string' || typeof record.message !== 'string') return 'error body fields are not strings';
  return undefined;
}

function redirectProblem(res: RawResponse): string | undefined {
  const location = res.headers.location;
  if (typeof location !== 'string') return 'redirect without a location';
  if (!/^\/(?!\/)[\x21-\x7e]*$/.test(location)) return `redirect off our origin or outside ASCII: ${JSON.stringify(location)}`;
  return undefined;
}

export function responseProblem(res: RawResponse): string | undefined {
  if (res.status >= 500) return `${res.status}: ${res.text.slice(0, 300)}`;
  if (STACK_FRAME.test(res.text) || LEAKS.some((leak) => res.text.includes(leak))) return `stack trace or path in body: ${res.text.slice(0, 300)}`;
  if (res.status >= 400) return errorBodyProblem(res);
  if (res.status >= 300 && res.status < 400) return redirectProblem(res);
  return undefined;
}
