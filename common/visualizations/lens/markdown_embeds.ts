/**
 * Lens visualizations embedded in a comment's markdown, as Kibana's comment editor writes them:
 * `!{lens{"timeRange":{...},"attributes":{...}}}`: the marker, one JSON object, and the `}` that
 * closes the marker. The object's end is found by counting braces outside JSON strings, so a
 * title holding `}` does not cut it short. Markdown code (fenced blocks, inline code spans)
 * shows its text as written, so a marker there is not an embed.
 *
 * An embed that does not parse is still returned, with `config: null` and the reason, so the
 * comment can show a panel in its place instead of raw JSON.
 */
import type { AbsoluteTimeRange } from '../definition';
import { isRecord } from './unknown_value';

export const LENS_EMBED_MARKER = '!{lens';

export interface LensEmbedConfig {
  timeRange?: { from: string; to: string; mode?: string };
  attributes: unknown;
}

export interface LensEmbed {
  /** Offset of the marker in the markdown. */
  start: number;
  /** Offset just past the embed (past its closing `}` when it has one). */
  end: number;
  config: LensEmbedConfig | null;
  error?: string;
}

/** Offset just past the JSON object opening at `open`, or -1 when it never closes. */
function scanObject(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function readConfig(json: string): { config: LensEmbedConfig } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { error: `The Lens embed is not valid JSON: ${(e as Error).message}` };
  }
  if (!isRecord(parsed)) return { error: 'The Lens embed is not a JSON object' };
  if (!isRecord(parsed.attributes)) return { error: 'The Lens embed has no attributes' };
  const config: LensEmbedConfig = { attributes: parsed.attributes };
  const range = parsed.timeRange;
  if (range !== undefined) {
    if (!isRecord(range) || typeof range.from !== 'string' || typeof range.to !== 'string') {
      return { error: 'The Lens embed has a time range without from and to' };
    }
    config.timeRange = { from: range.from, to: range.to, ...(typeof range.mode === 'string' ? { mode: range.mode } : {}) };
  }
  return { config };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

function readEmbed(text: string, start: number): LensEmbed {
  const open = start + LENS_EMBED_MARKER.length;
  if (text[open] !== '{') return { start, end: open, config: null, error: `Expected a JSON object after ${LENS_EMBED_MARKER}` };
  const close = scanObject(text, open);
  // A broken object takes the rest of its line, which is all Kibana ever writes on one.
  if (close === -1) return { start, end: lineEnd(text, open), config: null, error: 'The Lens embed is not closed' };
  if (text[close] !== '}') return { start, end: close, config: null, error: `The Lens embed is not closed with '}'` };
  const read = readConfig(text.slice(open, close));
  return 'config' in read ? { start, end: close + 1, config: read.config } : { start, end: close + 1, config: null, error: read.error };
}

/** Where the code fence opening at a line start ends (past its closing line), or -1 when none opens there. */
function fenceEnd(text: string, lineStart: number): number {
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(text.slice(lineStart, lineEnd(text, lineStart)));
  if (!opening) return -1;
  const fence = opening[1];
  let at = lineEnd(text, lineStart) + 1;
  while (at <= text.length) {
    const line = text.slice(at, lineEnd(text, at));
    if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line)) return lineEnd(text, at);
    if (at >= text.length) break;
    at = lineEnd(text, at) + 1;
  }
  return text.length;
}

/** Where the inline code span opening at `at` ends, or -1 when its backticks are never matched. */
function codeSpanEnd(text: string, at: number): number {
  let run = 0;
  while (text[at + run] === '`') run++;
  let search = at + run;
  while (search < text.length) {
    const next = text.indexOf('`'.repeat(run), search);
    if (next === -1) return -1;
    let length = 0;
    while (text[next + length] === '`') length++;
    if (length === run) return next + run;
    search = next + length;
  }
  return -1;
}

export function findLensEmbeds(markdown: string): LensEmbed[] {
  const embeds: LensEmbed[] = [];
  let i = 0;
  while (i < markdown.length) {
    const atLineStart = i === 0 || markdown[i - 1] === '\n';
    if (atLineStart) {
      const fenced = fenceEnd(markdown, i);
      if (fenced !== -1) {
        i = fenced + 1;
        continue;
      }
    }
    const c = markdown[i];
    if (c === '`') {
      const spanEnd = codeSpanEnd(markdown, i);
      if (spanEnd !== -1) {
        i = spanEnd;
        continue;
      }
      // Unmatched backticks are literal text.
      while (markdown[i] === '`') i++;
      continue;
    }
    if (c === '!' && markdown.startsWith(LENS_EMBED_MARKER, i)) {
      const embed = readEmbed(markdown, i);
      embeds.push(embed);
      i = embed.end;
      continue;
    }
    i++;
  }
  return embeds;
}

/** The embed Kibana's comment editor would write for this visualization, on one line. */
export function lensEmbedMarkdown(config: { timeRange: AbsoluteTimeRange; attributes: unknown }): string {
  const body = { timeRange: { from: config.timeRange.from, to: config.timeRange.to, mode: 'absolute' }, attributes: config.attributes };
  return `${LENS_EMBED_MARKER}${JSON.stringify(body)}}`;
}
