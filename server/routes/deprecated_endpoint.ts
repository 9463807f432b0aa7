/**
 * Kibana answers its deprecated Cases endpoints (the comments and user-actions lists, deprecated
 * in 8.1) with an RFC 7234 warning naming its version; clients that log warnings rely on it.
 */
export const deprecationHeaders = (kibanaVersion: string) => ({ warning: `299 Kibana-${kibanaVersion} "Deprecated endpoint"` });
