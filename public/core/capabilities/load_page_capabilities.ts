import { HttpFetchError, type HttpClient } from '../http_client';
import { type ToastsService } from '../toasts/toasts_service';
import { EMPTY_CAPABILITIES, fetchCapabilities, type CapabilitiesResponse } from './capabilities_api';

/**
 * The page's capabilities, or none when they cannot be read: hiding every control is safer than
 * offering ones the server refuses. A 401 already sends the browser to the login page, and a 404
 * means the space is gone (the shell says so), so only other failures are worth a toast.
 */
export async function loadPageCapabilities(http: HttpClient, toasts: ToastsService): Promise<CapabilitiesResponse> {
  try {
    return await fetchCapabilities(http);
  } catch (error) {
    const quiet = error instanceof HttpFetchError && (error.statusCode === 401 || error.statusCode === 404);
    if (!quiet) toasts.addError(error, { title: 'Could not load your privileges: actions are hidden. Reload the page to try again.' });
    return EMPTY_CAPABILITIES;
  }
}
