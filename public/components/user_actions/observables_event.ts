/**
 * The activity entry of an observables change (Kibana's `observables` user action): one entry
 * per request, with how many were added, changed or deleted, so a bulk add or an extraction
 * from alerts reads as one line.
 */
import type { UserActionDescriber } from './user_action_event';

const VERBS = { add: 'added', update: 'updated', delete: 'deleted' } as const;

const counted = (count: number) => (count === 1 ? 'an observable' : `${count} observables`);

export const describeObservablesAction: UserActionDescriber = (_action, payload) => {
  const change = payload.observables as { count?: unknown; actionType?: unknown } | undefined;
  const verb = VERBS[change?.actionType as keyof typeof VERBS];
  const count = typeof change?.count === 'number' && Number.isInteger(change.count) && change.count > 0 ? change.count : undefined;
  if (!verb) return { event: 'changed the observables', icon: 'bullseye' };
  return { event: `${verb} ${count === undefined ? 'observables' : counted(count)}`, icon: change?.actionType === 'delete' ? 'trash' : 'bullseye' };
};
