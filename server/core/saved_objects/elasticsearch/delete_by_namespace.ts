/**
 * Deleting a space's objects runs as an Elasticsearch task: `_delete_by_query` with
 * `wait_for_completion: false` answers at once with a task id, and the task is polled with
 * `GET _tasks/<id>?wait_for_completion=true&timeout=...`, one bounded wait at a time. A large
 * space then never hits the client's request timeout (which would leave the sweep running
 * unobserved), and the task's failures are reported instead of being dropped. Polling a task
 * needs the `monitor` cluster privilege (docs/storage.md).
 */
import { errors } from '@elastic/elasticsearch';
import { HttpError } from '../../errors';
import { call, type EsContext } from './context';

export interface NamespaceDeleteLimits {
  /** How long one poll waits for the task (an Elasticsearch duration, in seconds here). */
  pollSeconds?: number;
  /** How long the sweep may take in all before the caller is told it still runs. */
  deadlineSeconds?: number;
}

interface TaskFailure {
  id?: string;
  cause?: { type?: string; reason?: string };
  reason?: { type?: string; reason?: string };
}

interface TaskOutcome {
  completed: boolean;
  error?: { type?: string; reason?: string };
  response?: { deleted?: number; failures?: TaskFailure[] };
}

const isWaitTimeout = (e: unknown) =>
  e instanceof errors.ResponseError && (e.meta.body as { error?: { type?: string } } | undefined)?.error?.type === 'timeout_exception';

/** The finished task, or undefined when this poll's wait ran out first. */
async function pollTask(ctx: EsContext, taskId: string, pollSeconds: number): Promise<TaskOutcome | undefined> {
  const res = await call(ctx, async () => {
    try {
      return (await ctx.client.tasks.get(
        { task_id: taskId, wait_for_completion: true, timeout: `${pollSeconds}s` },
        { requestTimeout: (pollSeconds + 30) * 1000 },
      )) as unknown as TaskOutcome;
    } catch (e) {
      if (isWaitTimeout(e)) return undefined;
      throw e;
    }
  });
  return res?.completed ? res : undefined;
}

function firstFailureReason(failures: TaskFailure[]): string {
  const first = failures[0];
  const cause = first.cause ?? first.reason;
  return `${cause?.type ?? 'failure'}: ${cause?.reason ?? 'no reason given'}${first.id ? ` (document ${first.id})` : ''}`;
}

/** The count deleted, or an error naming what failed; the caller keeps the space so a retry finishes. */
function outcomeOf(namespace: string, taskId: string, outcome: TaskOutcome): number {
  if (outcome.error) {
    throw new HttpError(500, `Deleting the objects of space [${namespace}] failed (task ${taskId}): ${outcome.error.reason ?? outcome.error.type}`);
  }
  const failures = outcome.response?.failures ?? [];
  if (failures.length > 0) {
    throw new HttpError(500, `Deleting the objects of space [${namespace}] failed for ${failures.length} documents (task ${taskId}), first: ${firstFailureReason(failures)}`);
  }
  return outcome.response?.deleted ?? 0;
}

export async function deleteByNamespace(ctx: EsContext, namespace: string, limits: NamespaceDeleteLimits = {}): Promise<number> {
  const pollSeconds = limits.pollSeconds ?? 30;
  const polls = Math.max(1, Math.ceil((limits.deadlineSeconds ?? 600) / pollSeconds));
  // `conflicts: proceed` lets a concurrent write win rather than abort the sweep; delete_by_query
  // knows `refresh: true` only. maxRetries 0: a resent request would start a second task.
  const started = await call(ctx, () =>
    ctx.client.deleteByQuery(
      {
        index: ctx.index,
        query: { bool: { filter: [{ term: { namespaces: namespace } }] } },
        conflicts: 'proceed',
        refresh: true,
        wait_for_completion: false,
      },
      { maxRetries: 0 },
    ),
  );
  const taskId = String(started.task);
  ctx.logger?.info({ 'event.action': 'space-objects-delete', task: taskId, namespace }, `Deleting the objects of space [${namespace}] as task ${taskId}`);
  for (let poll = 0; poll < polls; poll++) {
    const outcome = await pollTask(ctx, taskId, pollSeconds);
    if (outcome) return outcomeOf(namespace, taskId, outcome);
  }
  throw new HttpError(503, `Deleting the objects of space [${namespace}] is still running as task ${taskId}; delete the space again once it has finished`);
}
