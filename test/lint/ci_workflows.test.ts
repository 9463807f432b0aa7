/**
 * The GitHub Actions workflows cannot run on these machines (no containers), so they are checked
 * against GitHub's workflow schema here, with the schema validator action-validator ships, and a
 * broken workflow fails `npm test` instead of the first push.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { parse } from 'yaml';

const WORKFLOWS = join(__dirname, '../../.github/workflows');
const files = readdirSync(WORKFLOWS).filter((name) => /\.ya?ml$/.test(name));

describe('GitHub Actions workflows', () => {
  it('has the Elasticsearch workflow', () => {
    expect(files).toContain('elasticsearch.yml');
  });

  it('the validator rejects a workflow GitHub would reject (the check works)', () => {
    const broken = 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz: []\n';
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it.each(files)('%s matches GitHub\'s workflow schema', (name) => {
    expect(validateWorkflow(readFileSync(join(WORKFLOWS, name), 'utf8')).errors).toEqual([]);
  });

  it('runs every suite against Elasticsearch 8 and 9 with ELASTICSEARCH_HOSTS set', () => {
    const workflow = parse(readFileSync(join(WORKFLOWS, 'elasticsearch.yml'), 'utf8'));
    const job = workflow.jobs.test;
    const majors = (job.strategy.matrix.elasticsearch as string[]).map((version) => version.split('.')[0]);
    expect(majors.sort()).toEqual(['8', '9']);
    expect(job.env.ELASTICSEARCH_HOSTS).toMatch(/^http:\/\/localhost:9200$/);
    expect(job.steps.map((step: { run?: string }) => step.run).filter(Boolean)).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
  });
});
