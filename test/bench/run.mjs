#!/usr/bin/env node
/**
 * `npm run bench [-- --quick]`: runs every benchmark against the built server, prints one
 * table and writes BENCHMARKS.md with the date, the machine and the exact command.
 * `--quick` runs each scenario briefly so CI keeps the scripts working; its timings are not
 * published and nothing asserts on them.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeMachine } from './machine.mjs';
import { benchStartup } from './startup.mjs';
import { benchUiListRender } from './ui_list_render.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const main = join(root, 'build/server/main.js');
const quick = process.argv.includes('--quick');

function toMarkdownTable(rows) {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(columns), line(columns.map(() => '---')), ...rows.map((r) => line(columns.map((c) => String(r[c] ?? ''))))].join('\n');
}

async function main_() {
  if (!existsSync(main)) throw new Error('build/server/main.js is missing: run `npm run build` first');
  const machine = describeMachine();
  const command = `npm run bench${quick ? ' -- --quick' : ''}`;
  const sections = [{ title: 'Startup', note: 'From process start to the ready line and to the first authenticated answer of GET /api/status, embedded store. Limited by loading the code and opening SQLite; the first start also hashes the superuser password with scrypt.', rows: await benchStartup({ main, runs: quick ? 1 : 5 }) }];
  sections.push({
    title: 'UI',
    note: `Headless Chromium, logged in: from navigating to /app/cases until the first page of rows is in the cases table, with ${quick ? '2,000' : '100,000'} cases in the embedded store (seeded through the built saved-objects layer before the server starts). Cold is the first load after the server starts; p50 and max are over 5 further loads.`,
    rows: await benchUiListRender({ main, quick }),
  });

  for (const s of sections) {
    console.log(`\n${s.title}`);
    console.table(s.rows);
  }
  if (quick) {
    console.log('\n--quick: figures not written to BENCHMARKS.md');
    return;
  }
  const doc = [
    '# Benchmarks',
    '',
    `Measured ${machine.date} on ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}.`,
    `Command: \`${command}\` (after \`npm ci\`; it builds first).`,
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.note, '', toMarkdownTable(s.rows), '']),
  ].join('\n');
  writeFileSync(join(root, 'BENCHMARKS.md'), doc);
  console.log('\nwrote BENCHMARKS.md');
}

main_().catch((e) => {
  console.error(e);
  process.exit(1);
});
