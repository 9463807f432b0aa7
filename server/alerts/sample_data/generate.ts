/**
 * Sample alerts and events for one space. Every document is derived from (space, kind, its
 * position) alone, so the first N of a set are the same whatever N is: loading again finds
 * them stored (ingest is idempotent on ids) and only adds what is missing. Times spread over
 * SAMPLE_DATA_DAYS days ending `now`, recent days busier, with a few bursts of one rule across
 * many hosts, as a worm or a phishing wave looks.
 */
import { SAMPLE_DATA_DAYS } from '../../../common/constants';
import { buildActivity } from './activity';
import { PROCESSES, RULES, type SampleRule, type Trigger } from './catalog';
import { seededRandom, seedOf, type Random } from './random';
import { buildWorld, PROCESS_NAMES, type SampleWorld } from './world';

const DAY_MS = 86_400_000;
const BURST_SHARE = 0.15;
const CLOSE_REASONS = ['false_positive', 'issue_resolved', 'acceptable_risk', 'duplicate'] as const;

export interface SampleDataOptions {
  spaceId: string;
  alerts: number;
  events: number;
  now: Date;
}

/** How long ago an item happened: density falling linearly with age, or inside a burst. */
function daysAgo(random: Random, world: SampleWorld): { days: number; burst?: number } {
  if (random.next() < BURST_SHARE) {
    const burst = random.int(0, world.bursts.length - 1);
    return { days: world.bursts[burst].daysAgo + random.next() / 24, burst };
  }
  return { days: SAMPLE_DATA_DAYS * (1 - Math.sqrt(1 - random.next())) };
}

const iso = (now: Date, days: number) => new Date(now.getTime() - Math.min(days, SAMPLE_DATA_DAYS - 1e-6) * DAY_MS).toISOString();

/** Low and medium rules fire most; critical ones rarely. */
const RULE_WEIGHTS = RULES.map((rule, i) => [i, { low: 5, medium: 4, high: 2, critical: 1 }[rule.severity]] as const);

function buildEvent(options: SampleDataOptions, world: SampleWorld, i: number): Record<string, unknown> {
  const random = seededRandom(seedOf(`${options.spaceId}:event:${i}`));
  const id = random.uuid();
  const trigger = random.weighted<Trigger>([['process', 40], ['network', 25], ['dns', 20], ['file', 15]]);
  const activity = buildActivity(random, world, trigger, random.pick(PROCESS_NAMES), random.next() < 0.1);
  const { days } = daysAgo(random, world);
  const fields = activity.fields as { event: Record<string, unknown> };
  return { '@timestamp': iso(options.now, days), ...activity.fields, event: { ...fields.event, id } };
}

function workflow(random: Random, days: number, timestamp: string): Record<string, unknown> {
  // Older alerts have more often been triaged.
  const roll = random.next();
  const closed = roll < (days > 3 ? 0.3 : 0.05);
  const acknowledged = !closed && roll < (days > 3 ? 0.45 : 0.12);
  if (!closed && !acknowledged) return { workflow_status: 'open' };
  const updatedAt = new Date(Date.parse(timestamp) + random.int(10, 48 * 60) * 60_000).toISOString();
  return {
    workflow_status: closed ? 'closed' : 'acknowledged',
    workflow_status_updated_at: updatedAt,
    ...(closed ? { workflow_reason: random.pick(CLOSE_REASONS) } : {}),
  };
}

function ruleFields(rule: SampleRule) {
  const tactic = { ...rule.tactic, reference: `https://attack.mitre.org/tactics/${rule.tactic.id}/` };
  const technique = { ...rule.technique, reference: `https://attack.mitre.org/techniques/${rule.technique.id.replace('.', '/')}/` };
  return {
    threat: { framework: 'MITRE ATT&CK', tactic, technique },
    rule: {
      name: rule.name,
      uuid: rule.uuid,
      rule_id: rule.uuid,
      category: 'Custom Query Rule',
      rule_type_id: 'siem.queryRule',
      severity: rule.severity,
      risk_score: rule.riskScore,
      threat: [{ framework: 'MITRE ATT&CK', tactic, technique: [technique] }],
    },
  };
}

function buildAlert(options: SampleDataOptions, world: SampleWorld, i: number): Record<string, unknown> {
  const random = seededRandom(seedOf(`${options.spaceId}:alert:${i}`));
  const uuid = random.uuid();
  const when = daysAgo(random, world);
  const rule = RULES[when.burst === undefined ? random.weighted(RULE_WEIGHTS) : world.bursts[when.burst].rule];
  const processKey = random.pick(rule.processes.filter((key) => PROCESSES[key]));
  const activity = buildActivity(random, world, rule.trigger, processKey, true);
  const timestamp = iso(options.now, when.days);
  const { threat, rule: kibanaRule } = ruleFields(rule);
  const category = rule.trigger === 'file' ? 'file' : rule.trigger === 'process' ? 'process' : 'network';
  const reason = `${category} event with ${activity.summary}, by ${activity.user} on ${activity.host.name} created ${rule.severity} alert ${rule.name}.`;
  const { event, message: _message, ...ecs } = activity.fields as { event: Record<string, unknown>; message: string };
  return {
    '@timestamp': timestamp,
    ...ecs,
    event: { ...event, kind: 'signal' },
    threat,
    kibana: {
      space_ids: [options.spaceId],
      alert: {
        uuid,
        status: 'active',
        severity: rule.severity,
        risk_score: rule.riskScore,
        reason,
        original_time: timestamp,
        depth: 1,
        rule: kibanaRule,
        ...workflow(random, when.days, timestamp),
      },
    },
  };
}

export function generateSampleData(options: SampleDataOptions): { alerts: Array<Record<string, unknown>>; events: Array<Record<string, unknown>> } {
  const world = buildWorld(seededRandom(seedOf(`${options.spaceId}:world`)));
  return {
    alerts: Array.from({ length: options.alerts }, (_, i) => buildAlert(options, world, i)),
    events: Array.from({ length: options.events }, (_, i) => buildEvent(options, world, i)),
  };
}
