import { type CapabilitiesResponse } from '../../../common/core/capabilities';
import { type HttpClient } from '../http_client';

export type { CapabilitiesResponse };

/**
 * What a caller may do when the answer could not be read: nothing. The browser then hides every
 * control instead of offering ones the server would refuse.
 */
export const EMPTY_CAPABILITIES: CapabilitiesResponse = Object.freeze({ navLinks: {}, catalogue: {}, management: {} });

/**
 * Kibana's `POST /api/core/capabilities`: space-scoped (the space is the page's, from the URL).
 * `applications: []` asks for every feature, as Kibana's browser does.
 */
export function fetchCapabilities(http: HttpClient, signal?: AbortSignal): Promise<CapabilitiesResponse> {
  return http.post<CapabilitiesResponse>('/api/core/capabilities', { body: { applications: [] }, signal });
}
