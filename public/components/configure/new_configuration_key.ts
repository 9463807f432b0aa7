/**
 * A key for a new custom field, template or observable type: a v4 uuid, as Kibana generates
 * them. Its 36 characters fit every key limit and its alphabet (a-f, 0-9, '-') the key pattern.
 * Built from getRandomValues, because randomUUID exists only in secure contexts and the app may
 * be served over plain http on a LAN address.
 */
export function newConfigurationKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
