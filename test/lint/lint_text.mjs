/**
 * Lints snippets with ESLint's Node API, outside jest: jest's module sandbox cannot load the
 * flat config (an ES module). Reads `[{ file, code }]` as JSON on stdin, writes each snippet's
 * messages as JSON on stdout.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';

const root = join(import.meta.dirname, '..', '..');
let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: root });
const results = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
