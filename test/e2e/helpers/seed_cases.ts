/**
 * A queue as a SOC team has it after a busy week: thirty cases with titles as analysts write them
 * (many longer than 60 characters), zero to six tags, every severity, two assignees, some cases in
 * progress or closed, and one case with a discussion. The layout flows measure the UI against it.
 */
import type { ServerProcess } from '../../helpers/server_process';
import { addCommentThroughApi, api, createCaseThroughApi, type SeededCase } from './cases_app';

const TITLES = [
  'Encoded PowerShell spawned by winword.exe on FIN-WS-0231 after a phishing attachment was opened',
  'Impossible travel: j.doe signed in from Lisbon and Singapore within 14 minutes',
  'Outbound beaconing every 60 s from web-01 to a newly registered domain (cdn-sync-update.net)',
  'Brute force against the VPN gateway',
  'LSASS memory read by an unsigned binary on DC-02: possible credential dumping',
  'Mass file renames with .lockbit extension on the finance share \\\\fs-03\\finance',
  'Suspicious OAuth consent granted to "Mail Sync Pro" by three users in HR',
  'Port scan from the guest Wi-Fi',
  'New local administrator created on 14 workstations outside the change window',
  'Data exfiltration suspected: 4.2 GB uploaded to a personal cloud drive from a build server',
  'Defender disabled through registry on LAP-0917',
  'Kerberoasting: 212 TGS requests for service accounts from one host in two minutes',
  'Phishing campaign impersonating the payroll provider, 37 recipients, 4 clicks',
  'Web shell uploaded to the intranet CMS through an outdated file-manager plugin',
  'Anomalous DNS TXT queries',
  'Scheduled task persistence "GoogleUpdateTaskMachineQA" with a payload in %APPDATA%',
  'Privileged role assigned to a guest account in the cloud tenant without a ticket',
  'Crypto-miner on Kubernetes node pool-b-7 after an exposed dashboard was found',
  'SQL injection attempts against the customer portal login (WAF blocked 1,204 requests)',
  'Lateral movement via PsExec from IT-JUMP-01 to twelve servers during the night shift',
  'USB mass storage on a kiosk',
  'Password spraying against Office 365 from a residential proxy network across 9 countries',
  'Rogue DHCP server on VLAN 40',
  'Archive with macro-enabled documents delivered through a compromised supplier mailbox',
  'Service account svc_backup logged on interactively at 03:12 on a workstation',
  'Tor exit node traffic from the engineering subnet',
  'EDR sensor offline on 31 endpoints since the weekend patch run, cause still unknown',
  'Suspicious child process of the Java updater: cmd.exe /c whoami && net group "domain admins"',
  'Expired TLS certificate on the SIEM ingest endpoint',
  'Insider: bulk download of the customer CRM export by a departing sales engineer',
];

const TAG_POOL = ['phishing', 'malware', 'credential-access', 'lateral-movement', 'exfiltration', 'persistence', 't1059', 't1003', 'cloud', 'edr', 'network', 'insider'];
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const CATEGORIES = ['Malware', 'Phishing', 'Account compromise', null];

export interface SeededQueue {
  cases: SeededCase[];
  /** The case the case-view checks open: the longest title, six tags, assignees and comments. */
  showcase: SeededCase;
}

async function createAnalyst(server: ServerProcess, username: string, fullName: string): Promise<string> {
  await api(server, 'POST', `/internal/security/users/${username}`, { password: 'analyst-pass-1', roles: ['superuser'], full_name: fullName });
  const [profile] = await api<Array<{ uid: string }>>(server, 'POST', '/internal/cases/_suggest_user_profiles', { name: username, owners: ['securitySolution'] });
  return profile.uid;
}

async function setStatus(server: ServerProcess, seeded: SeededCase, status: 'in-progress' | 'closed') {
  await api(server, 'PATCH', '/api/cases', { cases: [{ id: seeded.id, version: seeded.version, status }] });
}

export async function seedRealisticQueue(server: ServerProcess): Promise<SeededQueue> {
  const analysts = [await createAnalyst(server, 'adefreitas', 'Ana de Freitas'), await createAnalyst(server, 'mkowalski', 'Marek Kowalski')];
  const cases: SeededCase[] = [];
  for (const [i, title] of TITLES.entries()) {
    const tagCount = i % 7; // 0 to 6 tags
    const seeded = await createCaseThroughApi(server, {
      title,
      description: `Raised from the alert queue.\n\n- first seen: host of record in the title\n- ticket: SOC-${4100 + i}`,
      tags: TAG_POOL.slice(i % 5, (i % 5) + tagCount),
      severity: SEVERITIES[i % SEVERITIES.length],
      category: CATEGORIES[i % CATEGORIES.length],
      assignees: i % 3 === 0 ? [{ uid: analysts[0] }, { uid: analysts[1] }] : i % 3 === 1 ? [{ uid: analysts[i % 2] }] : [],
    });
    cases.push(seeded);
    if (i % 6 === 5) await setStatus(server, seeded, 'closed');
    else if (i % 4 === 3) await setStatus(server, seeded, 'in-progress');
  }
  // Made last, so it tops the list (newest first): the row whose title and tags are measured.
  const showcase = await createCaseThroughApi(server, {
    title: 'Ransomware precursor: Cobalt Strike beacon and AdFind discovery on FIN-SRV-12 and FIN-SRV-14',
    description: 'Two finance servers show **Cobalt Strike** beacons and `AdFind.exe` runs.\n\n- EDR alert 88121\n- [T1087](https://attack.mitre.org/techniques/T1087/)',
    tags: ['ransomware', 'cobalt-strike', 'discovery', 't1087', 'finance', 'priority-1'],
    severity: 'critical',
    category: 'Malware',
    assignees: [{ uid: analysts[0] }, { uid: analysts[1] }],
  });
  await addCommentThroughApi(server, showcase.id, 'Isolated FIN-SRV-12 and FIN-SRV-14 through the EDR console.');
  await addCommentThroughApi(server, showcase.id, 'Beacon config extracted: C2 `185.220.101.4:443`, sleep 45 s, jitter 20 %. Blocked on the firewall.');
  await addCommentThroughApi(server, showcase.id, '> AdFind ran as svc_reporting\n\nPassword reset and the account is disabled until the owner confirms.');
  cases.push(showcase);
  return { cases, showcase };
}
