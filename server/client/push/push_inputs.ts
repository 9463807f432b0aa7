/**
 * What a push reads before calling the connector: the fields the case holds for the connector
 * pushed to, and the alert documents a format that reads alerts (ServiceNow SecOps) needs.
 */
import type { Case } from '../../../common/types/domain/case';
import type { CaseConnector } from '../../../common/types/domain/connector';
import type { Connector } from '../../core';
import type { UserActionSavedObject } from '../../services/user_action_service';
import type { PushAlertDocument } from '../../connectors/types';
import { documentTypes, refsOf } from '../alerts/document_refs';
import type { CasesClientArgs } from '../types';

/** Kibana reads its bulk alert fetch in pages of this size; more ids are read in several calls. */
const ALERTS_READ_BATCH = 1000;

/**
 * The connector a push formats for: the case's own when it is the one pushed to; otherwise
 * the fields last set on the case for that connector (the user switched connectors since), or
 * none at all for a connector never chosen on this case.
 */
export function connectorOfPush(theCase: Case, userActions: UserActionSavedObject[], connector: Connector): CaseConnector {
  if (theCase.connector.id === connector.id) return theCase.connector;
  for (let i = userActions.length - 1; i >= 0; i -= 1) {
    const { attributes } = userActions[i];
    const set = attributes.type === 'connector' || attributes.type === 'create_case' ? attributes.payload.connector : undefined;
    if (set && set.id === connector.id) return set;
  }
  return { id: connector.id, name: connector.name, type: connector.actionTypeId, fields: null };
}

/** The alert attachment types, as the alerts features read them. */
export const alertAttachmentTypes = (args: CasesClientArgs) => documentTypes(args).filter((d) => d.spec.family === 'alerts');

/** The documents of the case's alerts that still exist (a deleted alert is skipped, as Kibana's fetch skips it). */
export async function alertDocumentsOf(args: CasesClientArgs, theCase: Case): Promise<PushAlertDocument[]> {
  const types = alertAttachmentTypes(args);
  const ids = [
    ...new Set(
      theCase.comments.flatMap((c) => {
        const spec = types.find((t) => t.type === c.type)?.spec;
        return spec ? refsOf(spec, c).map((r) => r.id) : [];
      }),
    ),
  ];
  const documents: PushAlertDocument[] = [];
  for (let i = 0; i < ids.length; i += ALERTS_READ_BATCH) {
    const hits = await args.documents.alerts.bulkGet(ids.slice(i, i + ALERTS_READ_BATCH));
    for (const hit of hits) if (hit) documents.push(hit._source);
  }
  return documents;
}
