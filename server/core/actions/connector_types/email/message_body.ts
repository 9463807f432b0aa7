/**
 * The bodies of a mail. Kibana appends a footer to the text and, when no HTML is given, renders
 * the text as markdown. We render no markdown (no markdown library on the server): the HTML
 * part is the text itself, escaped, in paragraphs, so a mail client that prefers HTML shows the
 * same words and a message can never inject markup.
 */

/** Kibana's divider and words; with no link, since a connector type does not know server.publicBaseUrl. */
const FOOTER_DIVIDER = '\n\n---\n\n';
export const EMAIL_FOOTER = 'This message was sent by Elastic.';

export const withFooter = (message: string): string => `${message}${FOOTER_DIVIDER}${EMAIL_FOOTER}`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Blank lines separate paragraphs; single line breaks stay line breaks. */
export function htmlOfText(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split(/\r?\n/).map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
}
