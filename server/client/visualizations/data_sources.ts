/**
 * The three sources a chart may read, each as the caller may read it in the request's space:
 * the space's alert and event indices (with the alerts read privilege, as the Alerts page), and
 * the space's cases of the owners the caller may read (as the case find). A source answers
 * aggregations through its own store; every search of the cases source carries the owner
 * filter, so no chart counts a case its reader could not open.
 */
import { VISUALIZATION_SOURCES, type VisualizationSourceId } from '../../../common/visualizations/definition';
import type { VisualizationDataSource } from '../../../common/visualizations/query_api';
import { alertIndexDefinition } from '../../alerts/alert_index';
import { eventIndexDefinition } from '../../alerts/event_index';
import { caseType } from '../../saved_object_types/cases';
import { f, isHttpError, type AggregationRequest, type AggregationResult, type FilterNode } from '../../core';
import { ALERTS_OWNER, documentsOf, type DocumentKind } from '../alerts_source/documents_of';
import { authorizedOwners, ensureAuthorized, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { fieldsOfMappings } from './source_fields';

export interface SourceSearchRequest {
  filter?: FilterNode;
  /** Words every result must hold (the stores' search syntax); over `searchFields`, or every text field. */
  search?: string;
  searchFields?: string[];
  aggs?: Record<string, AggregationRequest>;
}

export interface SourceSearchResult {
  /** Exact: documents (or cases) matched. */
  total: number;
  aggregations?: Record<string, AggregationResult>;
}

/** One aggregation-only search of a source, already limited to what the caller may read. */
export type SourceSearch = (request: SourceSearchRequest) => Promise<SourceSearchResult>;

export interface OpenedSource {
  source: VisualizationDataSource;
  search: SourceSearch;
}

/** Kibana's Security Solution reads events from these Beats and Agent indices; a Lens state over them means our events. */
const EVENT_INDEX_PATTERNS = ['logs-*', 'auditbeat-*', 'winlogbeat-*', 'filebeat-*', 'packetbeat-*', 'endgame-*'];
/** Kibana's alerts index of any space, as Security's data views name it. */
const KIBANA_ALERTS_PATTERN = '.alerts-security.alerts-*';
/** Kibana stores cases in this system index since 8.18; a Lens state from there names it. */
const KIBANA_CASES_INDEX = '.kibana_alerting_cases';

/**
 * Case fields that exist for the store's sake: sort ranks derived from status and severity,
 * index terms of custom fields and observables, and the number's keyword copy for search.
 * Charting them would show encodings, not facts.
 */
const HIDDEN_CASE_FIELDS = new Set(['status_rank', 'severity_rank', 'custom_field_values', 'custom_field_keys', 'observable_keys', 'incremental_id.text']);

const unique = (values: string[]) => [...new Set(values)];
const inSpace = (pattern: string, spaceId: string) => pattern.split('{spaceId}').join(spaceId);

const textFieldsOf = (source: VisualizationDataSource) => source.fields.filter((field) => field.text).map((field) => field.name);

function documentsSource(args: CasesClientArgs, kind: DocumentKind): VisualizationDataSource {
  const definition = kind === 'alerts' ? alertIndexDefinition(args.config) : eventIndexDefinition(args.config);
  const common = { timeField: '@timestamp', fields: fieldsOfMappings(definition.mappings.properties) };
  const own = [inSpace(definition.pattern, args.spaceId), inSpace(definition.pattern, '*')];
  if (kind === 'alerts') {
    return { id: 'alerts', name: 'Alerts', ...common, indexPatterns: unique([...own, KIBANA_ALERTS_PATTERN]), dataViewIds: [`security-solution-${args.spaceId}`] };
  }
  return { id: 'events', name: 'Events', ...common, indexPatterns: unique([...own, ...EVENT_INDEX_PATTERNS]), dataViewIds: [] };
}

const casesSource = (): VisualizationDataSource => ({
  id: 'cases',
  name: 'Cases',
  timeField: 'created_at',
  indexPatterns: [KIBANA_CASES_INDEX],
  dataViewIds: [],
  fields: fieldsOfMappings(caseType.mappings.properties, HIDDEN_CASE_FIELDS),
});

async function openDocuments(args: CasesClientArgs, kind: DocumentKind): Promise<OpenedSource> {
  await ensureAuthorized(args, documentsOf(args, kind).operations.read, [ALERTS_OWNER]);
  const source = documentsSource(args, kind);
  const textFields = textFieldsOf(source);
  const search: SourceSearch = async (request) => {
    const found = await args.documents[kind].search({
      filter: request.filter,
      ...(request.search ? { search: request.search, searchFields: request.searchFields ?? textFields } : {}),
      perPage: 0,
      aggs: request.aggs,
    });
    return { total: found.total, aggregations: found.aggregations };
  };
  return { source, search };
}

async function openCases(args: CasesClientArgs): Promise<OpenedSource> {
  const owners = await authorizedOwners(args, Operations.findCases);
  const source = casesSource();
  const textFields = textFieldsOf(source);
  const ofOwners = f.terms('owner', owners);
  const search: SourceSearch = async (request) => {
    const found = await args.services.cases.find({
      filter: request.filter ? f.and(ofOwners, request.filter) : ofOwners,
      // Words combine as in the document stores, so a query reads the same on every source.
      ...(request.search ? { search: request.search, searchFields: request.searchFields ?? textFields, defaultSearchOperator: 'AND' as const } : {}),
      perPage: 0,
      aggs: request.aggs,
    });
    return { total: found.total, aggregations: found.aggregations };
  };
  return { source, search };
}

/** The source, once the caller is known to may read it: 403 otherwise (401 without a caller). */
export function openSource(args: CasesClientArgs, id: VisualizationSourceId): Promise<OpenedSource> {
  return id === 'cases' ? openCases(args) : openDocuments(args, id);
}

const isRefusal = (error: unknown) => isHttpError(error) && error.statusCode === 403;

/**
 * The sources the caller may read, in the contract's order. A caller who may read none gets the
 * platform's 403, as a case find does; any other failure (401, a store error) is not hidden.
 */
export async function readableSources(args: CasesClientArgs): Promise<VisualizationDataSource[]> {
  const refusals: unknown[] = [];
  const opened = await Promise.all(
    VISUALIZATION_SOURCES.map((id) =>
      openSource(args, id).then(
        ({ source }) => source,
        (error: unknown) => {
          if (!isRefusal(error)) throw error;
          refusals.push(error);
          return undefined;
        },
      ),
    ),
  );
  const sources = opened.filter((source): source is VisualizationDataSource => source !== undefined);
  if (sources.length === 0) throw refusals[0];
  return sources;
}
