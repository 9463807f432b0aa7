/* eslint-disable @typescript-eslint/no-explicit-any -- answers are read as each route shapes them */
/**
 * The expectation table: every cases route of docs/openapi.yaml, the call(s) the matrix makes
 * on it, and the privilege groups each call needs on the owner of what it touches. The groups
 * follow Kibana's mapping (route → client operation → privilege group):
 *   read: get case / comments / tags / reporters / user actions / configuration (getCase,
 *         getComment, getTags, getReporters, getUserActions, findConfigurations);
 *   create: createCase; update: updateCase, updateComment; delete: deleteCase, deleteComment;
 *   settings: create/updateConfiguration; createComment; reopenCase; assign (assignCase).
 * Special rules from Kibana's clients: creating with assignees needs assign too; a bulk update
 * needs reopenCase when it reopens, assign when it changes assignees, and updateCase unless it
 * only reopens or only assigns. Routes of ours that Kibana lacks need what the Kibana operation
 * they resemble needs (removing alerts is deleting attachments).
 * Files (Kibana's createFile/getFile/deleteFile map to the comment groups): upload needs
 * createComment, the listing and download read, the bulk delete delete. Observables add, bulk
 * add, update and delete need update (Kibana checks updateCase); similar cases read the case.
 *
 * Kinds, which decide what a refusal looks like:
 *   byId: acts on an existing object: 403 where the role has some privilege in the space,
 *         404 where it has none (the space is invisible to it). Every route under a case id
 *         is one, as the issue asks (fetch, then check the owner), even where Kibana's client
 *         filters a list by owner instead (getAllComments, findComments answer an empty list);
 *         an empty 200 for a case the caller may not read counts as an escape;
 *   create: makes a new object from the body's owner, or reads by an owner the call names
 *         outright (no object is named): 403;
 *   search: reads what the role may read: allowed when it reads any owner in the space, 403
 *         otherwise; `reveals` says whether the answer shows the owner's case, which it must
 *         exactly when the role reads that owner;
 *   open: not a cases operation; any signed-in user.
 */
import type { Group } from './privilege_oracle';
import type { Answer, Request } from './rbac_client';
import { hasId, read, search } from './route_call_builders';
import { files, observables } from './route_expectations_files';
import { push } from './route_expectations_push';
import { BASE_OBSERVABLE, CUSTOM_FIELD, OWNER, configurationBody, type SlotName, type SpaceFixtures } from './space_fixtures';

export type Kind = 'byId' | 'create' | 'search' | 'open';

export interface RouteCall {
  label: string;
  kind: Kind;
  /** Groups needed on the owner (byId, create). */
  needs?: Group[];
  /** The object the call may change: made again after any call that was not refused. */
  slot?: SlotName;
  request(fx: SpaceFixtures): Promise<Request>;
  /** Searches: does the answer show the base case (or its marks)? */
  reveals?(answer: Answer, fx: SpaceFixtures): boolean;
}

export type RouteExpectation = { calls: RouteCall[] } | { skip: string };

/** A bulk update of one case: the operations it needs depend on what it changes. */
const patchCase = (label: string, slot: SlotName, needs: Group[], changes: (fx: SpaceFixtures) => Record<string, unknown>): RouteCall => ({
  label,
  kind: 'byId',
  needs,
  slot,
  request: async (fx) => {
    const target = await fx.slot(slot);
    return { method: 'PATCH', path: '/api/cases', body: { cases: [{ id: target.id, version: target.version, ...changes(fx) }] } };
  },
});

