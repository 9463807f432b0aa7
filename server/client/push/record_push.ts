/**
 * The local half of a push, once the external system accepted it: the case's push record
 * (and, with close-by-pushing, its closing), every unpushed attachment marked pushed, and the
 * user actions (`status` first when closing, then `pushed`) in one unit of work. The unit is
 * computed at the case's read version: a change in between fails it with 409, and it is computed
 * again from a fresh read, once. The external call is not repeated, so a second conflict leaves
 * the incident pushed but not recorded (Kibana takes the same risk); the 409 says so.
 */
import { conflict, type Connector } from '../../core';
import { stageOf } from '../../../common/registries/case_statuses';
import type { ExternalService } from '../../../common/types/domain/external_service';
import type { CaseSavedObject } from '../../services/cases_service';
import { toUser } from '../user';
import { userAction } from '../user_actions/builders';
import { planAlertSync, recordSyncCount, runAlertSyncs, type AlertSync } from '../cases/alert_sync_plan';
import { lifecycleFields } from '../cases/lifecycle';
import type { CasesClientArgs } from '../types';

/** What the connector answered for the incident (Kibana's ExternalServiceResponse). */
export interface PushedIncident {
  id: string;
  title: string;
  url: string;
}

const isConflict = (error: unknown) => (error as { statusCode?: number })?.statusCode === 409;

async function closesByPushing(args: CasesClientArgs, theCase: CaseSavedObject): Promise<boolean> {
  if (stageOf(theCase.attributes.status) === 'closed') return false;
  const [configuration] = await args.services.configure.findByOwners([theCase.attributes.owner]);
  return configuration?.attributes.closure_type === 'close-by-pushing';
}

async function writeOnce(args: CasesClientArgs, caseId: string, connector: Connector, incident: PushedIncident) {
  const { cases, attachments, userActions } = args.services;
  const theCase = await cases.get(caseId);
  const [close, comments] = await Promise.all([closesByPushing(args, theCase), attachments.allOfCase(caseId)]);
  const user = toUser(args.user);
  const at = args.now().toISOString();
  const externalService: ExternalService = {
    pushed_at: at,
    pushed_by: user,
    connector_id: connector.id,
    connector_name: connector.name,
    external_id: incident.id,
    external_title: incident.title,
    external_url: incident.url,
  };
  const sync: AlertSync | undefined = close ? await planAlertSync(args, caseId, theCase.attributes, { status: 'closed' }) : undefined;
  const common = { caseId, owner: theCase.attributes.owner, user, createdAt: at };
  const actions = [
    ...(close ? recordSyncCount([userAction(common, 'update', 'status', { status: 'closed' })], sync) : []),
    userAction(common, 'push_to_service', 'pushed', { externalService }),
  ];
  const operations = [
    cases.patchOperation({
      id: caseId,
      version: theCase.version,
      current: theCase.attributes,
      attributes: {
        external_service: externalService,
        updated_at: at,
        updated_by: user,
        ...(close ? { status: 'closed', ...lifecycleFields(theCase.attributes, 'closed', at, user) } : {}),
      },
    }),
    ...comments.filter((c) => c.attributes.pushed_at == null).map((c) => attachments.updateOperation(c.id, c.version, { pushed_at: at, pushed_by: user })),
    ...userActions.createOperations(actions),
  ];
  const [written] = cases.casesOf(await cases.commit(operations));
  return { written, sync };
}

export async function recordPush(args: CasesClientArgs, caseId: string, connector: Connector, incident: PushedIncident): Promise<CaseSavedObject> {
  let result: Awaited<ReturnType<typeof writeOnce>>;
  try {
    result = await writeOnce(args, caseId, connector, incident);
  } catch (error) {
    if (!isConflict(error)) throw error;
    try {
      result = await writeOnce(args, caseId, connector, incident);
    } catch (again) {
      if (!isConflict(again)) throw again;
      throw conflict(`The case ${caseId} changed while it was pushed to ${connector.name}: the external incident ${incident.id} was written, but the case was not updated. Push again.`);
    }
  }
  // Once the push is durable; a failed sync is logged and never undoes it.
  await runAlertSyncs(args, [result.sync]);
  return result.written;
}
