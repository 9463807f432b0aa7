/**
 * Fastify's JSON parser (with its prototype-poisoning guard), except that an empty body is no
 * body: Kibana's API accepts `DELETE` and `POST` calls that send `Content-Type:
 * application/json` without a payload, as curl examples in its docs do.
 */
import type { FastifyInstance } from 'fastify';

export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
