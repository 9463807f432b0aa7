/**
 * `GET /internal/cases/{case_id}/_connectors`, Kibana's push info: for each connector ever set
 * on the case, its fields as last set, whether the case was pushed to it, and whether it needs
 * a push — never pushed, its fields changed since the push, or a change a push sends (title,
 * description, tags, comments, and what the connector type adds) written after it.
 */
import { isDeepStrictEqual } from 'node:util';
import type { CaseConnector } from '../../../common/types/domain/connector';
import type { ExternalService } from '../../../common/types/domain/external_service';
import type { GetCaseConnectorsResponse, CaseConnectorPushInfo } from '../../../common/types/api/connector';
import type { UserActionSavedObject } from '../../services/user_action_service';
import { ensureAuthorizedOnCase, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

/** The changes every push sends (Kibana's list); a push format adds its own (status, severity). */
const RELEVANT_USER_ACTIONS = ['comment', 'description', 'tags', 'title'];

interface Indexed<T> {
  index: number;
  createdAt: string;
  value: T;
}

const connectorSet = (action: UserActionSavedObject): CaseConnector | undefined => {
  const { attributes } = action;
  if (attributes.type !== 'connector' && attributes.type !== 'create_case') return undefined;
  const { connector } = attributes.payload;
  return connector.type === '.none' ? undefined : connector;
};

/** Each connector's settings and pushes, in log order. */
function collect(log: UserActionSavedObject[]) {
  const settings = new Map<string, Array<Indexed<CaseConnector>>>();
  const pushes = new Map<string, Array<Indexed<ExternalService>>>();
  log.forEach((action, index) => {
    const createdAt = action.attributes.created_at;
    const connector = connectorSet(action);
    if (connector) settings.set(connector.id, [...(settings.get(connector.id) ?? []), { index, createdAt, value: connector }]);
    if (action.attributes.type === 'pushed') {
      const pushed = action.attributes.payload.externalService;
      pushes.set(pushed.connector_id, [...(pushes.get(pushed.connector_id) ?? []), { index, createdAt, value: pushed }]);
    }
  });
  return { settings, pushes };
}

/** Compared as Kibana compares them: the whole connector object a case stored. */
const sameConnector = (a: CaseConnector | undefined, b: CaseConnector) =>
  a !== undefined && isDeepStrictEqual({ id: a.id, name: a.name, type: a.type, fields: a.fields }, { id: b.id, name: b.name, type: b.type, fields: b.fields });

function pushInfo(args: CasesClientArgs, log: UserActionSavedObject[], set: Array<Indexed<CaseConnector>>, pushes: Array<Indexed<ExternalService>>): CaseConnectorPushInfo['push'] {
  const latest = set[set.length - 1].value;
  if (pushes.length === 0) return { needsToBePushed: true, hasBeenPushed: false };
  const lastPush = pushes[pushes.length - 1];
  const usedInPush = set.filter((s) => s.index < lastPush.index).pop()?.value;
  const relevant = new Set([...RELEVANT_USER_ACTIONS, ...(args.registries.pushFormats.get(latest.type)?.extraRelevantUserActions ?? [])]);
  // Write order, not time: a change in the push's own millisecond still counts when it came after it.
  const changedSince = log.slice(lastPush.index + 1).some((a) => relevant.has(a.attributes.type));
  return {
    needsToBePushed: !sameConnector(usedInPush, latest) || changedSince,
    hasBeenPushed: true,
    details: { latestUserActionPushDate: lastPush.createdAt, oldestUserActionPushDate: pushes[0].createdAt, externalService: lastPush.value },
  };
}

/** The connectors' current names; one deleted since keeps the name the case stored. A failed lookup only costs the names. */
async function currentNames(args: CasesClientArgs, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  try {
    return new Map((await args.actions.getBulk(ids)).map((c) => [c.id, c.name]));
  } catch (error) {
    args.logger?.warn({ err: error }, `Failed to read the names of the connectors of a case: ${(error as Error)?.message ?? error}`);
    return new Map();
  }
}

export async function getCaseConnectors(args: CasesClientArgs, caseId: string): Promise<GetCaseConnectorsResponse> {
  const so = await args.services.cases.get(caseId);
  await ensureAuthorizedOnCase(args, Operations.getConnectors, so);
  const log = await args.services.userActions.all(caseId);
  const { settings, pushes } = collect(log);
  const names = await currentNames(args, [...settings.keys()]);
  const answer: GetCaseConnectorsResponse = {};
  for (const [id, set] of settings) {
    const latest = set[set.length - 1].value;
    answer[id] = { id, name: names.get(id) ?? latest.name, type: latest.type, fields: latest.fields, push: pushInfo(args, log, set, pushes.get(id) ?? []) };
  }
  return answer;
}
