/**
 * A data folder with N generated cases, made once per size and shared by every benchmark that
 * runs at that size. The built server starts once on the empty folder (it creates the schema,
 * the superuser and the default space) and the analysts are created through the users API,
 * so that reporters, commenters and assignees are real profiles the UI can show; then the
 * server stops and write_data.mjs, in a child process, fills the folder.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAuthHeader, startBuiltServer } from '../built_server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const ANALYST_PASSWORD = 'bench-analyst-password';
/** Most active first: documents.mjs gives the first ones most of the work. */
const ANALYSTS = [
  ['ana.lyst', 'Ana Lyst'],
  ['bo.hunter', 'Bo Hunter'],
  ['sam.lead', 'Sam Lead'],
  ['kim.responder', 'Kim Responder'],
  ['lee.forensics', 'Lee Forensics'],
  ['max.intel', 'Max Intel'],
];

const basic = (username, password) => `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;

async function request(url, path, init) {
  const res = await fetch(`${url}${path}`, init);
  const text = await res.text();
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${path}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The superuser and the analysts, each with the profile uid the server gave them (on any store). */
export async function createPeople(url) {
  const me = (authorization) => request(url, '/internal/security/me', { headers: { authorization } });
  const people = [await me(benchAuthHeader)];
  for (const [username, fullName] of ANALYSTS) {
    await request(url, `/internal/security/users/${username}`, {
      method: 'POST',
      headers: { authorization: benchAuthHeader, 'kbn-xsrf': 'bench', 'content-type': 'application/json' },
      body: JSON.stringify({ password: ANALYST_PASSWORD, roles: ['superuser'], full_name: fullName, email: `${username}@example.com` }),
    });
    people.push(await me(basic(username, ANALYST_PASSWORD)));
  }
  // Analysts first: they work most cases; the superuser (`elastic`) now and then.
  const [elastic, ...analysts] = people.map((p) => ({ username: p.username, full_name: p.full_name ?? null, email: p.email ?? null, profile_uid: p.profile_uid }));
  return [...analysts, elastic];
}

function runWriter(options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'write_data.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => {
      err += d;
      if (options.verbose) process.stderr.write(d);
    });
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop())) : reject(new Error(`write_data exited ${code}:\n${err}`))));
  });
}

/**
 * Returns `{ dataDir, cases, report, cases(): [{ id, owner, comments }], remove() }`. The
 * caller removes the folder when done (a million cases take gigabytes).
 */
export async function createSeededFolder({ main, cases, commentsPerCase = 0, verbose = false }) {
  const dataDir = mkdtempSync(join(tmpdir(), `cases-bench-${cases}-`));
  const remove = () => rmSync(dataDir, { recursive: true, force: true });
  try {
    const server = await startBuiltServer(main, dataDir);
    let people;
    try {
      people = await createPeople(server.url);
    } finally {
      await server.stop();
    }
    const idsFile = join(dataDir, 'bench-case-ids.json');
    const report = await runWriter({ dataDir, cases, commentsPerCase, people, idsFile, verbose });
    const storeFiles = readdirSync(dataDir).filter((name) => name.startsWith('cases.sqlite'));
    report.storeMiB = storeFiles.reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0) / 2 ** 20;
    let seeded;
    return {
      dataDir,
      size: cases,
      commentsPerCase,
      report,
      /** Every generated case in number order, read once on first use. */
      seededCases: () => (seeded ??= JSON.parse(readFileSync(idsFile, 'utf8'))),
      remove,
    };
  } catch (error) {
    remove();
    throw error;
  }
}
