/**
 * What a status change writes besides the status, as Kibana computes it: closing records who,
 * when and the duration in seconds; reopening clears them; the first move to in-progress
 * stamps `in_progress_at`; the time-to-acknowledge/investigate/resolve metrics follow. All of
 * it follows the status's stage, so a registered status moves the case's times as its stage does,
 * and a move between two statuses of one stage changes none of them.
 */
import type { CaseStatus } from '../../../common/constants';
import { caseStatuses, stageOf } from '../../../common/registries/case_statuses';
import type { CaseAttributes } from '../../../common/types/domain/case';
import type { User } from '../../../common/types/domain/user';

type LifecycleFields = Pick<
  Partial<CaseAttributes>,
  'closed_at' | 'closed_by' | 'duration' | 'in_progress_at' | 'time_to_acknowledge' | 'time_to_investigate' | 'time_to_resolve'
>;

const seconds = (fromMs: number, toMs: number) => Math.floor((toMs - fromMs) / 1000);

export function lifecycleFields(current: CaseAttributes, status: CaseStatus, at: string, user: User): LifecycleFields {
  const created = Date.parse(current.created_at);
  const now = Date.parse(at);
  const inProgress = current.in_progress_at ? Date.parse(current.in_progress_at) : null;
  const stage = stageOf(status);
  if (caseStatuses.get(current.status)?.stage === stage) return {};
  if (stage === 'closed') {
    const valid = now >= created && (inProgress === null || (inProgress >= created && now >= inProgress));
    const resolve = Math.max(seconds(created, now), 0);
    return {
      closed_at: at,
      closed_by: user,
      duration: now >= created ? resolve : null,
      ...(valid
        ? {
            time_to_acknowledge: inProgress !== null ? seconds(created, inProgress) : resolve,
            time_to_investigate: inProgress !== null ? Math.max(seconds(inProgress, now), 0) : 0,
            time_to_resolve: resolve,
          }
        : {}),
    };
  }
  const reopened = { closed_at: null, closed_by: null, duration: null };
  if (stage === 'in-progress') {
    return {
      ...reopened,
      ...(current.in_progress_at == null ? { in_progress_at: at } : {}),
      ...(now >= created ? { time_to_acknowledge: seconds(created, now), time_to_investigate: null, time_to_resolve: null } : {}),
    };
  }
  return { ...reopened, time_to_acknowledge: null, time_to_investigate: null, time_to_resolve: null };
}
