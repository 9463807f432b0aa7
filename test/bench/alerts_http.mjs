/**
 * One JSON request to the bench server, timed from sending to the last byte of the answer.
 * A non-2xx answer is a wrong result, so it throws with the route's message: the bench must
 * never publish a figure for a request that failed. node:http rather than fetch: fetch gives
 * up on an answer after 5 minutes, and a slow machine must get a slow figure, not a failure.
 */
import http from 'node:http';
import { benchAuthHeader } from './built_server.mjs';

export const JSON_HEADERS = { authorization: benchAuthHeader, 'kbn-xsrf': 'bench', 'content-type': 'application/json' };
const TIMEOUT_MS = 60 * 60_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** Returns `{ body, ms }`; `body` is the parsed answer. */
export function callJson(url, method, path, body) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const headers = payload === undefined ? { authorization: benchAuthHeader } : JSON_HEADERS;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(new URL(path, url), { method, headers, agent, timeout: TIMEOUT_MS }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const ms = performance.now() - started;
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode < 200 || res.statusCode > 299) reject(new Error(`${method} ${path}: ${res.statusCode} ${text.slice(0, 500)}`));
        else resolve({ body: text ? JSON.parse(text) : undefined, ms });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in ${TIMEOUT_MS / 60_000} minutes`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** A route template with its `{case_id}`-style parameters filled in. */
export const fillPath = (template, params) => template.replace(/\{(\w+)\}/g, (_, name) => encodeURIComponent(params[name]));
