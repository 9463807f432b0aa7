/**
 * A case's time per stage, replayed from its status user actions (Kibana's lifespan rules): the
 * case starts open at its creation; each status change adds the time since the previous change
 * to the stage the case was leaving; the time since the last change runs on to now; time spent
 * closed counts nowhere; leaving closed for any other stage is a reopening. Registered statuses
 * count toward their stage. Durations are milliseconds, as Kibana reports them.
 */
import type { CaseStage } from '../../../common/constants';
import { caseStatuses } from '../../../common/registries/case_statuses';
import type { CaseStatusInfo } from '../../../common/types/api/metrics';

export interface StatusChange {
  status: string;
  created_at: string;
}

const validTime = (iso: string): number | undefined => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : ms;
};

/** A change whose status nobody registered (a status removed since) is skipped, like a malformed one. */
const stageOrSkip = (status: string): CaseStage | undefined => caseStatuses.get(status)?.stage;

export function replayStatusInfo(changes: readonly StatusChange[], createdAt: string, now: number): CaseStatusInfo {
  const opened = validTime(createdAt);
  if (opened === undefined) throw new Error(`The case created_at value is not a valid timestamp: ${createdAt}`);
  const durations: Record<CaseStage, number> = { open: 0, 'in-progress': 0, closed: 0 };
  const reopenDates: string[] = [];
  let stage: CaseStage = 'open';
  let since = opened;
  for (const change of changes) {
    const at = validTime(change.created_at);
    const next = stageOrSkip(change.status);
    if (at === undefined || next === undefined) continue;
    durations[stage] += Math.abs(at - since);
    if (stage === 'closed' && next !== 'closed') reopenDates.push(new Date(at).toISOString());
    [stage, since] = [next, at];
  }
  durations[stage] += Math.abs(now - since);
  return { openDuration: durations.open, inProgressDuration: durations['in-progress'], reopenDates };
}
