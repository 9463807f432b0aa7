/**
 * A push in the activity: "pushed as new incident INC0010001" the first time the case went to
 * that connector, "updated incident INC0010001" after, with the incident's link. Which push was
 * the first comes from the server's push info (the oldest push date per connector), since a
 * page of the activity may not hold the earlier ones.
 */
import { EuiLink } from '@elastic/eui';
import type { UserAction } from '../../../common/types/domain/user_action';
import { isWebAddress } from '../connectors/web_address';
import type { EventContext, UserActionEvent } from './user_action_event';

interface PushedExternalService {
  connector_id?: string;
  connector_name?: string;
  external_title?: string;
  external_url?: string;
}

function IncidentLink({ external }: { external: PushedExternalService }) {
  const title = external.external_title ?? 'incident';
  if (!isWebAddress(external.external_url)) return <>{title}</>;
  return (
    <EuiLink href={external.external_url} target="_blank" rel="noopener noreferrer" external data-test-subj="pushed-incident-link">
      {title}
    </EuiLink>
  );
}

export function describePushedAction(action: UserAction, payload: Record<string, unknown>, ctx: EventContext): UserActionEvent {
  const external = (payload.externalService ?? payload.external_service ?? {}) as PushedExternalService;
  const firstPushAt = external.connector_id ? ctx.firstPushes?.get(external.connector_id) : undefined;
  const isFirst = firstPushAt === undefined ? undefined : firstPushAt === action.created_at;
  const where = external.connector_name ? ` to ${external.connector_name}` : '';
  if (isFirst === false) {
    return { event: <>updated incident <IncidentLink external={external} />{where}</>, icon: 'export' };
  }
  // Unknown (no push info yet) reads as a first push: the one wording that is never wrong about the link.
  return { event: <>pushed as new incident <IncidentLink external={external} />{where}</>, icon: 'export' };
}
