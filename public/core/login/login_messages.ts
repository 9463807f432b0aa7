import { HttpFetchError } from '../http_client';

/** The `msg` query values the server and the shell send the login page. */
export const LOGIN_PAGE_MESSAGES: Record<string, { text: string; testSubj: string } | undefined> = {
  LOGGED_OUT: { text: 'You have logged out.', testSubj: 'loginLoggedOutMessage' },
  SESSION_EXPIRED: { text: 'Your session has timed out. Please log in again.', testSubj: 'loginSessionExpiredMessage' },
};

export function getLoginErrorMessage(error: unknown): string {
  if (error instanceof HttpFetchError) {
    // Bad credentials keep the server's wording out: it must not tell which half was wrong.
    if (error.statusCode === 401) return 'Username or password is incorrect. Please try again.';
    // Throttling explains itself (how long to wait); show it as the server wrote it.
    if (error.statusCode === 429) return error.message;
    return `Could not log in: ${error.message}`;
  }
  return 'Could not reach the server. Check your connection and try again.';
}
