/**
 * Kibana's cases `onExport`: a case travels with every attachment and every user action of its,
 * read in the space exported from. No attachment type is left out, as in Kibana; a file
 * attachment's own file objects stay behind because their type is not exportable.
 *
 * The exporter hands the cases a page (at most a thousand) at a time; their comments and user
 * actions are read through point-in-time finders, a thousand per read, so nothing grows beyond
 * what that page of cases holds.
 */
import { CASE_COMMENT_SAVED_OBJECT, CASE_USER_ACTION_SAVED_OBJECT } from '../../../common/constants';
import { collectAll, f, type SavedObject, type SavedObjectsExportHook } from '../../core';
import type { CasesExchangeServices } from './exchange_services';

export function exportCasesWithTheirObjects(exchange: CasesExchangeServices): SavedObjectsExportHook {
  return async (context, cases) => {
    if (cases.length === 0) return cases;
    const { repository } = exchange.get();
    const ofCases = { filter: f.terms('case_id', cases.map((c) => c.id)), namespace: context.namespace, perPage: 1000 };
    // Oldest first, as Kibana reads them (the exporter orders the file itself).
    const sort = { sortField: 'created_at', sortOrder: 'asc' as const };
    try {
      const comments: SavedObject[] = await collectAll(repository, { type: CASE_COMMENT_SAVED_OBJECT, ...ofCases, ...sort });
      const userActions: SavedObject[] = await collectAll(repository, { type: CASE_USER_ACTION_SAVED_OBJECT, ...ofCases, ...sort });
      return [...cases, ...comments, ...userActions];
    } catch (error) {
      // Kibana's words; the exporter answers them as its 400.
      throw new Error(`Failed to retrieve associated objects for exporting of cases: ${(error as Error).message}`, { cause: error });
    }
  };
}
