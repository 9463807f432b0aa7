/**
 * One piece of host activity in ECS: a process start, a network connection, a DNS query or a
 * file creation, by a user on a host of the world. Events are these as they are; an alert is
 * one of these that a rule matched, with the rule's fields added.
 */
import { ALL_DOMAINS, runsOn, type SampleHost, type SampleWorld } from './world';
import { MALICIOUS_DOMAINS, PROCESSES, type ProcessTemplate, type Trigger } from './catalog';
import { seededRandom, seedOf, type Random } from './random';

export interface Activity {
  trigger: Trigger;
  host: SampleHost;
  user: string;
  process: ProcessTemplate;
  /** The ECS fields of the activity (no timestamp, no id). */
  fields: Record<string, unknown>;
  /** What a reason says after "… event with": `process x, parent process y` and the like. */
  summary: string;
}

const EVENT_SHAPE: Record<Trigger, { category: string; type: string; action: string; dataset: string }> = {
  process: { category: 'process', type: 'start', action: 'start', dataset: 'endpoint.events.process' },
  network: { category: 'network', type: 'connection', action: 'connection_attempted', dataset: 'endpoint.events.network' },
  dns: { category: 'network', type: 'protocol', action: 'lookup_requested', dataset: 'endpoint.events.network' },
  file: { category: 'file', type: 'creation', action: 'creation', dataset: 'endpoint.events.file' },
};

const hashOf = (name: string) => seededRandom(seedOf(`hash:${name}`)).hex(64);

/** The hosts that can run a process; every template runs somewhere in the world. */
export function hostsFor(world: SampleWorld, template: ProcessTemplate): SampleHost[] {
  const hosts = world.hosts.filter((host) => runsOn(template, host.kind));
  return hosts.length > 0 ? hosts : world.hosts;
}

export function buildActivity(random: Random, world: SampleWorld, trigger: Trigger, processKey: string, malicious: boolean): Activity {
  const process = PROCESSES[processKey];
  const host = random.pick(hostsFor(world, process));
  const user = host.kind === 'windows' || random.next() < 0.7 ? random.pick(world.users) : 'root';
  const file = random.pick(world.files);
  const domain = malicious ? random.pick(MALICIOUS_DOMAINS) : random.pick(ALL_DOMAINS);
  const lateral = processKey === 'psexec' || processKey === 'wmic';
  const peer = lateral ? random.pick(world.hosts).ip : random.pick(world.externalIps);
  const commandLine = process.commandLine.replace('{domain}', domain).replace('{ip}', peer).replace('{user}', user.split('.')[0]).replace('{file}', file.name);
  const pid = random.int(400, 65_000);
  const shape = EVENT_SHAPE[trigger];
  const url = /https?:\/\/\S+/.exec(commandLine)?.[0];
  const fields: Record<string, unknown> = {
    event: { kind: 'event', category: [shape.category], type: [shape.type], action: shape.action, module: 'endpoint', dataset: shape.dataset },
    host: { name: host.name, id: host.id, ip: [host.ip], os: host.os },
    user: host.kind === 'windows' ? { name: user, domain: 'CORP' } : { name: user },
    process: {
      name: process.name,
      executable: process.executable,
      pid,
      command_line: commandLine,
      hash: { sha256: hashOf(process.name) },
      parent: { name: process.parent, pid: random.int(100, pid) },
    },
    ...(url ? { url: { full: url } } : {}),
  };
  let summary = `process ${process.name}, parent process ${process.parent}`;
  if (trigger === 'network') {
    const port = lateral ? random.pick([445, 135]) : random.pick([443, 80, 8080, 4444]);
    const sourcePort = random.int(49_152, 65_535);
    fields.source = { ip: host.ip, port: sourcePort };
    fields.destination = { ip: peer, port };
    fields.network = { transport: 'tcp', direction: 'egress' };
    summary = `process ${process.name}, source ${host.ip}:${sourcePort}, destination ${peer}:${port}`;
  } else if (trigger === 'dns') {
    fields.dns = { question: { name: domain, type: 'A' }, resolved_ip: [random.pick(world.externalIps)] };
    summary = `process ${process.name}, dns query ${domain}`;
  } else if (trigger === 'file') {
    const path = host.kind === 'windows' ? `C:\\Users\\Public\\${file.name}` : `/tmp/${file.name}`;
    fields.file = { name: file.name, path, hash: { md5: file.md5, sha1: file.sha1, sha256: file.sha256 } };
    summary = `process ${process.name}, file ${file.name}`;
  }
  fields.message = `${shape.category} event with ${summary}, by ${user} on ${host.name}`;
  return { trigger, host, user, process, fields, summary };
}
