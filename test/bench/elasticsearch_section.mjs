/**
 * The "Elasticsearch" section of BENCHMARKS.md: written by an `--elasticsearch` run alone, so
 * it carries its own date, machine, command and cluster version (the header at the top of the
 * file is the SQLite run's).
 */
import { round } from './stats.mjs';

export const ELASTICSEARCH_SECTION_TITLE = 'Elasticsearch';

/** The sections an Elasticsearch run leaves out: they measure the embedded store or the bundle, not a cluster. */
export const SKIPPED_ON_ELASTICSEARCH = ['Startup', 'Data generation (SQLite)', 'Ceilings', 'Read workers', '`_find` at scale', 'Under load', 'UI'];

const fmt = (n) => n.toLocaleString('en-US');

/** `results`: runElasticsearch's answer; `machine`: describeMachine's, of the machine running the bench and the server. */
export function elasticsearchSection({ cluster, size, generation: g, api }, { machine, command }) {
  return {
    title: ELASTICSEARCH_SECTION_TITLE,
    note:
      `Measured ${machine.date} by \`${command}\` against Elasticsearch ${cluster.version} (${cluster.flavor}), from ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; the cluster's own hardware is not measured. ` +
      `${fmt(g.cases)} generated cases, ${fmt(g.comments)} comments and ${fmt(g.userActions)} user actions, the SQLite run's data, bulk-indexed in the server's document layout into a fresh alias made by the server's bootstrap: ` +
      `${fmt(Math.round(g.documentsPerSecond))} documents/s (bulk calls alone), ${round(g.seconds, 1)} s in all, ${round(g.storeMiB, 0)} MiB of primary store; the alias is deleted afterwards. ` +
      'The API scenarios are the same as in the API section, one route at a time over 127.0.0.1, with the server reading and writing the cluster, so latency includes the round trips to it and, for searches, its query time. ' +
      `Not measured here, as they concern the embedded store or the bundle: ${SKIPPED_ON_ELASTICSEARCH.join(', ')}. The scenarios ran at ${fmt(size)} cases.`,
    rows: api.rows,
  };
}
