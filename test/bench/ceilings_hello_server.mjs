#!/usr/bin/env node
/**
 * The HTTP ceiling's server: bare Fastify 5 (the framework the Cases server runs on), one GET
 * route answering `{ ok: true }`, no logger, no hooks. Listens on 127.0.0.1, a free port, and
 * prints `listening <url>`; stops on SIGTERM.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ ok: true }));
const url = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`listening ${url}`);
process.once('SIGTERM', () => app.close().then(() => process.exit(0)));
