/**
 * Increments of one counter from one process run one after another. Concurrent increments of
 * the same document conflict on the shard and burn `retry_on_conflict`; within a process
 * that contention is avoidable, so only other processes are left to race (and the scripted
 * upsert keeps those atomic). Keyed per client, so two clusters never share a queue.
 */
const queues = new WeakMap<object, Map<string, Promise<void>>>();

export function runQueued<T>(owner: object, key: string, run: () => Promise<T>): Promise<T> {
  let tails = queues.get(owner);
  if (!tails) {
    tails = new Map();
    queues.set(owner, tails);
  }
  const previous = tails.get(key) ?? Promise.resolve();
  // A failed increment must not block the ones queued behind it.
  const result = previous.then(run);
  const tail = result.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  const map = tails;
  void tail.then(() => {
    if (map.get(key) === tail) map.delete(key);
  });
  return result;
}
