/**
 * Requests one after another on one keep-alive connection, each timed from sending to the last
 * byte of the answer: the cost of a query without queueing. Bounded by time and count; unlike
 * an autocannon run, the request in flight when time is up is waited for (up to `timeoutMs`),
 * so a query slower than the whole budget still yields one sample instead of none.
 */
import http from 'node:http';
import { percentile } from './stats.mjs';

function send(agent, url, { method, path, headers, body }, timeoutMs) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(new URL(path, url), { method, headers, agent, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer in ${timeoutMs / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * `request`: an api_requests.mjs request object (its `setupRequest` gives each path).
 * `check(body, each)`: optional, throws when an answer is wrong; its time is left out of the
 * budget and of the rate, so checking every answer does not lower the figures.
 */
export async function runSequential({ name, url, request, seconds, maxRequests, timeoutMs = 120_000, check }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const latencies = [];
  const started = performance.now();
  let checkMs = 0;
  const elapsed = () => performance.now() - started - checkMs;
  try {
    while (latencies.length < maxRequests && elapsed() < seconds * 1000) {
      const each = request.setupRequest ? request.setupRequest({ ...request }) : request;
      const answer = await send(agent, url, { method: each.method ?? 'GET', path: each.path, headers: each.headers, body: each.body }, timeoutMs);
      if (answer.status < 200 || answer.status > 299) throw new Error(`${name}: ${each.path} answered ${answer.status} ${answer.body.slice(0, 300)}`);
      latencies.push(answer.ms);
      if (check) {
        const checking = performance.now();
        check(JSON.parse(answer.body), each);
        checkMs += performance.now() - checking;
      }
    }
  } finally {
    agent.destroy();
  }
  return {
    requests: latencies.length,
    rps: latencies.length / (elapsed() / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
