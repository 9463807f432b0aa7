/**
 * The entities every sample alert and event is drawn from, built once per seed: about 40 hosts,
 * 30 users, internal and external addresses, files with hashes. Alerts and events pick from the
 * same world, so pivoting from an alert's host or user finds that host's events.
 */
import {
  BENIGN_DOMAINS,
  EXTERNAL_NETWORKS,
  FIRST_NAMES,
  HOST_PREFIXES,
  LAST_NAMES,
  MALICIOUS_DOMAINS,
  OS_BY_PREFIX,
  PROCESSES,
  SERVICE_ACCOUNTS,
  type ProcessTemplate,
} from './catalog';
import type { Random } from './random';

export type OsKind = 'windows' | 'linux' | 'macos';

export interface SampleHost {
  name: string;
  id: string;
  ip: string;
  kind: OsKind;
  os: { name: string; family: string; version: string; type: OsKind };
}

export interface SampleFile {
  name: string;
  md5: string;
  sha1: string;
  sha256: string;
}

export interface SampleWorld {
  hosts: SampleHost[];
  users: string[];
  externalIps: string[];
  files: SampleFile[];
  /** Where bursts happen: days ago (fractional) and the rule index that fires in them. */
  bursts: Array<{ daysAgo: number; rule: number }>;
}

export const HOST_COUNT = 40;
export const USER_COUNT = 30;

const kindOf = (family: string): OsKind => (family === 'windows' ? 'windows' : family === 'darwin' ? 'macos' : 'linux');

/** Which hosts can run a process: Windows binaries on Windows, the rest on Linux and macOS (osascript on macOS only). */
export function runsOn(template: ProcessTemplate, kind: OsKind): boolean {
  if (template.executable.startsWith('C:')) return kind === 'windows';
  if (template.name === 'osascript') return kind === 'macos';
  return kind !== 'windows';
}

function buildHosts(random: Random): SampleHost[] {
  const hosts: SampleHost[] = [];
  const names = new Set<string>();
  while (hosts.length < HOST_COUNT) {
    const prefix = random.weighted(HOST_PREFIXES.map((p) => [p, p.startsWith('WIN') ? 4 : p === 'mac' ? 2 : 1] as const));
    const name = prefix === 'mac' ? `mac-${random.pick(FIRST_NAMES)}` : `${prefix}-${String(random.int(1, prefix.startsWith('WIN') ? 250 : 12)).padStart(prefix.startsWith('WIN') ? 4 : 2, '0')}`;
    if (names.has(name)) continue;
    names.add(name);
    const os = OS_BY_PREFIX[prefix];
    const kind = kindOf(os.family);
    hosts.push({ name, id: random.hex(32), ip: `10.${random.int(10, 40)}.${random.int(0, 255)}.${random.int(2, 254)}`, kind, os: { ...os, type: kind } });
  }
  return hosts;
}

function buildUsers(random: Random): string[] {
  const users = new Set<string>(SERVICE_ACCOUNTS);
  while (users.size < USER_COUNT) users.add(`${random.pick(FIRST_NAMES)}.${random.pick(LAST_NAMES)}`);
  return [...users];
}

const FILE_NAMES = ['update.bin', 'invoice_2024.pdf.exe', 'payload.dll', 'svchost-update.exe', 'readme_decrypt.txt', 'backup.ps1', 'agent.sh', 'Q3_report.xlsm'];

export function buildWorld(random: Random): SampleWorld {
  return {
    hosts: buildHosts(random),
    users: buildUsers(random),
    externalIps: Array.from({ length: 20 }, () => `${random.pick(EXTERNAL_NETWORKS)}.${random.int(2, 254)}`),
    files: FILE_NAMES.map((name) => ({ name, md5: random.hex(32), sha1: random.hex(40), sha256: random.hex(64) })),
    bursts: [
      { daysAgo: 1 + random.next() * 2, rule: 13 },
      { daysAgo: 8 + random.next() * 3, rule: 8 },
      { daysAgo: 18 + random.next() * 5, rule: 1 },
    ],
  };
}

export const PROCESS_NAMES = Object.keys(PROCESSES);
export const ALL_DOMAINS = [...MALICIOUS_DOMAINS, ...BENIGN_DOMAINS];
