/**
 * The case's lifespan figures as the summary shows them. The server replays the status changes
 * up to the moment it answered; the time since then is added to the status the case is in now,
 * so a panel left open keeps counting instead of freezing at the read.
 */
import type { Case } from '../../../common/types/domain/case';
import type { SingleCaseMetricsResponse } from '../../containers/single_case_metrics';
import { formatDuration, secondsBetween } from '../formatting/format_duration';

type Lifespan = NonNullable<SingleCaseMetricsResponse['lifespan']>;

export interface LifespanFigures {
  openDuration: string;
  inProgressDuration: string;
  /** "—" while the case is not closed. */
  creationToClose: string;
  reopenDates: string[];
}

const fromMs = (ms: number) => formatDuration(ms / 1000);

export function lifespanFigures(lifespan: Lifespan, status: Case['status'], answeredAt: number, now: number): LifespanFigures {
  const since = Math.max(0, now - answeredAt);
  const open = lifespan.statusInfo.openDuration + (status === 'open' ? since : 0);
  const inProgress = lifespan.statusInfo.inProgressDuration + (status === 'in-progress' ? since : 0);
  const toClose = status === 'closed' ? secondsBetween(lifespan.creationDate, lifespan.closeDate) : undefined;
  return {
    openDuration: fromMs(open),
    // Kibana shows no figure for a case that was never in progress.
    inProgressDuration: inProgress > 0 ? fromMs(inProgress) : '—',
    creationToClose: toClose === undefined ? '—' : formatDuration(toClose),
    reopenDates: lifespan.statusInfo.reopenDates,
  };
}
