/**
 * Node's `server.close()` closes idle keep-alive sockets once, when it is called; a socket whose
 * request is still in flight goes back to keep-alive afterwards and would hold the close open
 * until the keep-alive timeout. Answers written while closing therefore say `connection: close`.
 */
import type { FastifyInstance } from 'fastify';

export function installGracefulClose(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
}
