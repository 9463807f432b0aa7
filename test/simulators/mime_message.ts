/**
 * Just enough MIME to read what nodemailer sends (test-only; mailparser is not a dependency):
 * unfolded headers with RFC 2047 encoded words, 7bit / quoted-printable / base64 bodies, and
 * nested multipart bodies, from which the first text/plain and text/html parts are taken.
 */

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text?: string;
  html?: string;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** `=?UTF-8?Q?...?=` and `=?UTF-8?B?...?=`, adjacent words joined without the space between them. */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, charset: string, encoding: string, data: string) => {
      const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : qpBytes(data.replace(/_/g, ' '));
      return bytes.toString(charset.toLowerCase() === 'utf-8' ? 'utf8' : 'latin1');
    });
}

function qpBytes(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes);
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function splitPart(raw: string): Part {
  const match = /\r?\n\r?\n/.exec(raw);
  if (!match) return { headers: parseHeaders(raw), body: '' };
  return { headers: parseHeaders(raw.slice(0, match.index)), body: raw.slice(match.index + match[0].length) };
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return qpBytes(part.body.replace(/=\r?\n/g, '')).toString('utf8');
  return part.body;
}

const param = (header: string, name: string) => new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header)?.[1];

/** The leaf parts of a (possibly nested) multipart body, in order. */
function leaves(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (!type.toLowerCase().startsWith('multipart/') || boundary === undefined) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1);
  return sections.filter((s) => !s.startsWith('--')).flatMap((s) => leaves(splitPart(s.replace(/^\r?\n/, ''))));
}

const trimTrailingNewline = (text: string) => text.replace(/\r?\n$/, '');

export function parseMail(raw: string): ParsedMail {
  const root = splitPart(raw);
  const parts = leaves(root);
  const ofType = (type: string) => parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(type));
  const text = ofType('text/plain');
  const html = ofType('text/html');
  return {
    headers: root.headers,
    subject: decodeWords(root.headers.get('subject') ?? ''),
    text: text && trimTrailingNewline(decodeBody(text).replace(/\r\n/g, '\n')),
    html: html && trimTrailingNewline(decodeBody(html).replace(/\r\n/g, '\n')),
  };
}
