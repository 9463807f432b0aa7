import { createSecretsCipher, SecretsDecryptionError } from './encryption';

const KEY = 'a-key-of-thirty-two-characters!!';
const OTHER = 'another-key-of-thirty-two-chars!';
const owner = { type: 'action', id: 'c1', spaceId: 'default' };
const secrets = { user: 'admin', password: 'p@ssw0rd-plain' };

describe('connector secrets at rest', () => {
  it('round-trips, with a fresh IV each time and no plain text in the stored string', () => {
    const cipher = createSecretsCipher({ encryptionKey: KEY });
    const a = cipher.encrypt(secrets, owner);
    const b = cipher.encrypt(secrets, owner);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toEqual(b);
    expect(Buffer.from(a.split(':')[1], 'base64')).toHaveLength(12);
    for (const stored of [a, b]) {
      expect(stored).not.toContain('p@ssw0rd-plain');
      expect(Buffer.from(stored.split(':')[3], 'base64').toString('latin1')).not.toContain('p@ssw0rd');
      expect(cipher.decrypt(stored, owner)).toEqual(secrets);
    }
  });

  it.each([
    ['another connector', { ...owner, id: 'c2' }],
    ['another space', { ...owner, spaceId: 'other' }],
    ['another type', { ...owner, type: 'cases' }],
  ])('refuses a ciphertext moved to %s', (_label, moved) => {
    const cipher = createSecretsCipher({ encryptionKey: KEY });
    expect(() => cipher.decrypt(cipher.encrypt(secrets, owner), moved)).toThrow(SecretsDecryptionError);
  });

  it("refuses under another key, in our words with Kibana's phrase, never showing the ciphertext", () => {
    const stored = createSecretsCipher({ encryptionKey: KEY }).encrypt(secrets, owner);
    let message = '';
    try {
      createSecretsCipher({ encryptionKey: OTHER }).decrypt(stored, owner);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toBe('Unable to decrypt the secrets of connector c1: the encryption key is not the one they were stored with (Unable to decrypt attribute "secrets")');
    expect(message).not.toContain(stored.split(':')[3]);
  });

  it('decrypts with a decryption-only key after a rotation, and encrypts with the new key', () => {
    const stored = createSecretsCipher({ encryptionKey: KEY }).encrypt(secrets, owner);
    const rotated = createSecretsCipher({ encryptionKey: OTHER, decryptionOnlyKeys: [KEY] });
    expect(rotated.decrypt(stored, owner)).toEqual(secrets);
    expect(() => createSecretsCipher({ encryptionKey: KEY }).decrypt(rotated.encrypt(secrets, owner), owner)).toThrow(SecretsDecryptionError);
  });

  it('refuses a tampered ciphertext and a foreign format', () => {
    const cipher = createSecretsCipher({ encryptionKey: KEY });
    const [v, iv, tag, ct] = cipher.encrypt(secrets, owner).split(':');
    const flipped = Buffer.from(ct, 'base64');
    flipped[0] ^= 1;
    expect(() => cipher.decrypt([v, iv, tag, flipped.toString('base64')].join(':'), owner)).toThrow(SecretsDecryptionError);
    expect(() => cipher.decrypt('{"user":"admin"}', owner)).toThrow(SecretsDecryptionError);
  });

  it('cannot encrypt without a key, and says so', () => {
    const cipher = createSecretsCipher({});
    expect(cipher.canEncrypt).toBe(false);
    expect(() => cipher.encrypt(secrets, owner)).toThrow(/missing encryption key. Please set xpack.encryptedSavedObjects.encryptionKey in config\/cases.yml/);
  });
});
