/**
 * A Lens attachment travels losslessly: the comment and `comment` user action of a Kibana export
 * holding one (the hand-made 8.10 and 9.x exports, and a Kibana-shaped visualization with a
 * data-view reference written here) import through their types' conversions, and export back
 * as Kibana wrote them (attributes and references).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportDocumentError, type ExchangeDocument, type ImportConversionContext, type SavedObject, type SavedObjectExchange } from '../../core';
import { registerFilesAttachmentType } from '../../files/files_attachment_type';
import { createCasesRegistries } from '../../registries/cases_registries';
import { createCommentType } from '../comments';
import { createUserActionType } from '../user_actions';
import { migrateForImport } from './__fixtures__/kibana_fixtures';
import { createCasesExchangeServices } from './exchange_services';

const registries = createCasesRegistries();
registerFilesAttachmentType(registries.attachments, () => undefined);
const services = createCasesExchangeServices();
const exchanges: Record<string, SavedObjectExchange> = {
  'cases-comments': createCommentType(registries.attachments, services).management!.exchange as SavedObjectExchange,
  'cases-user-actions': createUserActionType(services, registries.userActions).management!.exchange as SavedObjectExchange,
};
const context: ImportConversionContext = { namespace: 'default', referenceExists: () => true, ignoreMissingReferences: false, now: '2026-12-01T00:00:00.000Z' };

const HAND_MADE = join(__dirname, '../../../test/fixtures/kibana_exports/hand_made');
const documentsOf = (file: string): ExchangeDocument[] =>
  readFileSync(join(HAND_MADE, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as ExchangeDocument)
    .filter((document) => typeof document.type === 'string');

const isLensComment = (document: ExchangeDocument) => document.type === 'cases-comments' && document.attributes.type === 'persistableState';
const isLensAction = (document: ExchangeDocument) =>
  document.type === 'cases-user-actions' && (document.attributes.payload as { comment?: { type?: string } } | undefined)?.comment?.type === 'persistableState';

/** As the importer does it (Kibana's migrations newer than the stamp, then the type's conversion), then stored as written. */
function importDocument(document: ExchangeDocument): SavedObject {
  const exchange = exchanges[document.type];
  const write = exchange.toImport(migrateForImport(exchange, document), context);
  return { type: document.type, id: document.id, attributes: write.attributes, references: write.references, version: 'v', created_at: '', updated_at: '' };
}
const exportObject = (object: SavedObject) => exchanges[object.type].toExport(object, { namespace: 'default' });

/** A Lens visualization as Kibana's "Add to case" writes it: by value, form-based layers, the data view in its references, an absolute range. */
const lensState = {
  attributes: {
    title: 'Failed logins per host',
    description: '',
    visualizationType: 'lnsXY',
    type: 'lens',
    references: [{ type: 'index-pattern', id: 'security-solution-default', name: 'indexpattern-datasource-layer-3a0e8b1c-0000-4000-8000-000000000001' }],
    state: {
      visualization: {
        legend: { isVisible: true, position: 'right' },
        preferredSeriesType: 'bar_stacked',
        layers: [
          { layerId: '3a0e8b1c-0000-4000-8000-000000000001', accessors: ['count'], seriesType: 'bar_stacked', xAccessor: 'date', splitAccessor: 'host', layerType: 'data' },
        ],
      },
      query: { query: 'event.outcome : "failure"', language: 'kuery' },
      filters: [],
      datasourceStates: {
        formBased: {
          layers: {
            '3a0e8b1c-0000-4000-8000-000000000001': {
              columns: {
                date: { label: '@timestamp', dataType: 'date', operationType: 'date_histogram', sourceField: '@timestamp', isBucketed: true, params: { interval: 'auto' } },
                host: {
                  label: 'Top 5 values of host.name',
                  dataType: 'string',
                  operationType: 'terms',
                  sourceField: 'host.name',
                  isBucketed: true,
                  params: { size: 5, orderBy: { type: 'column', columnId: 'count' }, orderDirection: 'desc' },
                },
                count: { label: 'Count of records', dataType: 'number', operationType: 'count', sourceField: '___records___', isBucketed: false },
              },
              columnOrder: ['date', 'host', 'count'],
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
const dataView = lensState.attributes.references[0];

/** The 9.x export's Lens comment and its user action holding the visualization above; the comment also carries the data view as a reference, as a Kibana whose `.lens` type extracts them would write it. */
function kibanaShaped(): ExchangeDocument[] {
  return documentsOf('kibana_9.x_case_alert_lens_file_jira.ndjson').flatMap((document): ExchangeDocument[] => {
    if (isLensComment(document)) {
      return [{ ...document, attributes: { ...document.attributes, persistableStateAttachmentState: lensState }, references: [...document.references, dataView] }];
    }
    if (isLensAction(document)) {
      const { comment } = document.attributes.payload as { comment: Record<string, unknown> };
      return [{ ...document, attributes: { ...document.attributes, payload: { comment: { ...comment, persistableStateAttachmentState: lensState } } } }];
    }
    return [];
  });
}

describe('a Lens attachment through export and import', () => {
  it.each(['kibana_9.x_case_alert_lens_file_jira.ndjson', 'kibana_8.10_case_lens_file.ndjson'])('%s: imports, and exports back as Kibana wrote it', (file) => {
    const lens = documentsOf(file).filter((d) => isLensComment(d) || isLensAction(d));
    expect(lens.map((d) => d.type).sort()).toEqual(['cases-comments', 'cases-user-actions']);
    for (const document of lens) {
      const stored = importDocument(document);
      const exported = exportObject(stored);
      expect(exported.attributes).toEqual(document.attributes);
      expect(exported.references).toEqual(document.references);
    }
    const comment = importDocument(lens.find(isLensComment)!);
    expect(comment.attributes).toMatchObject({ type: 'persistableState', persistableStateAttachmentTypeId: '.lens', case_id: lens[0].references[0].id });
  });

  it('keeps a Kibana-shaped visualization and the references beside it, and they follow a new copy', () => {
    for (const document of kibanaShaped()) {
      const exported = exportObject(importDocument(document));
      expect(exported.attributes).toEqual(document.attributes);
      expect(exported.references).toEqual(document.references);
    }
    // As a new copy the importer rewrites the case reference; the data view, not in the file, stays as it is.
    const comment = kibanaShaped().find(isLensComment)!;
    const copied = importDocument({ ...comment, references: [{ type: 'cases', name: 'associated-cases', id: 'new-case' }, dataView] });
    expect(copied.attributes).toMatchObject({ case_id: 'new-case', persistableStateAttachmentState: lensState });
    expect(copied.references).toEqual([{ type: 'cases', name: 'associated-cases', id: 'new-case' }, dataView]);
  });

  it('refuses a Lens comment whose state the API would refuse, naming the field', () => {
    const comment = documentsOf('kibana_9.x_case_alert_lens_file_jira.ndjson').find(isLensComment)!;
    const broken = { ...comment, attributes: { ...comment.attributes, persistableStateAttachmentState: { attributes: { title: 'No range', visualizationType: 'lnsXY', state: {} } } } };
    expect(() => importDocument(broken)).toThrow(ImportDocumentError);
    expect(() => importDocument(broken)).toThrow(/^Invalid \.lens attachment: .*persistableStateAttachmentState\.timeRange/);
    const unknown = { ...comment, attributes: { ...comment.attributes, persistableStateAttachmentTypeId: '.ml-chart' } };
    expect(() => importDocument(unknown)).toThrow('Attachment type persistableState .ml-chart is not registered.');
  });
});
