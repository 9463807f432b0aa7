/**
 * The expectation rows of issue 17's push routes (see route_expectations.ts for the kinds).
 * A case's connectors read its log (Kibana's getConnectors, the read group); the connectors
 * cases can push to are listed to anyone who reads some owner's cases in the space (ours:
 * Kibana also asks for the actions `read` privilege). The push itself needs a connector and an
 * external system answering: test/api_integration/push/push_api.test.ts pushes for real, and the
 * client tests (server/client/push) check that it asks for pushCase on the case's owner.
 */
import { read, search } from './route_call_builders';
import type { RouteExpectation } from './route_expectations';

export const push: Record<string, RouteExpectation> = {
  'POST /api/cases/{case_id}/connector/{connector_id}/_push': {
    skip: 'needs a connector and a simulator of its external system: push_api.test.ts pushes for real, the client tests check the pushCase operation on the owner',
  },
  'GET /internal/cases/{case_id}/_connectors': { calls: [read("a case's connectors", (fx) => `/internal/cases/${fx.base.caseId}/_connectors`)] },
  'GET /api/cases/configure/connectors/_find': { calls: [search('connectors for cases', () => ({ method: 'GET', path: '/api/cases/configure/connectors/_find' }))] },
};
