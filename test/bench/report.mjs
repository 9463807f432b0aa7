/**
 * Results as the terminal shows them and as BENCHMARKS.md publishes them: a header that says
 * when, on what and by which command; the targets; then one section per area, each a short note
 * on what limits the figures and a table.
 */
import { writeFileSync } from 'node:fs';

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

export function writeBenchmarksMd(path, { machine, command, sections }) {
  const doc = [
    '# Benchmarks',
    '',
    `Measured ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`,
    `Command: \`${command}\` (after \`npm ci\`; it builds first). Loads run from the same machine over 127.0.0.1, so autocannon shares the cores with the server.`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.note, '', toMarkdownTable(s.rows), '']),
  ].join('\n');
  writeFileSync(path, doc);
}
