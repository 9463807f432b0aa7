/**
 * `node scripts/compress_assets.mjs [dir]` (run by `npm run build:public`): writes a brotli
 * (`.br`) and a gzip (`.gz`) copy beside every text file of the built UI, so the server sends
 * them as they are (`preCompressed`) instead of compressing on every request. Compression runs
 * once at build time, at the strongest settings, because its cost is paid once and its savings
 * on every first load. A copy that would not be smaller is not written; the server then sends
 * the original.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

async function writeIfSmaller(path, original, compressed) {
  if (compressed.length < original.length) await writeFile(path, compressed);
  // A stale copy from an earlier build would be served in place of the new file.
  else await rm(path, { force: true });
}

async function compressFile(path) {
  const original = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(original, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: original.length,
      },
    }),
    gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeIfSmaller(`${path}.br`, original, br), writeIfSmaller(`${path}.gz`, original, gz)]);
  return { original: original.length, br: Math.min(br.length, original.length), gz: Math.min(gz.length, original.length) };
}

export async function compressAssets(dir) {
  const paths = [];
  for await (const path of files(dir)) if (COMPRESSIBLE.test(path)) paths.push(path);
  const totals = { files: paths.length, original: 0, br: 0, gz: 0 };
  // A bounded pool: brotli at quality 11 is CPU-bound, and the dist has hundreds of icon chunks.
  const queue = [...paths];
  const worker = async () => {
    for (let path = queue.shift(); path; path = queue.shift()) {
      const sizes = await compressFile(path);
      totals.original += sizes.original;
      totals.br += sizes.br;
      totals.gz += sizes.gz;
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return totals;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'public/dist');
  const kB = (bytes) => `${Math.round(bytes / 1024).toLocaleString('en-US')} kB`;
  const totals = await compressAssets(dir);
  console.log(`compressed ${totals.files} files in ${dir}: ${kB(totals.original)} → br ${kB(totals.br)}, gzip ${kB(totals.gz)}`);
}
