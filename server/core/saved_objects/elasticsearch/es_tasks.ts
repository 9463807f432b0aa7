/**
 * Waits for a background task (`_reindex`, `_update_by_query` started with
 * `wait_for_completion: false`). Running them as tasks keeps one HTTP request from timing out
 * on a large index; polling `GET _tasks/<id>` (without its own `wait_for_completion`, whose
 * timeout answers an error) is bounded by a number of polls, and each poll lets the caller
 * prove it is alive (the migration lock is renewed there).
 */
import { HttpError } from '../../errors';
import { call, type EsContext } from './context';

export interface TaskWaitOptions {
  sleep(ms: number): Promise<void>;
  pollIntervalMs: number;
  maxPolls: number;
  /** Called before every poll. */
  onPoll?: () => Promise<void>;
}

interface TaskFailure {
  cause?: { type?: string; reason?: string };
  id?: string;
}

/** What a finished `_reindex` / `_update_by_query` task reports. */
export interface TaskResult {
  total?: number;
  created?: number;
  updated?: number;
  failures?: TaskFailure[];
}

export async function waitForTask(ctx: EsContext, taskId: string, what: string, opts: TaskWaitOptions): Promise<TaskResult> {
  for (let poll = 0; poll < opts.maxPolls; poll++) {
    if (poll > 0) await opts.sleep(opts.pollIntervalMs);
    await opts.onPoll?.();
    const res = await call(ctx, () => ctx.client.tasks.get({ task_id: taskId }));
    if (!res.completed) continue;
    if (res.error) throw new HttpError(500, `${what} failed: ${res.error.reason ?? res.error.type}`);
    const result = (res.response ?? {}) as TaskResult;
    const failure = result.failures?.[0];
    if (failure) {
      throw new HttpError(500, `${what} failed for ${result.failures?.length} documents, first [${failure.id}]: ${failure.cause?.reason ?? failure.cause?.type}`);
    }
    return result;
  }
  throw new HttpError(
    503,
    `${what} (task ${taskId}) did not finish within ${opts.maxPolls} polls; it goes on in Elasticsearch. Restart once it has finished (GET _tasks/${taskId}).`,
  );
}

/** The id a call started with `wait_for_completion: false` answers. */
export function taskIdOf(res: { task?: string | number }, what: string): string {
  if (res.task === undefined) throw new HttpError(500, `${what}: Elasticsearch answered without a task id`);
  return String(res.task);
}
