/**
 * Passwords are hashed with scrypt: memory-hard, so guessing is slow on any hardware. The
 * parameters are stored beside the hash so they can be raised later without breaking old hashes.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const ALGORITHM = 'scrypt';
const KEY_LENGTH = 32;
const SALT_BYTES = 16;
/** N=2^15, r=8, p=1: about 50 ms and 32 MiB per hash on a current core (OWASP's minimum is 2^17/8/1 for ~100 ms). */
const DEFAULT_PARAMS = { N: 2 ** 15, r: 8, p: 1 };

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, keylen, { ...options, maxmem: 128 * options.N! * options.r! * 2 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = DEFAULT_PARAMS;
  const key = await scryptAsync(password, salt, KEY_LENGTH, { N, r, p });
  return [ALGORITHM, N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== ALGORITHM) return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  if (![N, r, p].every((n) => Number.isSafeInteger(n) && n > 0)) return false;
  const salt = Buffer.from(parts[4], 'base64');
  const expected = Buffer.from(parts[5], 'base64');
  if (expected.length === 0) return false;
  const actual = await scryptAsync(password, salt, expected.length, { N, r, p });
  return timingSafeEqual(actual, expected);
}

/**
 * A hash of nothing anyone knows, verified when the username does not exist, so a missing user
 * takes as long to reject as a wrong password (no user enumeration through timing).
 */
let decoyHash: Promise<string> | undefined;
export const getDecoyHash = (): Promise<string> => (decoyHash ??= hashPassword(randomBytes(16).toString('hex')));

/** A strong password for the bootstrap superuser: 144 random bits, URL-safe. */
export const generatePassword = (): string => randomBytes(18).toString('base64url');
