/**
 * Generated detection alerts for the alerts benchmark, as ECS documents in the shape the
 * ingest API takes (nested, as Elastic Security writes them). Seeded and drawn in a fixed
 * order, so alert n is the same on every run; only the end of the 30-day window moves with the
 * clock, so that the Alerts page's default time range (the last 30 days) shows them all.
 *
 * The spread is a SOC's: a few noisy rules raise most alerts, a few hosts and users are in
 * most of them (a skewed draw over thousands), recent days are busier, and old alerts are
 * more often acknowledged or closed.
 */
import { ipAddress, seededRandom, sha256, weighted } from './vocabulary.mjs';

const DAY = 86_400_000;
export const ALERT_DAYS = 30;
export const HOST_COUNT = 2_000;
export const USER_COUNT = 1_000;
const SEED = 13;

/** Detection rules, noisiest first: name, severity, risk score, MITRE tactic, what they watch. */
const RULES = [
  ['Unusual Network Connection via RunDLL32', 'medium', 47, 'Defense Evasion', 'network', 'rundll32.exe'],
  ['Suspicious PowerShell Encoded Command', 'high', 73, 'Execution', 'process', 'powershell.exe'],
  ['Multiple Logon Failure Followed by Success', 'medium', 47, 'Credential Access', 'authentication', 'sshd'],
  ['Potential DNS Tunneling via NsLookup', 'low', 21, 'Command and Control', 'network', 'nslookup.exe'],
  ['Execution of File Written or Modified by Microsoft Office', 'high', 73, 'Initial Access', 'process', 'winword.exe'],
  ['Scheduled Task Created by a Windows Script', 'medium', 47, 'Persistence', 'process', 'schtasks.exe'],
  ['Remote File Download via Certutil', 'medium', 47, 'Command and Control', 'process', 'certutil.exe'],
  ['LSASS Memory Dump Creation', 'critical', 99, 'Credential Access', 'file', 'procdump.exe'],
  ['Lateral Movement via PsExec', 'high', 73, 'Lateral Movement', 'process', 'psexesvc.exe'],
  ['Ransomware Note Creation', 'critical', 99, 'Impact', 'file', 'explorer.exe'],
  ['Connection to Tor Exit Node', 'high', 73, 'Command and Control', 'network', 'tor.exe'],
  ['Shadow Copy Deletion via Vssadmin', 'critical', 91, 'Impact', 'process', 'vssadmin.exe'],
  ['Kerberoasting Service Ticket Request', 'high', 68, 'Credential Access', 'authentication', 'lsass.exe'],
  ['Unusual Parent for Cmd Shell', 'low', 21, 'Execution', 'process', 'cmd.exe'],
  ['Mshta Making Network Connections', 'medium', 47, 'Defense Evasion', 'network', 'mshta.exe'],
  ['Web Shell Detected on IIS Server', 'critical', 95, 'Persistence', 'file', 'w3wp.exe'],
].map(([name, severity, risk, tactic, category, process], i) => ({ name, severity, risk, tactic, category, process, uuid: uuidFrom(seededRandom(1000 + i)) }));

const HOST_ROLES = ['ws', 'laptop', 'web', 'db', 'dc', 'mail', 'vpn-gw', 'k8s-node', 'build', 'fileserver'];
const FIRST = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yasmin'];
const LAST = ['smith', 'jones', 'garcia', 'chen', 'kowalski', 'okafor', 'nguyen', 'silva', 'muller', 'rossi'];

/** A v4-looking uuid from a random source. */
function uuidFrom(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 3) | 8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** One name and one id per host (1:1), so a distinct count by either agrees. */
export const hostName = (n) => `${HOST_ROLES[n % HOST_ROLES.length]}-${String(n).padStart(4, '0')}.corp.example`;
const hostId = (n) => uuidFrom(seededRandom(50_000 + n)).replace(/-/g, '');
export const userName = (n) => `${FIRST[n % FIRST.length]}.${LAST[Math.floor(n / FIRST.length) % LAST.length]}${n >= FIRST.length * LAST.length ? Math.floor(n / (FIRST.length * LAST.length)) : ''}`;

/** Index into a list of `size`, the first ones far more likely: power 3 puts about a fifth of the draws on the first 1%. */
const skewed = (random, size, power = 3) => Math.floor(random() ** power * size);

/** Recent days busier: the age in ms of an alert, over `days` ending now. */
const ageMs = (random, days) => Math.floor(random() ** 1.6 * days * DAY);

function workflow(random, ageDays) {
  const closedWeight = 2 + ageDays; // old alerts have mostly been triaged
  return weighted(random, [['open', 70], ['acknowledged', 6], ['closed', closedWeight]]);
}

function alertDocument(random, endMs) {
  const rule = RULES[skewed(random, RULES.length, 2)];
  const hostN = skewed(random, HOST_COUNT);
  const userN = skewed(random, USER_COUNT);
  const age = ageMs(random, ALERT_DAYS);
  const at = new Date(endMs - age).toISOString();
  const status = workflow(random, age / DAY);
  const host = { name: hostName(hostN), id: hostId(hostN), os: { family: hostN % 10 < 7 ? 'windows' : 'linux' } };
  const user = { name: userName(userN) };
  const alert = {
    uuid: uuidFrom(random),
    rule: { name: rule.name, uuid: rule.uuid },
    severity: rule.severity,
    risk_score: rule.risk,
    reason: `${rule.category} event with process ${rule.process}, by ${user.name} on ${host.name} created ${rule.severity} alert ${rule.name}.`,
    workflow_status: status,
    ...(status === 'open' ? {} : { workflow_status_updated_at: new Date(endMs - Math.floor(age * random())).toISOString() }),
  };
  return {
    '@timestamp': at,
    kibana: { alert },
    host,
    user,
    source: { ip: ipAddress(random) },
    destination: { ip: ipAddress(random) },
    process: { name: rule.process, pid: 1000 + Math.floor(random() * 60_000), hash: { sha256: sha256(random) } },
    event: { kind: 'signal', category: [rule.category] },
    threat: { tactic: { name: rule.tactic } },
  };
}

/**
 * The alerts in batches of `batchSize`, and what the bench needs to check its answers about
 * the attached ones (every `attachEvery`-th alert): `{ id, index, timestamp, host, user,
 * status, rule }`, nothing more, so a million alerts do not stay in memory.
 */
export function* alertBatches({ count, batchSize, attachEvery, endMs, index }) {
  const random = seededRandom(SEED);
  for (let start = 0; start < count; start += batchSize) {
    const documents = [];
    const attached = [];
    for (let i = start; i < Math.min(count, start + batchSize); i++) {
      const doc = alertDocument(random, endMs);
      documents.push(doc);
      if (i % attachEvery === 0) {
        const { alert } = doc.kibana;
        attached.push({ id: alert.uuid, index, timestamp: doc['@timestamp'], host: doc.host.name, user: doc.user.name, status: alert.workflow_status, rule: alert.rule });
      }
    }
    yield { documents, attached };
  }
}
