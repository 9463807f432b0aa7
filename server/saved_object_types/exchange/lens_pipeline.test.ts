/**
 * A Lens attachment travels losslessly: a Kibana export holding one (the hand-made 8.10 and 9.x
 * exports, and a Kibana-shaped visualization with data-view references written here) imports
 * through the real importer into SQLite, and our export of the case gives Kibana's comment and
 * its user action back (attributes and references), ids aside.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createExporter, createImporter, createLogger, createSqliteBackend, fakeRequest, TypeRegistry } from '../../core/mocks';
import type { ExchangeDocument, ImportResponse } from '../../core';

type SqliteBackend = ReturnType<typeof createSqliteBackend>;
type ExchangeDeps = Parameters<typeof createImporter>[0];
import { registerFilesAttachmentType } from '../../files/files_attachment_type';
import { createCasesRegistries } from '../../registries/cases_registries';
import { createCasesSavedObjectTypes } from '..';
import { COMMENT_EXPORT_VERSION } from './comment_exchange';
import { createCasesExchangeServices } from './exchange_services';

const HAND_MADE = join(__dirname, '../../../test/fixtures/kibana_exports/hand_made');
const readExport = (file: string) => readFileSync(join(HAND_MADE, file), 'utf8');
const documentsOf = (ndjson: string): ExchangeDocument[] =>
  ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExchangeDocument)
    .filter((document) => typeof document.type === 'string');

let dir: string;
let backend: SqliteBackend;
let deps: ExchangeDeps;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lens-exchange-'));
  const registries = createCasesRegistries();
  registerFilesAttachmentType(registries.attachments, () => undefined);
  const services = createCasesExchangeServices();
  const registry = new TypeRegistry();
  for (const type of createCasesSavedObjectTypes(registries.attachments, services)) registry.registerType(type);
  registry.freeze();
  backend = createSqliteBackend({ path: join(dir, 'so.db'), registry });
  await backend.start();
  services.start({ repository: backend.repository, refusedOwners: async () => new Map(), isPreconfiguredConnector: () => false });
  deps = {
    registry,
    repository: backend.repository,
    limits: { maxImportExportSize: 10_000, maxImportPayloadBytes: 10 * 1024 * 1024 },
    logger: createLogger({ level: 'silent' }),
    tmpDir: join(dir, 'spool'),
  };
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const importNdjson = (ndjson: string, more: { createNewCopies?: boolean } = {}): Promise<ImportResponse> =>
  createImporter(deps).import(Readable.from([Buffer.from(ndjson)]), {
    namespace: 'default',
    request: fakeRequest({ method: 'POST', path: '/api/saved_objects/_import' }),
    ...more,
  });

async function exportCase(caseId: string): Promise<ExchangeDocument[]> {
  const stream = await createExporter(deps).export({
    namespace: 'default',
    request: fakeRequest({ method: 'POST', path: '/api/saved_objects/_export' }),
    objects: [{ type: 'cases', id: caseId }],
    excludeExportDetails: true,
  });
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return documentsOf(Buffer.concat(chunks).toString('utf8'));
}

/**
 * What a Kibana export line says about the object, beyond its bookkeeping (version, SO
 * timestamps) and its stamp: ours is the model version we write (user actions at their own), a
 * hand-made export's is the era's.
 */
const essence = ({ type, id, attributes, references, coreMigrationVersion, managed }: ExchangeDocument & { managed?: boolean }) => ({
  type,
  id,
  attributes,
  references,
  coreMigrationVersion,
  managed,
});

const isLens = (document: ExchangeDocument) =>
  (document.type === 'cases-comments' && document.attributes.type === 'persistableState') ||
  (document.type === 'cases-user-actions' && (document.attributes.payload as { comment?: { type?: string } } | undefined)?.comment?.type === 'persistableState');

/** A Lens visualization as Kibana's "Add to case" writes it: by value, form-based layers, the data view in its references, an absolute range. */
const lensState = {
  attributes: {
    title: 'Failed logins per host',
    description: '',
    visualizationType: 'lnsXY',
    type: 'lens',
    references: [
      { type: 'index-pattern', id: 'security-solution-default', name: 'indexpattern-datasource-layer-3a0e8b1c-0000-4000-8000-000000000001' },
    ],
    state: {
      visualization: {
        legend: { isVisible: true, position: 'right' },
        preferredSeriesType: 'bar_stacked',
        layers: [
          {
            layerId: '3a0e8b1c-0000-4000-8000-000000000001',
            accessors: ['count-column'],
            seriesType: 'bar_stacked',
            xAccessor: 'date-column',
            splitAccessor: 'host-column',
            layerType: 'data',
          },
        ],
      },
      query: { query: 'event.outcome : "failure"', language: 'kuery' },
      filters: [],
      datasourceStates: {
        formBased: {
          layers: {
            '3a0e8b1c-0000-4000-8000-000000000001': {
              columns: {
                'date-column': { label: '@timestamp', dataType: 'date', operationType: 'date_histogram', sourceField: '@timestamp', isBucketed: true, params: { interval: 'auto' } },
                'host-column': {
                  label: 'Top 5 values of host.name',
                  dataType: 'string',
                  operationType: 'terms',
                  sourceField: 'host.name',
                  isBucketed: true,
                  params: { size: 5, orderBy: { type: 'column', columnId: 'count-column' }, orderDirection: 'desc' },
                },
                'count-column': { label: 'Count of records', dataType: 'number', operationType: 'count', sourceField: '___records___', isBucketed: false },
              },
              columnOrder: ['date-column', 'host-column', 'count-column'],
              incompleteColumns: {},
            },
          },
        },
      },
      internalReferences: [],
      adHocDataViews: {},
    },
  },
  timeRange: { from: '2025-04-24T00:00:00.000Z', to: '2025-05-01T00:00:00.000Z' },
};

