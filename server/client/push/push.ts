/**
 * `POST /api/cases/{case_id}/connector/{connector_id}/_push`, Kibana's flow: read the case, the
 * connector and the log; check `pushCase` on the case; build the incident and its comments;
 * run the connector's `pushToService`; only when it succeeded, record the push on the case
 * (record_push.ts). A failure of the external system is a 424 naming its message, and leaves
 * the case as it was. Every refusal carries Kibana's `Failed to push case: Error: …` prefix.
 */
import { HttpError, type Connector } from '../../core';
import { CASE_SAVED_OBJECT } from '../../../common/constants';
import type { Case } from '../../../common/types/domain/case';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import { caseWithComments } from '../cases/get';
import { ensureRoomForUserActions } from '../user_actions/limit';
import type { CasesClientArgs } from '../types';
import { createIncident, type PushIncident } from './create_incident';
import { alertAttachmentTypes, alertDocumentsOf, connectorOfPush } from './push_inputs';
import { recordPush, type PushedIncident } from './record_push';

/** At most a `status` and a `pushed` entry. */
const USER_ACTIONS_PER_PUSH = 2;

const failedDependency = (message: string) => new HttpError(424, message);

/** Kibana wraps every failure of a push, keeping its status: `Failed to push case: Error: <message>`. */
function pushError(error: unknown): unknown {
  if (!(error instanceof HttpError) || error.statusCode === 401) return error;
  return new HttpError(error.statusCode, `Failed to push case: Error: ${error.message}`, error.headers);
}

/** A connector without a push format (`.email`, `.case`) cannot receive a case. */
function formatOf(args: CasesClientArgs, connector: Connector) {
  const format = args.registries.pushFormats.get(connector.actionTypeId);
  if (!format) throw new HttpError(400, `The connector ${connector.id} of type ${connector.actionTypeId} cannot receive cases`);
  return format;
}

/** The incident the connector answered with; a connector that names none has not pushed anything we can record. */
function pushedIncident(data: unknown): PushedIncident {
  const { id, title, url } = (data ?? {}) as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') throw failedDependency('The connector answered without the id of the external incident');
  return { id, title: typeof title === 'string' ? title : id, url: typeof url === 'string' ? url : '' };
}

async function buildIncident(args: CasesClientArgs, theCase: Case, connector: Connector): Promise<PushIncident> {
  const format = formatOf(args, connector);
  const userActions = await args.services.userActions.all(theCase.id);
  const formatted = { ...theCase, connector: connectorOfPush(theCase, userActions, connector) };
  const alerts = format.readsAlerts ? await alertDocumentsOf(args, theCase) : [];
  return createIncident({
    theCase: formatted,
    userActions,
    connectorId: connector.id,
    format,
    alerts,
    alertTypes: alertAttachmentTypes(args),
    spaceId: args.spaceId,
    publicBaseUrl: args.publicBaseUrl,
  });
}

async function runPush(args: CasesClientArgs, caseId: string, connectorId: string): Promise<Case> {
  const [so, connector] = await Promise.all([args.services.cases.get(caseId), args.actions.get(connectorId)]);
  await ensureAuthorizedOnCase(args, Operations.pushCase, so);
  await ensureRoomForUserActions(args, new Map([[caseId, USER_ACTIONS_PER_PUSH]]));
  const theCase = await caseWithComments(args, caseId, true, so);
  const subActionParams = await buildIncident(args, theCase, connector);
  const result = await args.actions.execute(connectorId, { subAction: 'pushToService', subActionParams }, { source: { type: CASE_SAVED_OBJECT, id: caseId } });
  if (result.status === 'error') throw failedDependency(result.serviceMessage ?? result.message ?? 'Error pushing to service');
  const written = await recordPush(args, caseId, connector, pushedIncident(result.data));
  return caseWithComments(args, caseId, true, written);
}

export async function pushCase(args: CasesClientArgs, caseId: string, connectorId: string): Promise<Case> {
  try {
    return await runPush(args, caseId, connectorId);
  } catch (error) {
    throw pushError(error);
  }
}
