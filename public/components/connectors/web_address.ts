/**
 * Whether an external incident's address may be a link: it comes from the external system
 * (through the connector), so only http(s) addresses are followed, never `javascript:` or data.
 */
export function isWebAddress(url: string | undefined | null): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}
