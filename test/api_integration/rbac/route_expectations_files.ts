/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as each route shapes them */
/**
 * The expectation rows of issue 16's routes (see route_expectations.ts for the kinds). Files
 * follow Kibana's file operations, which check the comment groups of the case's owner: upload is
 * createComment, the listing and download are read (getComment), the bulk delete is delete
 * (deleteComment). Observables add, bulk add, update and delete are update (Kibana's
 * updateCase). Similar cases read the case (getCase). The observable search is a search over
 * the owners the caller reads; asked to count with `caseId`, it reads that case first, as a
 * by-id call.
 */
import { hasId, read, search } from './route_call_builders';
import type { RouteExpectation } from './route_expectations';
import { BASE_OBSERVABLE, type SpaceFixtures } from './space_fixtures';

const OBSERVABLES_SEARCH = '/internal/cases/observables/_search';
/** A value search or count reveals the base case when it counts or lists its observable value. */
const countsBase = (a: { body: any }) => (a.body?.counts?.[BASE_OBSERVABLE.value] ?? 0) > 0;

export const files: Record<string, RouteExpectation> = {
  'POST /api/cases/{case_id}/files': {
    calls: [
      {
        label: 'upload a file',
        kind: 'byId',
        needs: ['createComment'],
        request: async (fx: SpaceFixtures) => ({ method: 'POST', path: `/api/cases/${(await fx.slot('commentable')).id}/files`, form: fx.fileForm('upload') }),
      },
    ],
  },
  'GET /internal/cases/{case_id}/files': {
    calls: [read('list files', (fx) => `/internal/cases/${fx.base.caseId}/files`), read('search files', (fx) => `/internal/cases/${fx.base.caseId}/files?search=evid`)],
  },
  'GET /internal/cases/{case_id}/files/{file_id}/download': {
    calls: [read('download a file', (fx) => `/internal/cases/${fx.base.caseId}/files/${fx.base.fileId}/download`)],
  },
  'POST /internal/cases/{case_id}/attachments/files/_bulk_delete': {
    calls: [
      {
        label: 'delete files',
        kind: 'byId',
        needs: ['delete'],
        slot: 'caseWithFile',
        request: async (fx) => {
          const { caseId, fileId } = await fx.slot('caseWithFile');
          return { method: 'POST', path: `/internal/cases/${caseId}/attachments/files/_bulk_delete`, body: { ids: [fileId] } };
        },
      },
    ],
  },
};

export const observables: Record<string, RouteExpectation> = {
  'POST /internal/cases/{case_id}/observables': {
    calls: [
      {
        label: 'add an observable',
        kind: 'byId',
        needs: ['update'],
        slot: 'openCase',
        request: async (fx) => ({ method: 'POST', path: `/internal/cases/${(await fx.slot('openCase')).id}/observables`, body: fx.observableBody() }),
      },
    ],
  },
  'POST /internal/cases/{case_id}/observables/_bulk_create': {
    calls: [
      {
        label: 'bulk add observables',
        kind: 'byId',
        needs: ['update'],
        slot: 'openCase',
        request: async (fx) => {
          const caseId = (await fx.slot('openCase')).id;
          return { method: 'POST', path: `/internal/cases/${caseId}/observables/_bulk_create`, body: { caseId, observables: [fx.observableBody().observable] } };
        },
      },
    ],
  },
  'PATCH /internal/cases/{case_id}/observables/{observable_id}': {
    calls: [
      {
        label: 'update an observable',
        kind: 'byId',
        needs: ['update'],
        slot: 'caseWithObservable',
        request: async (fx) => {
          const { caseId, observableId } = await fx.slot('caseWithObservable');
          return { method: 'PATCH', path: `/internal/cases/${caseId}/observables/${observableId}`, body: { observable: { value: '198.51.100.8', description: 'edited' } } };
        },
      },
    ],
  },
  'DELETE /internal/cases/{case_id}/observables/{observable_id}': {
    calls: [
      {
        label: 'delete an observable',
        kind: 'byId',
        needs: ['update'],
        slot: 'caseWithObservable',
        request: async (fx) => {
          const { caseId, observableId } = await fx.slot('caseWithObservable');
          return { method: 'DELETE', path: `/internal/cases/${caseId}/observables/${observableId}` };
        },
      },
    ],
  },
  'POST /internal/cases/{case_id}/_similar': {
    calls: [
      {
        label: 'similar cases',
        kind: 'byId',
        needs: ['read'],
        request: async (fx) => ({ method: 'POST', path: `/internal/cases/${fx.base.caseId}/_similar`, body: { perPage: 10 } }),
      },
    ],
  },
  'POST /internal/cases/observables/_search': {
    calls: [
      search('cases holding a value', () => ({ method: 'POST', path: OBSERVABLES_SEARCH, body: { value: BASE_OBSERVABLE.value, perPage: 100 } }), (a, fx) =>
        hasId(a.body?.cases, fx.base.caseId),
      ),
      search('cases holding a value of a type', () => ({ method: 'POST', path: OBSERVABLES_SEARCH, body: { ...BASE_OBSERVABLE, perPage: 100 } }), (a, fx) =>
        hasId(a.body?.cases, fx.base.caseId),
      ),
      search('how many cases hold a value', () => ({ method: 'POST', path: OBSERVABLES_SEARCH, body: { values: [BASE_OBSERVABLE.value] } }), countsBase),
      {
        // Names a case, so the case is checked first, as every by-id call: 404 to a caller with no
        // privilege in the space, 403 to one who reads other owners only.
        label: 'how many other cases hold the values of a case',
        kind: 'byId',
        needs: ['read'],
        request: async (fx) => ({ method: 'POST', path: OBSERVABLES_SEARCH, body: { values: [BASE_OBSERVABLE.value], caseId: fx.base.caseId } }),
      },
    ],
  },
};