const CASE_ID = '9000d000-0000-4000-8000-000000000001';
/** The 9.x export with its Lens comment replaced by the visualization above; its comment also carries the data view as a reference, as a Kibana whose `.lens` type extracts them would write it. */
function withKibanaShapedLens(): string {
  return documentsOf(readExport('kibana_9.x_case_alert_lens_file_jira.ndjson'))
    .map((document) => {
      if (document.type === 'cases-comments' && document.attributes.type === 'persistableState') {
        return {
          ...document,
          attributes: { ...document.attributes, persistableStateAttachmentState: lensState },
          references: [...document.references, { ...lensState.attributes.references[0] }],
        };
      }
      if (isLens(document)) {
        const payload = document.attributes.payload as { comment: Record<string, unknown> };
        return { ...document, attributes: { ...document.attributes, payload: { comment: { ...payload.comment, persistableStateAttachmentState: lensState } } } };
      }
      return document;
    })
    .map((document) => JSON.stringify(document))
    .join('\n');
}

describe('a Lens attachment through export and import', () => {
  it.each([
    ['kibana_9.x_case_alert_lens_file_jira.ndjson', CASE_ID],
    ['kibana_8.10_case_lens_file.ndjson', '8a00c000-0000-4000-8000-000000000001'],
  ])('%s: imports, and exports back as Kibana wrote it', async (file, caseId) => {
    const result = await importNdjson(readExport(file));
    // The connector of the 9.x case is not in the file: the case imports all the same.
    expect(result.errors ?? []).toEqual([]);
    expect(result.successResults).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'cases-comments', id: expect.any(String) })]));

    const kibana = documentsOf(readExport(file)).filter(isLens);
    expect(kibana.map((d) => d.type).sort()).toEqual(['cases-comments', 'cases-user-actions']);
    const ours = (await exportCase(caseId)).filter(isLens);
    for (const document of kibana) {
      const exported = ours.find((d) => d.id === document.id);
      expect(essence(exported!)).toEqual(essence(document));
    }
    expect(ours.find((d) => d.type === 'cases-comments')?.typeMigrationVersion).toBe(COMMENT_EXPORT_VERSION);
  });

  it('keeps a Kibana-shaped visualization and the references beside it, also as a new copy', async () => {
    const ndjson = withKibanaShapedLens();
    expect((await importNdjson(ndjson)).errors ?? []).toEqual([]);
    const kibana = documentsOf(ndjson).filter(isLens);
    const ours = (await exportCase(CASE_ID)).filter(isLens);
    for (const document of kibana) expect(essence(ours.find((d) => d.id === document.id)!)).toEqual(essence(document));

    // As a new copy the case reference follows the new case; the data view, not in the file, stays.
    const copied = await importNdjson(ndjson, { createNewCopies: true });
    const newCaseId = copied.successResults?.find((r) => r.type === 'cases')?.destinationId;
    const newCommentId = copied.successResults?.find((r) => r.type === 'cases-comments' && r.id === '9000d000-0000-4000-8000-000000000012')?.destinationId;
    expect(newCaseId).toBeDefined();
    const comment = await backend.repository.get<Record<string, unknown>>('cases-comments', newCommentId!, { namespace: 'default' });
    expect(comment.attributes).toMatchObject({ case_id: newCaseId, persistableStateAttachmentState: lensState });
    expect(comment.references).toEqual([{ type: 'cases', name: 'associated-cases', id: newCaseId }, lensState.attributes.references[0]]);
  });

  it('refuses a Lens comment whose state the API would refuse, naming the field, and imports the rest', async () => {
    const broken = documentsOf(readExport('kibana_9.x_case_alert_lens_file_jira.ndjson')).map((document) =>
      document.type === 'cases-comments' && document.attributes.type === 'persistableState'
        ? { ...document, attributes: { ...document.attributes, persistableStateAttachmentState: { attributes: { title: 'No range', visualizationType: 'lnsXY', state: {} } } } }
        : document,
    );
    const result = await importNdjson(broken.map((d) => JSON.stringify(d)).join('\n'));
    expect(result.errors).toEqual([
      expect.objectContaining({
        type: 'cases-comments',
        id: '9000d000-0000-4000-8000-000000000012',
        line: 3,
        error: expect.objectContaining({ type: 'unknown', message: expect.stringContaining('persistableStateAttachmentState.timeRange') }),
      }),
    ]);
    expect(result.successCount).toBeGreaterThan(0);
  });
});
