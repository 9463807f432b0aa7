/**
 * Answers the requests Node's parser refuses before any route runs (headers past the limit,
 * a malformed request line or header, a request that took too long to arrive). Fastify's own
 * answer destroys the socket without `Connection: close`, so a keep-alive client believes the
 * connection still usable and meets ECONNRESET on its next request. Here the answer is a
 * complete response in Kibana's body that says `Connection: close`, and the socket is ended
 * (FIN) rather than reset, so the client reads the answer before the close.
 */
import { STATUS_CODES, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from '../logging/types';

/** How long an ended socket may wait for the client's own close before it is destroyed. */
const LINGER_MS = 2000;

interface Refusal {
  statusCode: number;
  message: string;
}

function refusalOf(error: NodeJS.ErrnoException): Refusal {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { statusCode: 431, message: 'Request header fields too large' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { statusCode: 408, message: 'Request timeout' };
    default:
      return { statusCode: 400, message: 'Client Error' };
  }
}

/** The raw HTTP/1.1 response: written to the socket directly, as no response object exists. */
export function refusalResponse(error: NodeJS.ErrnoException): string {
  const { statusCode, message } = refusalOf(error);
  const body = JSON.stringify({ statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message });
  return [
    `HTTP/1.1 ${statusCode} ${STATUS_CODES[statusCode]}`,
    'Connection: close',
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: private, no-cache, no-store, must-revalidate',
    'X-Content-Type-Options: nosniff',
    '',
    body,
  ].join('\r\n');
}

/**
 * The response to an earlier request on this socket that is still being written, if any.
 * Node's own refusal reads the same private field: no public API names it.
 */
const responseInFlight = (socket: Socket) => (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage ?? undefined;

function refuse(socket: Socket, error: NodeJS.ErrnoException): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const linger = setTimeout(() => socket.destroy(), LINGER_MS);
  linger.unref();
  socket.once('close', () => clearTimeout(linger));
  socket.end(refusalResponse(error));
}

export function createClientErrorHandler(logger: Logger) {
  // The parser stays in its error state and may report the same socket again.
  const answered = new WeakSet<Socket>();
  return function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
    answered.add(socket);
    // The client closed its side mid-body: the request in flight can never complete, and its
    // handler (reading an upload) would wait for bytes that will not come. Closing the socket
    // aborts that request, so its body stream errors and the handler cleans up.
    if (error.code === 'HPE_INVALID_EOF_STATE') {
      socket.destroy();
      return;
    }
    logger.debug({ err: error, 'event.action': 'http-client-error' }, `Refused a request at the parser: ${error.code}`);
    // Written now, the refusal would be read as the answer to the earlier (pipelined) request.
    const inFlight = responseInFlight(socket);
    if (inFlight && !inFlight.writableFinished) inFlight.once('finish', () => refuse(socket, error));
    else refuse(socket, error);
  };
}
