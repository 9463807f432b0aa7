/**
 * Results as the terminal shows them and as BENCHMARKS.md publishes them: a header that says
 * when, on what and by which command; the targets; then one section per area, each a short note
 * on what limits the figures and a table.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { ALERTS_SECTION_TITLE } from './alerts_section.mjs';
import { ELASTICSEARCH_SECTION_TITLE } from './elasticsearch_section.mjs';
import { EXCHANGE_SECTION_TITLE } from './exchange_section.mjs';
import { FILES_SECTION_TITLE } from './files_section.mjs';

function toMarkdownTable(rows) {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (value) => String(value ?? '').replace(/\|/g, '\\|');
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map((r) => line(columns.map((c) => cell(r[c]))))].join('\n');
}

/** `sections`: `[{ title, note, rows }]`. */
export function printSections(sections) {
  for (const s of sections) {
    console.log(`\n${s.title}`);
    console.table(s.rows);
  }
}

const sectionMarkdown = (s) => [`## ${s.title}`, '', s.note, '', toMarkdownTable(s.rows), ''].join('\n');

/** Where `## title` starts and where the next `## ` heading (or the end) is, in lines; undefined if absent. */
function sectionLines(lines, title) {
  const start = lines.indexOf(`## ${title}`);
  if (start < 0) return undefined;
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return { start, end: next < 0 ? lines.length : next };
}

/** The markdown of `## title` up to the next section, as it stands in `markdown`; undefined if absent. */
export function findSection(markdown, title) {
  const lines = markdown.split('\n');
  const at = sectionLines(lines, title);
  return at && `${lines.slice(at.start, at.end).join('\n').trimEnd()}\n`;
}

/** `markdown` with `## title` replaced by `text` (a whole section), or with `text` appended if it had none. */
export function replaceSection(markdown, title, text) {
  const lines = markdown.split('\n');
  const at = sectionLines(lines, title);
  if (!at) return `${markdown.trimEnd()}\n\n${text}`;
  // One blank line after the section, then whatever followed it (or the end of the file).
  return [...lines.slice(0, at.start), ...text.trimEnd().split('\n'), '', ...lines.slice(at.end)].join('\n');
}

/**
 * Rewrites the file with this run's sections. The Elasticsearch section is written only by an
 * `--elasticsearch` run, usually by someone else with a cluster, so it is carried over as is;
 * so are the Alerts, the Files and the Export and import sections when this run left them out (`--sizes`).
 */
export function writeBenchmarksMd(path, { machine, command, sections }) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const carried = [ALERTS_SECTION_TITLE, FILES_SECTION_TITLE, EXCHANGE_SECTION_TITLE, ELASTICSEARCH_SECTION_TITLE].filter((title) => !sections.some((s) => s.title === title));
  const kept = carried.map((title) => findSection(current, title)).filter(Boolean);
  const doc = [
    '# Benchmarks',
    '',
    `Measured ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`,
    `Command: \`${command}\` (after \`npm ci\`; it builds first). Loads run from the same machine over 127.0.0.1, so autocannon shares the cores with the server.`,
    '',
    ...sections.map(sectionMarkdown),
    ...kept,
  ].join('\n');
  writeFileSync(path, doc);
}

function writeOneSection(path, title, section) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  writeFileSync(path, replaceSection(current, title, sectionMarkdown(section)));
}

/** Replaces only the Elasticsearch section of the file (or adds it), leaving the SQLite run's figures as they are. */
export const writeElasticsearchSection = (path, section) => writeOneSection(path, ELASTICSEARCH_SECTION_TITLE, section);

/** Replaces only the Alerts section (an `--alerts` run), leaving every other figure as it is. */
export const writeAlertsSection = (path, section) => writeOneSection(path, ALERTS_SECTION_TITLE, section);

/** Replaces only the Files and similar cases section (an `--files` run), leaving every other figure as it is. */
export const writeFilesSection = (path, section) => writeOneSection(path, FILES_SECTION_TITLE, section);

/** Replaces only the Export and import section (an `--exchange` run), leaving every other figure as it is. */
export const writeExchangeSection = (path, section) => writeOneSection(path, EXCHANGE_SECTION_TITLE, section);
