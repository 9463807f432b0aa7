/**
 * Fastify's JSON parser (with its prototype-poisoning guard), except that:
 * - an empty body is no body: Kibana's API accepts `DELETE` and `POST` calls that send
 *   `Content-Type: application/json` without a payload, as curl examples in its docs do;
 * - a body nested deeper than MAX_JSON_DEPTH is refused before it is parsed. Every later step
 *   (decoding, error messages, storage) walks the value, and JSON.stringify overflows the stack
 *   at a few thousand levels, which an 8 KB body reaches.
 */
import type { FastifyInstance } from 'fastify';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from '../../../common/core/json_depth';
import { badRequest } from '../errors';

export const TOO_DEEP_MESSAGE = `The request body is nested deeper than the limit of ${MAX_JSON_DEPTH} levels`;

export function installJsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(badRequest(TOO_DEEP_MESSAGE), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
