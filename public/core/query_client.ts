import { QueryClient } from '@tanstack/react-query';
import { HttpFetchError } from './http_client';

/** A 4xx will not turn into a success by asking again; only what may be transient is retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = error instanceof HttpFetchError ? error.statusCode : undefined;
  return failureCount < 2 && (status === undefined || status >= 500);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: shouldRetry } } });
}
