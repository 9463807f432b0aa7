/**
 * Connector secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from
 * xpack.encryptedSavedObjects.encryptionKey, a fresh 12-byte IV per value, and the object's
 * (type, id, space) as additional authenticated data, so a ciphertext copied onto another
 * connector or into another space does not decrypt. Stored as one string:
 * `v1:<base64 iv>:<base64 tag>:<base64 ciphertext>`. Earlier keys
 * (keyRotation.decryptionOnlyKeys) are tried after the current one.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;
/** Fixed: changing it changes every derived key. */
const HKDF_INFO = 'cases connector secrets aes-256-gcm v1';
const HKDF_SALT = Buffer.alloc(0);

/** Kibana's text when the key is absent, with our config file named (there is no bin/kibana-encryption-keys here). */
export const MISSING_KEY_MESSAGE =
  'Unable to create actions client because the Encrypted Saved Objects plugin is missing encryption key. Please set xpack.encryptedSavedObjects.encryptionKey in config/cases.yml.';
export const MISSING_KEY_EXECUTE_MESSAGE =
  'Unable to execute action because the Encrypted Saved Objects plugin is missing encryption key. Please set xpack.encryptedSavedObjects.encryptionKey in config/cases.yml.';

/** Our words, with Kibana's phrase inside so that a search for Kibana's error finds this one. */
export const decryptFailedMessage = (connectorId: string): string =>
  `Unable to decrypt the secrets of connector ${connectorId}: the encryption key is not the one they were stored with (Unable to decrypt attribute "secrets")`;

export class SecretsDecryptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsDecryptionError';
  }
}

/** What the ciphertext is bound to. */
export interface SecretsOwner {
  type: string;
  id: string;
  spaceId: string;
}

export interface SecretsCipher {
  readonly canEncrypt: boolean;
  encrypt(secrets: Record<string, unknown>, owner: SecretsOwner): string;
  /** Throws SecretsDecryptionError (never showing the ciphertext) when no key opens it. */
  decrypt(stored: string, owner: SecretsOwner): Record<string, unknown>;
}

const deriveKey = (secret: string): Buffer => Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, HKDF_INFO, 32));
const aadOf = (owner: SecretsOwner): Buffer => Buffer.from(JSON.stringify([owner.type, owner.id, owner.spaceId]), 'utf8');

export function createSecretsCipher({ encryptionKey, decryptionOnlyKeys = [] }: { encryptionKey?: string; decryptionOnlyKeys?: string[] }): SecretsCipher {
  const primary = encryptionKey ? deriveKey(encryptionKey) : undefined;
  const keys = [...(primary ? [primary] : []), ...decryptionOnlyKeys.map(deriveKey)];
  return {
    canEncrypt: primary !== undefined,
    encrypt(secrets, owner) {
      if (!primary) throw new SecretsDecryptionError(MISSING_KEY_MESSAGE);
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', primary, iv);
      cipher.setAAD(aadOf(owner));
      const ciphertext = Buffer.concat([cipher.update(JSON.stringify(secrets), 'utf8'), cipher.final()]);
      return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), ciphertext.toString('base64')].join(':');
    },
    decrypt(stored, owner) {
      if (keys.length === 0) throw new SecretsDecryptionError(MISSING_KEY_EXECUTE_MESSAGE);
      const parts = stored.split(':');
      if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretsDecryptionError(decryptFailedMessage(owner.id));
      const [, iv, tag, ciphertext] = parts.map((part, i) => (i === 0 ? Buffer.alloc(0) : Buffer.from(part, 'base64')));
      for (const key of keys) {
        try {
          const decipher = createDecipheriv('aes-256-gcm', key, iv);
          decipher.setAAD(aadOf(owner));
          decipher.setAuthTag(tag);
          const plain = Buffer.concat([decipher.update(ciphertext), decipher.final()]).toString('utf8');
          return JSON.parse(plain) as Record<string, unknown>;
        } catch {
          // The tag does not match under this key: try the next one.
        }
      }
      throw new SecretsDecryptionError(decryptFailedMessage(owner.id));
    },
  };
}
