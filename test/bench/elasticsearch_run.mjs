/**
 * `npm run bench -- --elasticsearch`: the API scenarios against the cluster in
 * ELASTICSEARCH_HOSTS, on generated data seeded into the bench's own alias, which is deleted
 * at the end. Only the API scenarios run: startup, the ceilings, the scale curve, the read
 * workers, the loaded run and the UI measure the embedded store or the bundle, and say nothing
 * about a cluster.
 */
import { benchApiScenarios } from './api_scenarios.mjs';
import { SKIPPED_ON_ELASTICSEARCH } from './elasticsearch_section.mjs';
import { builtSeedingModel, createBenchClient, createSeededCluster } from './generate/seeded_cluster.mjs';

const COMMENTS_PER_CASE = 10;

/** What GET / says of the cluster: the version is what the published figures are of. */
async function describeCluster(client, hosts) {
  let info;
  try {
    info = await client.info();
  } catch (e) {
    // The first request: most often a wrong host, port, CA or credentials, so say which cluster.
    throw new Error(`cannot reach Elasticsearch at ${hosts.join(', ')} (ELASTICSEARCH_HOSTS): ${e.message}`);
  }
  return { name: info.cluster_name, version: info.version.number, flavor: info.version.build_flavor };
}

/** The same size the SQLite run measures its API scenarios at: the second-largest, or the only one. */
export const scenarioSizeOf = (sizes) => (sizes.length >= 2 ? sizes[sizes.length - 2] : sizes[0]);

export async function runElasticsearch({ main, quick, sizes, timing, elasticsearch }) {
  const size = scenarioSizeOf(sizes);
  const client = createBenchClient(elasticsearch);
  try {
    const cluster = await describeCluster(client, elasticsearch.hosts);
    console.error(`Elasticsearch ${cluster.version} (${cluster.flavor}, cluster ${cluster.name}); skipped, as they measure no cluster: ${SKIPPED_ON_ELASTICSEARCH.join(', ')}`);
    console.error(`seeding ${size.toLocaleString('en-US')} cases, ${COMMENTS_PER_CASE} comments per case…`);
    const seeded = await createSeededCluster({ main, client, model: builtSeedingModel(), settings: elasticsearch, cases: size, commentsPerCase: COMMENTS_PER_CASE, verbose: !quick });
    try {
      console.error('API scenarios…');
      const api = await benchApiScenarios({ main, folder: seeded, duration: timing.scenarioSeconds });
      return { cluster, size, generation: seeded.report, api };
    } finally {
      await seeded.remove();
    }
  } finally {
    await client.close();
  }
}
