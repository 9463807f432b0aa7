/**
 * The `cases` type. Everything the find API, the filter options and the metrics filter, sort,
 * search or aggregate is mapped; the rest is stored unmapped. Mapping is not free: on the
 * embedded store every mapped field is an index that each write of a case updates, so the
 * people fields that nothing queries (closed_by, updated_by, full names and emails), the
 * lifecycle times, the connector and the settings are not mapped. Map a field again when a
 * query needs it; the store indexes it at the next start. `incremental_id.text` is a keyword copy of the number so that a search for
 * `42` matches case 42 the way a search for words matches titles.
 */
import type { SavedObjectsType } from '../core';
import { CASE_SAVED_OBJECT } from '../../common/constants';
import { CASES_FEATURE_IDS, CASES_UI_CAPABILITIES } from '../../common/capabilities';
import type { CaseAttributes } from '../../common/types/domain/case';
import { customFieldIndex, observableIndex } from '../services/derived_fields';
import { CASE_EXPORT_VERSION, caseToKibana } from './exchange/case_export';
import { caseFromKibana } from './exchange/case_import';
import { CASE_MIGRATIONS } from './exchange/case_migrations';
import { exportCasesWithTheirObjects } from './exchange/case_on_export';
import { ownerExchangeAuthorization, type CasesExchangeServices } from './exchange/exchange_services';

/** The reporter filter matches a username or a profile uid. */
const reporter = { properties: { username: { type: 'keyword' }, profile_uid: { type: 'keyword' } } } as const;

export const caseType: SavedObjectsType = {
  name: CASE_SAVED_OBJECT,
  namespaceType: 'single',
  modelVersions: {
    1: { description: 'the first shape of a case, as this plugin stores it' },
    2: {
      description: 'custom field index fields (custom_field_values, custom_field_keys), derived from customFields',
      // Cases stored before them held toggle values too; without this they would never match a filter.
      migrate: (attributes) => ({
        ...attributes,
        ...customFieldIndex((attributes.customFields as CaseAttributes['customFields'] | undefined) ?? []),
      }),
    },
    3: {
      description: "observables on the case (Kibana's observables, total_observables) and their index (observable_keys)",
      // Cases from before observables get none; the index is derived from whatever they hold, so an imported Kibana case is found by its observables.
      migrate: (attributes) => {
        const observables = Array.isArray(attributes.observables) ? (attributes.observables as CaseAttributes['observables']) : [];
        return { ...attributes, observables, ...observableIndex(observables) };
      },
    },
  },
  hidden: true,
  management: { importableAndExportable: true, displayName: 'case', defaultSearchField: 'title', icon: 'casesApp' },
  /**
   * The list's filters: tags (or assignees, or a toggle custom field) with owner, severity and status. Their order is
   * the index's: status last, because the list counts cases per status under the other
   * filters, and that count is then one contiguous range.
   */
  facets: ['owner', 'severity', 'status'],
  /**
   * Observable keys are read to rank by overlap (the values table) and counted by owner; they
   * never narrow the list's facet ranges, and a facets row for each of up to 50 per case would
   * be most of the cost of writing a case that holds them.
   */
  unfaceted: ['observable_keys'],
  mappings: {
    dynamic: false,
    properties: {
      title: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 1024 } } },
      description: { type: 'text' },
      incremental_id: { type: 'long', fields: { text: { type: 'keyword' } } },
      owner: { type: 'keyword' },
      status: { type: 'keyword' },
      severity: { type: 'keyword' },
      status_rank: { type: 'short' },
      severity_rank: { type: 'short' },
      tags: { type: 'keyword' },
      category: { type: 'keyword' },
      assignees: { properties: { uid: { type: 'keyword' } } },
      created_at: { type: 'date' },
      created_by: reporter,
      updated_at: { type: 'date' },
      closed_at: { type: 'date' },
      /**
       * `key=true` / `key=false` / `key=null` of each toggle, and the keys holding a value:
       * the `_search` custom field filters and the Settings page's usage count (derived_fields.ts).
       * Arrays: the store keeps them in its values and facet tables, as tags.
       */
      custom_field_values: { type: 'keyword' },
      custom_field_keys: { type: 'keyword' },
      /**
       * Each observable's observableKey(typeKey, value): the filter and the ranking terms of
       * similar cases, and the value search (the value's key under each available type;
       * derived_fields.ts says why there is no index of the values alone). Indexed on purpose:
       * it is those queries' only selective condition. An array, kept in the values and facet
       * tables as tags are.
       */
      observable_keys: { type: 'keyword' },
      /** Kibana's stored count of the observables: sortable. */
      total_observables: { type: 'integer' },
      /** Averaged by the metrics (mean time to close). */
      duration: { type: 'long' },
    },
  },
};

/** The case view in our app; the link shows to whoever may read the owner's cases (an owner of another plugin's gets none). */
function caseViewUrl(object: { id: string; attributes: unknown }): { path: string; uiCapabilitiesPath: string } | undefined {
  const owner = (object.attributes as { owner?: unknown } | null)?.owner;
  const feature = typeof owner === 'string' ? CASES_FEATURE_IDS[owner as keyof typeof CASES_FEATURE_IDS] : undefined;
  if (!feature) return undefined;
  return { path: `/app/cases/${encodeURIComponent(object.id)}`, uiCapabilitiesPath: `${feature}.${CASES_UI_CAPABILITIES.read}` };
}

/**
 * The `cases` type with its part in export and import: a case leaves as Kibana's document with
 * its comments and user actions, arrives from any Kibana since 7.10 (or from us), and only for
 * callers who may read (export) or create (import) cases of its owner in that space.
 */
export function createCaseType(exchange: CasesExchangeServices): SavedObjectsType {
  return {
    ...caseType,
    management: {
      ...caseType.management,
      getTitle: (object) => {
        const title = (object.attributes as { title?: unknown } | null)?.title;
        return typeof title === 'string' ? title : object.id;
      },
      getInAppUrl: caseViewUrl,
      onExport: exportCasesWithTheirObjects(exchange),
      exchange: {
        exportVersion: CASE_EXPORT_VERSION,
        migrations: CASE_MIGRATIONS,
        toExport: (object) => caseToKibana(object),
        toImport: (document, context) => caseFromKibana(document, context, { isPreconfiguredConnector: (id) => exchange.get().isPreconfiguredConnector(id) }),
      },
      authorize: ownerExchangeAuthorization(exchange),
    },
  };
}
