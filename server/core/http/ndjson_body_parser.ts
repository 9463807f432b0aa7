/**
 * `application/x-ndjson` bodies (one JSON value per line, as Elasticsearch's bulk API takes
 * them) arrive at handlers as an array of those values, so a route decodes NDJSON and a JSON
 * array alike. Blank lines are skipped. Each line gets the JSON parser's guards: the depth
 * limit before parsing and Fastify's prototype-poisoning checks; a bad line refuses the whole
 * body with 400 naming the line, so nothing of a malformed upload is stored. The route's body
 * limit (`server.maxPayload` unless it sets its own) bounds the text as for JSON.
 */
import type { FastifyInstance } from 'fastify';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from '../../../common/core/json_depth';
import { badRequest } from '../errors';

export const NDJSON_CONTENT_TYPE = 'application/x-ndjson';

export function installNdjsonBodyParser(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser(NDJSON_CONTENT_TYPE, { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    const values: unknown[] = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i].trim();
      if (line === '') continue;
      if (jsonDepthExceeds(line, MAX_JSON_DEPTH)) {
        done(badRequest(`Line ${i + 1} of the NDJSON body is nested deeper than the limit of ${MAX_JSON_DEPTH} levels`), undefined);
        return;
      }
      let failure: Error | null = null;
      // Fastify's parser answers synchronously through its callback.
      parseJson(request, line, (error, value) => {
        if (error) failure = error;
        else values.push(value);
      });
      if (failure) {
        // Fastify's own message names application/json whatever the content type, so it is not passed on.
        done(badRequest(`Line ${i + 1} of the NDJSON body is not valid JSON (or holds a forbidden __proto__ or constructor key)`), undefined);
        return;
      }
    }
    done(null, values.length === 0 ? undefined : values);
  });
}
