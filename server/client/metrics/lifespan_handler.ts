/**
 * `lifespan`: when the case was created and closed, and its time per stage replayed from its
 * status user actions, oldest first (Kibana's rules: status_info.ts).
 */
import type { CaseMetricsHandler } from './case_metrics_handler';
import { replayStatusInfo, type StatusChange } from './status_info';
import { userActionsOfTypes } from './user_actions_of_types';

export const lifespanHandler: CaseMetricsHandler = {
  id: 'lifespan',
  async compute(args, theCase) {
    const { created_at: creationDate, closed_at: closeDate } = theCase.attributes;
    const changes = (await userActionsOfTypes(args, theCase.id, ['status'])).flatMap((action): StatusChange[] =>
      action.type === 'status' ? [{ status: action.payload.status, created_at: action.created_at }] : [],
    );
    const statusInfo = replayStatusInfo(changes, creationDate, args.now().getTime());
    return { lifespan: { creationDate, closeDate: closeDate ?? null, statusInfo } };
  },
};
