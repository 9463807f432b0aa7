/**
 * Ids of new saved objects: UUIDs of version 7 (RFC 9562), whose first 48 bits are the
 * creation time in milliseconds and the rest random. They read as any other UUID to Kibana
 * clients, and because they grow with time, new objects land at the end of every index keyed
 * by id (SQLite's (namespace, id) and (namespace, value, id) indexes) instead of at a random
 * page: at a million cases a random v4 id made each insert touch pages no longer in cache.
 */
import { randomBytes } from 'node:crypto';

/** The 74 random bits of a v7 UUID (rand_a: 12, rand_b: 62). */
const TAIL_BITS = 74n;
const TAIL_LIMIT = 1n << TAIL_BITS;

let lastMs = -1;
let lastTail = 0n;

/**
 * Random bytes drawn from the CSPRNG a few kilobytes at a time: an import makes an id per object,
 * and a call to randomBytes for each of its 14 bytes cost more than the rest of making the id.
 */
const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let poolOffset = 0;
function takeRandom(bytes: number): Buffer {
  if (poolOffset + bytes > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolOffset = 0;
  }
  const taken = pool.subarray(poolOffset, poolOffset + bytes);
  poolOffset += bytes;
  return taken;
}

const randomTail = (): bigint => BigInt(`0x${takeRandom(10).toString('hex')}`) & (TAIL_LIMIT - 1n);
/** A random step of 1 to 2^32: ids of one millisecond grow, yet stay hard to guess (RFC 9562 §6.2, method 2). */
const randomStep = (): bigint => BigInt(takeRandom(4).readUInt32BE(0)) + 1n;

/**
 * Ids grow within a millisecond too (and across a clock that steps back), so objects written
 * together — a case's user actions, written in one unit of work with one timestamp — sort in
 * the order they were written wherever the id breaks a tie.
 */
export function newObjectId(now: number = Date.now()): string {
  let ms = now;
  let tail: bigint;
  if (ms <= lastMs) {
    ms = lastMs;
    tail = lastTail + randomStep();
    if (tail >= TAIL_LIMIT) {
      ms += 1;
      tail = randomTail();
    }
  } else {
    tail = randomTail();
  }
  lastMs = ms;
  lastTail = tail;
  const randA = Number(tail >> 62n);
  const randB = tail & ((1n << 62n) - 1n);
  const bytes = Buffer.alloc(16);
  bytes.writeUIntBE(ms, 0, 6);
  bytes.writeUInt16BE(0x7000 | randA, 6);
  bytes.writeBigUInt64BE((2n << 62n) | randB, 8);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