export const ROUTE_EXPECTATIONS: Record<string, RouteExpectation> = {
  'POST /api/cases': {
    calls: [
      { label: 'create', kind: 'create', needs: ['create'], request: async (fx) => ({ method: 'POST', path: '/api/cases', body: fx.caseBody() }) },
      {
        label: 'create with assignees',
        kind: 'create',
        needs: ['create', 'assign'],
        request: async (fx) => ({ method: 'POST', path: '/api/cases', body: fx.caseBody({ assignees: [{ uid: fx.assigneeUid }] }) }),
      },
    ],
  },
  'DELETE /api/cases': {
    calls: [
      {
        label: 'delete',
        kind: 'byId',
        needs: ['delete'],
        slot: 'deletableCase',
        request: async (fx) => ({ method: 'DELETE', path: `/api/cases?ids=${encodeURIComponent(JSON.stringify([(await fx.slot('deletableCase')).id]))}` }),
      },
    ],
  },
  'PATCH /api/cases': {
    calls: [
      patchCase('change the title', 'openCase', ['update'], (fx) => ({ title: fx.caseBody().title })),
      patchCase('close', 'openCase', ['update'], () => ({ status: 'closed' })),
      patchCase('reopen (status only)', 'closedCase', ['reopenCase'], () => ({ status: 'open' })),
      patchCase('reopen and retitle', 'closedCase', ['reopenCase', 'update'], (fx) => ({ status: 'open', title: fx.caseBody().title })),
      patchCase('assign (assignees only)', 'openCase', ['assign'], (fx) => ({ assignees: [{ uid: fx.assigneeUid }] })),
      patchCase('assign and retitle', 'openCase', ['assign', 'update'], (fx) => ({ assignees: [{ uid: fx.assigneeUid }], title: fx.caseBody().title })),
    ],
  },
  'GET /api/cases/_find': {
    calls: [search('find', () => ({ method: 'GET', path: '/api/cases/_find?perPage=100' }), (a, fx) => hasId(a.body?.cases, fx.base.caseId))],
  },
  'GET /api/cases/reporters': {
    // Every case of the space is the owner's and the superuser reported them all.
    calls: [search('reporters', () => ({ method: 'GET', path: '/api/cases/reporters' }), (a) => Array.isArray(a.body) && a.body.some((r: any) => r?.username === 'elastic'))],
  },
  'GET /api/cases/tags': {
    calls: [search('tags', () => ({ method: 'GET', path: '/api/cases/tags' }), (a, fx) => Array.isArray(a.body) && a.body.includes(fx.base.tag))],
  },
  'GET /api/cases/{case_id}': { calls: [read('get', (fx) => `/api/cases/${fx.base.caseId}`)] },
  'GET /api/cases/{case_id}/resolve': { calls: [read('resolve', (fx) => `/api/cases/${fx.base.caseId}/resolve`)] },
  'POST /api/cases/{case_id}/comments': {
    calls: [
      {
        label: 'add a comment',
        kind: 'byId',
        needs: ['createComment'],
        request: async (fx) => ({ method: 'POST', path: `/api/cases/${(await fx.slot('commentable')).id}/comments`, body: fx.userComment() }),
      },
      {
        // Kibana's threat-intelligence indicator attachment goes through the comments API too.
        label: 'attach an indicator',
        kind: 'byId',
        needs: ['createComment'],
        request: async (fx) => ({ method: 'POST', path: `/api/cases/${(await fx.slot('commentable')).id}/comments`, body: fx.indicatorComment() }),
      },
    ],
  },
  'PATCH /api/cases/{case_id}/comments': {
    calls: [
      {
        label: 'update a comment',
        kind: 'byId',
        needs: ['update'],
        slot: 'caseWithComment',
        request: async (fx) => {
          const { caseId, commentId, commentVersion } = await fx.slot('caseWithComment');
          return { method: 'PATCH', path: `/api/cases/${caseId}/comments`, body: { id: commentId, version: commentVersion, ...fx.userComment('edited') } };
        },
      },
    ],
  },
  'DELETE /api/cases/{case_id}/comments': {
    calls: [
      {
        label: 'delete all comments',
        kind: 'byId',
        needs: ['delete'],
        slot: 'caseWithComment',
        request: async (fx) => ({ method: 'DELETE', path: `/api/cases/${(await fx.slot('caseWithComment')).caseId}/comments` }),
      },
    ],
  },
  'GET /api/cases/{case_id}/comments': { calls: [read('all comments', (fx) => `/api/cases/${fx.base.caseId}/comments`)] },
  'GET /api/cases/{case_id}/comments/_find': { calls: [read('find comments', (fx) => `/api/cases/${fx.base.caseId}/comments/_find`)] },
  'GET /api/cases/{case_id}/comments/{comment_id}': { calls: [read('get a comment', (fx) => `/api/cases/${fx.base.caseId}/comments/${fx.base.commentId}`)] },
  'DELETE /api/cases/{case_id}/comments/{comment_id}': {
    calls: [
      {
        label: 'delete a comment',
        kind: 'byId',
        needs: ['delete'],
        slot: 'caseWithComment',
        request: async (fx) => {
          const { caseId, commentId } = await fx.slot('caseWithComment');
          return { method: 'DELETE', path: `/api/cases/${caseId}/comments/${commentId}` };
        },
      },
    ],
  },
  'GET /api/cases/{case_id}/user_actions': { calls: [read('user actions', (fx) => `/api/cases/${fx.base.caseId}/user_actions`)] },
  'GET /api/cases/{case_id}/user_actions/_find': { calls: [read('find user actions', (fx) => `/api/cases/${fx.base.caseId}/user_actions/_find`)] },
  'GET /api/cases/configure': {
    calls: [search('configuration', () => ({ method: 'GET', path: '/api/cases/configure' }), (a) => Array.isArray(a.body) && a.body.some((c: any) => c?.owner === OWNER))],
  },
  'POST /api/cases/configure': {
    calls: [{ label: 'set the configuration', kind: 'create', needs: ['settings'], slot: 'configuration', request: async () => ({ method: 'POST', path: '/api/cases/configure', body: configurationBody() }) }],
  },
  'PATCH /api/cases/configure/{configuration_id}': {
    calls: [
      {
        label: 'update the configuration',
        kind: 'byId',
        needs: ['settings'],
        slot: 'configuration',
        request: async (fx) => {
          const current = await fx.slot('configuration');
          // A real change each time, whatever the previous allowed call left.
          const closure_type = current.closure_type === 'close-by-user' ? 'close-by-pushing' : 'close-by-user';
          return { method: 'PATCH', path: `/api/cases/configure/${current.id}`, body: { version: current.version, closure_type } };
        },
      },
    ],
  },
  'GET /api/cases/_openapi': { calls: [{ label: 'the API document', kind: 'open', request: async () => ({ method: 'GET', path: '/api/cases/_openapi' }) }] },
  'POST /internal/cases/_bulk_get': {
    // Kibana answers the cases the caller may not read as per-item 403 errors, not as a failed call.
    calls: [search('bulk get', (fx) => ({ method: 'POST', path: '/internal/cases/_bulk_get', body: { ids: [fx.base.caseId] } }), (a, fx) => hasId(a.body?.cases, fx.base.caseId))],
  },
  'POST /internal/cases/_search': {
    calls: [
      search('search', () => ({ method: 'POST', path: '/internal/cases/_search', body: { perPage: 100 } }), (a, fx) => hasId(a.body?.cases, fx.base.caseId)),
      // The list's search box finds the holders of an observable value typed whole.
      search(
        'search by observable value',
        () => ({ method: 'POST', path: '/internal/cases/_search', body: { search: BASE_OBSERVABLE.value, perPage: 100 } }),
        (a, fx) => hasId(a.body?.cases, fx.base.caseId),
      ),
    ],
  },
  'GET /internal/cases/configure/custom_fields/{key}/_usage': {
    // Ours. The owner is named and required: a count of an owner's cases the caller may not
    // read would tell of them, so it is refused (403, never 404: no object is named) rather
    // than answered with 0. Needs read on that owner.
    calls: [
      {
        label: 'custom field usage',
        kind: 'create',
        needs: ['read'],
        request: async () => ({ method: 'GET', path: `/internal/cases/configure/custom_fields/${CUSTOM_FIELD.key}/_usage?owner=${OWNER}` }),
      },
    ],
  },
  // Ours: the configuration page's limits, read with the configuration (findConfigurations).
  'GET /internal/cases/configure/_limits': { calls: [search('limits', () => ({ method: 'GET', path: '/internal/cases/configure/_limits' }))] },
  'GET /internal/cases/categories': {
    calls: [search('categories', () => ({ method: 'GET', path: '/internal/cases/categories' }), (a, fx) => Array.isArray(a.body) && a.body.includes(fx.base.category))],
  },
  'GET /internal/cases/metrics': {
    calls: [search('cases metrics', () => ({ method: 'GET', path: '/internal/cases/metrics?features=status' }), (a) => (a.body?.status?.open ?? 0) > 0)],
  },
  // Charts of alerts read the alerts source, whose owner is the Security solution's: a call naming that owner outright.
  'GET /internal/cases/visualizations/data_sources': {
    calls: [search('visualization sources', () => ({ method: 'GET', path: '/internal/cases/visualizations/data_sources' }), (a) => Array.isArray(a.body?.sources) && a.body.sources.some((s: any) => s?.id === 'alerts'))],
  },
  'POST /internal/cases/visualizations/_query': {
    calls: [
      {
        label: 'chart alerts',
        kind: 'create',
        needs: ['read'],
        request: async () => ({ method: 'POST', path: '/internal/cases/visualizations/_query', body: { source: 'alerts', timeRange: { from: '2000-01-01', to: '2100-01-01' }, buckets: [], metrics: [{ id: 'c', operation: 'count' }] } }),
      },
      search(
        'chart cases',
        (fx) => ({ method: 'POST', path: '/internal/cases/visualizations/_query', body: { source: 'cases', timeRange: { from: '2000-01-01', to: '2100-01-01' }, query: { language: 'kuery', query: `tags:"${fx.base.tag}"` }, buckets: [], metrics: [{ id: 'c', operation: 'count' }] } }),
        (a) => (a.body?.total ?? 0) > 0,
      ),
    ],
  },
  'GET /internal/cases/metrics/{case_id}': { calls: [read('case metrics', (fx) => `/internal/cases/metrics/${fx.base.caseId}?features=alerts.count`)] },
  'POST /internal/cases/_suggest_user_profiles': {
    // Stricter than Kibana (whose route any cases reader may call): the caller must read the
    // owners it asks about, so who can read Security's cases is not told to others. 403 when not.
    calls: [
      {
        label: 'suggest user profiles',
        kind: 'create',
        needs: ['read'],
        request: async () => ({ method: 'POST', path: '/internal/cases/_suggest_user_profiles', body: { name: 'u_', owners: [OWNER] } }),
      },
    ],
  },
  'GET /api/cases/{case_id}/alerts': { calls: [read('alerts of a case', (fx) => `/api/cases/${fx.base.caseId}/alerts`)] },
  'GET /api/cases/alerts/{alert_id}': {
    calls: [search('cases of an alert', (fx) => ({ method: 'GET', path: `/api/cases/alerts/${fx.base.alertId}` }), (a, fx) => hasId(a.body, fx.base.caseId))],
  },
  'POST /internal/cases/{case_id}/attachments/_bulk_create': {
    calls: [
      {
        label: 'bulk create attachments',
        kind: 'byId',
        needs: ['createComment'],
        request: async (fx) => ({ method: 'POST', path: `/internal/cases/${(await fx.slot('commentable')).id}/attachments/_bulk_create`, body: [fx.userComment('bulk')] }),
      },
    ],
  },
  'POST /internal/cases/case/attachments/_find_containing_all': {
    calls: [
      search(
        'cases containing all alerts',
        (fx) => ({ method: 'POST', path: '/internal/cases/case/attachments/_find_containing_all', body: { alertIds: [fx.base.alertId], caseIds: [fx.base.caseId] } }),
        (a, fx) => hasId(a.body?.casesWithAllAttachments, fx.base.caseId),
      ),
    ],
  },
  'GET /internal/cases/{case_id}/alerts/_find': { calls: [read('find alerts of a case', (fx) => `/internal/cases/${fx.base.caseId}/alerts/_find`)] },
  'GET /internal/cases/{case_id}/events/_find': { calls: [read('find events of a case', (fx) => `/internal/cases/${fx.base.caseId}/events/_find`)] },
  'POST /internal/cases/{case_id}/alerts/_delete': {
    calls: [
      {
        label: 'remove alerts',
        kind: 'byId',
        needs: ['delete'],
        slot: 'caseWithAlert',
        request: async (fx) => ({ method: 'POST', path: `/internal/cases/${(await fx.slot('caseWithAlert')).caseId}/alerts/_delete`, body: { alertIds: [fx.base.alertId] } }),
      },
    ],
  },
  'GET /internal/cases/{case_id}/_users': { calls: [read('users of a case', (fx) => `/internal/cases/${fx.base.caseId}/_users`)] },
  'PUT /internal/cases/{case_id}/custom_fields/{custom_field_id}': {
    // Kibana's replaceCustomField checks updateCase.
    calls: [
      {
        label: 'set a custom field',
        kind: 'byId',
        needs: ['update'],
        slot: 'openCase',
        request: async (fx) => {
          const target = await fx.slot('openCase');
          return { method: 'PUT', path: `/internal/cases/${target.id}/custom_fields/${CUSTOM_FIELD.key}`, body: { caseVersion: target.version, value: true } };
        },
      },
    ],
  },
  ...files,
  ...observables,
  ...push,
};
