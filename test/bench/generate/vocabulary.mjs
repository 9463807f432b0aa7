/**
 * What generated cases and comments are written with. Real case text is skewed: a few words
 * ("suspicious", "login") are in most cases and most words in few, and it is full of tokens
 * that are nearly unique (hosts, addresses, hashes). Both shape the full-text index, so the
 * words are drawn with a Zipf-like law and the identifiers from large spaces.
 */

/** A small deterministic generator (mulberry32): the same data on every run, so runs compare. */
export function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Most frequent first: the i-th word is drawn with weight 1 / (i + 1). Singular forms only, so
 * that the share of cases a word is in can be counted by exact tokens (the store's tokenizer
 * does not stem).
 */
const WORDS = `
suspicious login alert user process host detected activity network file
access account connection endpoint malware powershell execution credential outbound domain
rule email server failed admin attempt service remote script traffic
unusual command blocked session phishing privilege registry download token certificate
policy password scheduled task external attachment dns lateral movement firewall
persistence beacon sandbox quarantine indicator mailbox proxy vpn payload binary
cloud bucket storage api key rotation anomaly spike brute force
encoded shell child parent spawned unsigned driver kernel module injection
exfiltration archive upload transfer compressed staging exploit vulnerability patch ransomware
macro document office browser extension cookie hijack impossible travel geolocation
mfa fatigue push denied approved okta azure entra tenant consent
oauth application grant role assignment iam escalation container kubernetes pod
namespace image artifact pipeline runner secret leaked repository commit webhook
tunnel tor proxychains ngrok cobalt strike mimikatz lsass dump kerberoasting
ticket golden silver delegation ntlm relay smb share enumeration discovery
reconnaissance scanning port sweep nmap masscan crawler bot scraper credentialstuffing
wiper bootkit rootkit keylogger stealer loader dropper trojan worm botnet
c2 callback jitter dga sinkhole resolver txt record exfil icmp
beaconing heartbeat telemetry gap agent offline tampering disabled uninstall defender
edr exclusion whitelist allowlist baseline deviation entropy obfuscated base64 xor
wmi psexec winrm rdp ssh bastion jump pivot tunneling socks
insider departing employee usb removable printer screenshot clipboard watermark dlp
gdpr pii pci hipaa retention legal hold escalated triage containment eradication
recovery postmortem lessons tabletop playbook runbook automation enrichment false positive
`
  .trim()
  .split(/\s+/);

export const VOCABULARY_SIZE = WORDS.length;

/** The text-search scenarios' word: mid-frequency, in roughly one case in ten (measured and published by the generator). */
export const SEARCH_WORD = 'ransomware';

const TOKEN = /[\p{L}\p{N}\p{M}\p{Co}]+/gu;

/** Whether `text` holds `word` as a whole token, as the stores' tokenizers split text. */
export const mentionsWord = (text, word) => (text.toLowerCase().match(TOKEN) ?? []).includes(word);

/** Cumulative weights for a Zipf-like draw over `items`, most likely first. */
function zipf(items, exponent = 1) {
  const cumulative = [];
  let total = 0;
  items.forEach((_, i) => cumulative.push((total += 1 / (i + 1) ** exponent)));
  return (random) => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

const drawWord = zipf(WORDS);
export const words = (random, count) => Array.from({ length: count }, () => drawWord(random)).join(' ');

const HOST_ROLES = ['web', 'db', 'dc', 'vpn-gw', 'mail', 'k8s-node', 'laptop', 'ws', 'jump', 'build', 'fileserver', 'proxy'];
const FIRST_NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yasmin'];
const PROCESSES = ['powershell.exe', 'cmd.exe', 'rundll32.exe', 'regsvr32.exe', 'mshta.exe', 'wscript.exe', 'certutil.exe', 'bash', 'curl', 'python3', 'svchost.exe', 'schtasks.exe'];

const pick = (random, list) => list[Math.floor(random() * list.length)];
const int = (random, below) => Math.floor(random() * below);

/** Thousands of distinct hosts, a few of them busy. */
export const host = (random) => `${pick(random, HOST_ROLES)}-${String(Math.floor(random() ** 3 * 2000)).padStart(3, '0')}`;
export const accountName = (random) => `${pick(random, FIRST_NAMES)}.${int(random, 400)}`;
export const ipAddress = (random) => (random() < 0.7 ? `10.${int(random, 256)}.${int(random, 256)}.${int(random, 256)}` : `${1 + int(random, 223)}.${int(random, 256)}.${int(random, 256)}.${int(random, 256)}`);
export const sha256 = (random) => Array.from({ length: 8 }, () => (int(random, 2 ** 32) >>> 0).toString(16).padStart(8, '0')).join('');
export const processName = (random) => pick(random, PROCESSES);

/** Draws from a fixed list with given weights: `weighted(random, [['open', 5], ['closed', 3]])`. */
export function weighted(random, choices) {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let target = random() * total;
  for (const [value, weight] of choices) {
    if ((target -= weight) < 0) return value;
  }
  return choices[choices.length - 1][0];
}

const TAGS = [
  'phishing', 'malware', 'endpoint', 'network', 'cloud', 'identity', 'p2', 'p1', 'p3', 'customer', 'insider', 'false-positive',
  'mitre:T1059', 'mitre:T1566', 'mitre:T1078', 'mitre:T1021', 'mitre:T1486', 'mitre:T1003', 'mitre:T1071', 'mitre:T1110',
  'edr', 'siem', 'threat-intel', 'vip', 'pci', 'gdpr', 'after-hours', 'weekend', 'escalated', 'needs-review',
  'aws', 'azure', 'gcp', 'k8s', 'okta', 'o365', 'vpn', 'dns', 'email', 'usb',
];
const drawTag = zipf(TAGS);
/** The tags the filter scenarios use: the common ones, as people filter on those. */
export const COMMON_TAGS = TAGS.slice(0, 8);
export const tags = (random) => [...new Set(Array.from({ length: weighted(random, [[0, 2], [1, 4], [2, 3], [3, 2], [4, 1]]) }, () => drawTag(random)))];

export const CATEGORIES = [
  [null, 30], ['Malware', 20], ['Phishing', 15], ['Intrusion', 10], ['Credential access', 8], ['Data leak', 6],
  ['Policy violation', 5], ['Denial of service', 3], ['Insider threat', 2], ['Vulnerability', 1],
];
