#!/usr/bin/env node
/**
 * `npm run sample-data -- --alerts 5000 --events 2000 --space default`: loads generated alerts
 * and events into a running server through its HTTP API (POST /internal/alerts/_sample_data),
 * the same call as the Alerts page's button, so it works on the embedded store and on
 * Elasticsearch alike and goes through the server's authorization. Loading is idempotent (the
 * i-th sample document of a space always has the same id): a second run adds only what a larger
 * count asks for. Exit codes: 0 done, 1 the server refused or could not be reached, 2 bad flags.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONSTANTS = join(root, 'build/common/constants.js');
const DEFAULT_URL = 'http://127.0.0.1:5601';
const DEFAULT_COUNT = 2000;

class UsageError extends Error {}

/** The limits and the route come from the one constants file, as the server built them. */
function loadConstants() {
  if (!existsSync(CONSTANTS)) throw new UsageError(`${CONSTANTS} is missing: run "npm run build:server" first (npm start does).`);
  return createRequire(import.meta.url)(CONSTANTS);
}

const usage = (max) => `Load sample alerts and events into a running Cases server.

Usage: npm run sample-data -- [options]

  --alerts N         sample alerts to have in the space (0 to ${max}; default ${DEFAULT_COUNT})
  --events N         sample events to have in the space (0 to ${max}; default ${DEFAULT_COUNT})
  --space ID         the space to load them into (default: default)
  --url URL          the server (default: ${DEFAULT_URL})
  --username NAME    default: elastic
  --password PASS    default: $ELASTIC_PASSWORD (the password printed on the server's first start)
  --help             this text

The i-th sample document of a space always has the same id, so running it again adds only
what a larger count asks for; the documents already there are reported, not duplicated.`;

function count(name, value, max) {
  if (value === undefined) return DEFAULT_COUNT;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}, got "${value}". Sample documents are numbered per space, so ${max} is the most one space can hold; ingest more of your own with POST /api/alerts/_ingest.`);
  }
  return Number(value);
}

function parseOptions(argv, max) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        alerts: { type: 'string' },
        events: { type: 'string' },
        space: { type: 'string', default: 'default' },
        url: { type: 'string', default: DEFAULT_URL },
        username: { type: 'string', default: 'elastic' },
        password: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e.message);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  if (!/^[a-z0-9_-]{1,255}$/.test(values.space)) throw new UsageError(`--space must be a space id (lowercase letters, digits, "_" and "-"), got "${values.space}".`);
  let url;
  try {
    url = new URL(values.url);
  } catch {
    throw new UsageError(`--url must be an http(s) URL such as ${DEFAULT_URL}, got "${values.url}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--url must be http or https, got "${values.url}".`);
  const alerts = count('alerts', values.alerts, max);
  const events = count('events', values.events, max);
  const password = values.password ?? process.env.ELASTIC_PASSWORD;
  if (!password) throw new UsageError(`No password: pass --password or set ELASTIC_PASSWORD (the "${values.username}" user's password; the server prints the generated one on its first start).`);
  return {
    alerts,
    events,
    space: values.space,
    base: url.href.replace(/\/+$/, ''),
    username: values.username,
    password,
  };
}

/** Why a refused request was refused, in the words a user can act on. */
function refusal(options, status, message) {
  if (status === 401) return `Login failed for "${options.username}" at ${options.base} (401: ${message}). Check --username and --password (or ELASTIC_PASSWORD).`;
  if (status === 403) return `"${options.username}" may not load sample data in space "${options.space}" (403: ${message}): it needs "all" on securitySolution.`;
  if (status === 404) return `Not found (404: ${message}). Does space "${options.space}" exist, and is ${options.base} a Cases server?`;
  return `The server answered ${status}: ${message}`;
}

/** One call of the sample-data route: `{ alerts, events }` created by it. */
async function load(options, path, body) {
  const spaced = options.space === 'default' ? path : `/s/${options.space}${path}`;
  let res;
  try {
    res = await fetch(`${options.base}${spaced}`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${options.username}:${options.password}`).toString('base64')}`,
        'kbn-xsrf': 'sample-data',
        'content-type': 'application/json',
      },
      body: JSON.stringify(body),
    });
  } catch (e) {
    const cause = e.cause?.code ?? e.cause?.message ?? e.message;
    throw new Error(`Cannot reach a server at ${options.base} (${cause}). Start it with "npm start", or pass --url.`);
  }
  const text = await res.text();
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    answer = undefined;
  }
  if (!res.ok) throw new Error(refusal(options, res.status, answer?.message ?? text.slice(0, 300)));
  if (typeof answer?.alerts !== 'number' || typeof answer?.events !== 'number') throw new Error(`Unexpected answer from ${options.base}${spaced}: ${text.slice(0, 300)}`);
  return answer;
}

const plural = (n, word) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/** Alerts and events in separate requests, so each answer is shown as soon as it arrives. */
async function run(options, constants) {
  const path = constants.INTERNAL_ALERTS_SAMPLE_DATA_URL;
  for (const kind of ['alerts', 'events']) {
    if (options[kind] === 0) continue;
    const created = (await load(options, path, { alerts: 0, events: 0, [kind]: options[kind] }))[kind];
    const word = kind.slice(0, -1);
    const already = options[kind] - created;
    console.log(`${plural(created, word)} created in space "${options.space}"${already > 0 ? ` (${plural(already, word)} already there)` : ''}`);
  }
  const app = options.space === 'default' ? '/app/security/alerts' : `/s/${options.space}/app/security/alerts`;
  console.log(`Open ${options.base}${app} to see them.`);
}

async function main() {
  let constants;
  let options;
  try {
    constants = loadConstants();
    options = parseOptions(process.argv.slice(2), constants.MAX_SAMPLE_ALERTS);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`sample-data: ${e.message}\nRun with --help for the options.`);
    return 2;
  }
  if (options.help) {
    console.log(usage(constants.MAX_SAMPLE_ALERTS));
    return 0;
  }
  try {
    await run(options, constants);
    return 0;
  } catch (e) {
    console.error(`sample-data: ${e.message}`);
    return 1;
  }
}

process.exitCode = await main();
