/**
 * One file up and down through the built server's HTTP API, on a fresh data folder: a multipart
 * `POST /api/cases/{case_id}/files`, then `GET /internal/cases/{case_id}/files/{file_id}/download`.
 * The content is a seeded pseudo-random stream (the AES-128-CTR keystream of a key derived from
 * the seed: incompressible, the same on every run, produced as fast as the wire takes it) made
 * and hashed chunk by chunk, so neither side of the bench ever holds the file whole. The
 * server's RSS is sampled every 100 ms during each transfer; the download's SHA-256 must equal
 * the upload's and the one the Files listing records, or the run fails.
 */
import { createCipheriv, createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callJson, fillPath } from './alerts_http.mjs';
import { benchAuthHeader, startBuiltServer } from './built_server.mjs';
import { baselineRss, sampleRss } from './rss_sampler.mjs';

const CHUNK = 1024 * 1024;
const MIME_TYPE = 'application/zip';
const FILES_URL = '/api/cases/{case_id}/files';
const LISTING_URL = '/internal/cases/{case_id}/files';
const DOWNLOAD_URL = '/internal/cases/{case_id}/files/{file_id}/download';

/** `size` bytes of the seed's keystream, CHUNK at a time. */
export function* seededChunks(seed, size) {
  const key = createHash('sha256').update(`cases-bench-file-${seed}`).digest().subarray(0, 16);
  const cipher = createCipheriv('aes-128-ctr', key, Buffer.alloc(16));
  const zeros = Buffer.alloc(CHUNK);
  for (let sent = 0; sent < size; sent += CHUNK) yield cipher.update(zeros.subarray(0, Math.min(CHUNK, size - sent)));
}

function timedRequest(url, path, options, write) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(new URL(path, url), options, (res) => {
      const hash = createHash('sha256');
      const text = [];
      let bytes = 0;
      res.on('data', (chunk) => {
        bytes += chunk.length;
        if (res.statusCode === 200 && options.method === 'GET') hash.update(chunk);
        else text.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, ms: performance.now() - started, bytes, sha256: hash.digest('hex'), text: Buffer.concat(text).toString('utf8') }));
    });
    req.on('error', reject);
    write(req).catch((error) => req.destroy(error));
  });
}

/** Streams the multipart body, waiting for the socket to drain between chunks: `{ ms, fileId, sha256 }`. */
async function uploadStream({ url, caseId, seed, size, name }) {
  const boundary = `cases-bench-${randomUUID()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${MIME_TYPE}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const hash = createHash('sha256');
  const headers = { authorization: benchAuthHeader, 'kbn-xsrf': 'bench', 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': head.length + size + tail.length };
  const answer = await timedRequest(url, fillPath(FILES_URL, { case_id: caseId }), { method: 'POST', headers }, async (req) => {
    const write = (chunk) => (req.write(chunk) ? undefined : new Promise((resolve) => req.once('drain', resolve)));
    await write(head);
    for (const chunk of seededChunks(seed, size)) {
      hash.update(chunk);
      await write(chunk);
    }
    req.end(tail);
  });
  if (answer.status !== 200) throw new Error(`upload answered ${answer.status}: ${answer.text.slice(0, 300)}`);
  const file = JSON.parse(answer.text).comments.findLast((c) => c.externalReferenceAttachmentTypeId === '.files');
  if (!file) throw new Error('the upload answered a case without the .files attachment');
  return { ms: answer.ms, fileId: file.externalReferenceId, sha256: hash.digest('hex') };
}

/** Runs `transfer` while sampling the server's RSS: `{ result, rss: { baseline, peak, growth } }` in MiB. */
async function withRss(pid, transfer) {
  const baseline = await baselineRss(pid);
  const sampler = sampleRss(pid);
  let result;
  let sampled;
  try {
    result = await transfer();
  } finally {
    sampled = sampler.stop();
  }
  return { result, rss: { baseline, peak: sampled.peak, growth: sampled.peak - baseline, samples: sampled.samples.length } };
}

const mbPerSecond = (bytes, ms) => bytes / 1e6 / (ms / 1000);

/** Returns `{ size, upload, download }`, each `{ ms, mbPerSecond, rss }`; throws on any wrong byte. */
export async function measureFileTransfer({ main, size, seed = 16 }) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cases-bench-files-'));
  let server;
  try {
    server = await startBuiltServer(main, dataDir);
    const { url } = server;
    const pid = server.child.pid;
    const { body: theCase } = await callJson(url, 'POST', '/api/cases', {
      title: 'Malware sample for the files benchmark',
      description: 'Created by the files benchmark: one password-protected archive, uploaded and downloaded.',
      tags: ['bench'],
      severity: 'high',
      owner: 'securitySolution',
      assignees: [],
      settings: { syncAlerts: false },
      connector: { id: 'none', name: 'none', type: '.none', fields: null },
    });
    const up = await withRss(pid, () => uploadStream({ url, caseId: theCase.id, seed, size, name: 'sample.zip' }));
    const { fileId, sha256 } = up.result;
    const listing = await callJson(url, 'GET', fillPath(LISTING_URL, { case_id: theCase.id }));
    const listed = listing.body.files.find((f) => f.id === fileId);
    if (listed?.hash?.sha256 !== sha256 || listed.size !== size) throw new Error(`the Files listing records ${JSON.stringify(listed)}, expected ${size} bytes of SHA-256 ${sha256}`);
    const downPath = fillPath(DOWNLOAD_URL, { case_id: theCase.id, file_id: fileId });
    const down = await withRss(pid, () => timedRequest(url, downPath, { method: 'GET', headers: { authorization: benchAuthHeader } }, async (req) => req.end()));
    const got = down.result;
    if (got.status !== 200) throw new Error(`download answered ${got.status}: ${got.text.slice(0, 300)}`);
    if (got.bytes !== size || got.sha256 !== sha256) throw new Error(`downloaded ${got.bytes} bytes of SHA-256 ${got.sha256}, uploaded ${size} of ${sha256}`);
    if (!/^attachment/.test(got.headers['content-disposition'] ?? '')) throw new Error(`download served with Content-Disposition ${got.headers['content-disposition']}`);
    return {
      size,
      sha256,
      upload: { ms: up.result.ms, mbPerSecond: mbPerSecond(size, up.result.ms), rss: up.rss },
      download: { ms: got.ms, mbPerSecond: mbPerSecond(size, got.ms), rss: down.rss },
    };
  } finally {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
