/**
 * The push to the case's connector: a button named for the connector and for what it will do
 * (create the external incident, or update the one an earlier push to it made), the link to
 * that incident, and a callout when the case changed after the last push. The server decides
 * what needs pushing (`GET /internal/cases/{id}/_connectors`); this only shows it.
 */
import { EuiButton, EuiCallOut, EuiLink, EuiSpacer, EuiText, EuiToolTip } from '@elastic/eui';
import type { CaseConnectorPushInfo } from '../../../common/types/api/connector';
import type { CaseConnector } from '../../../common/types/domain/connector';
import { usePushCase } from '../../containers/connectors_api';
import { getErrorMessage, useCore } from '../../core';
import { isWebAddress } from '../connectors/web_address';
import { useCaseEdit } from './case_edit_context';

export interface CaseViewPushProps {
  connector: CaseConnector;
  /** The connector's current name (it may have been renamed since it was set on the case). */
  connectorName: string;
  /** Undefined while the push state loads. */
  pushInfo: CaseConnectorPushInfo | undefined;
  isPushInfoLoading: boolean;
  /** The connector is no longer among those the space offers. */
  isMissing: boolean;
}

interface DisabledReasonArgs {
  canPush: boolean;
  isMissing: boolean;
  isClosed: boolean;
  needsToBePushed: boolean | undefined;
}

/** Why the button cannot be used now, most fundamental first; undefined when it can. */
export function pushDisabledReason({ canPush, isMissing, isClosed, needsToBePushed }: DisabledReasonArgs): string | undefined {
  if (!canPush) return 'You do not have the privilege to push cases to external systems.';
  if (isMissing) return 'The connector of this case was deleted. Choose another connector to push the case.';
  // The server refuses to push a closed case (Kibana's 409), so the button says so first.
  if (isClosed) return 'This case is closed. Reopen it to push it to the external system.';
  if (needsToBePushed === false) return 'Nothing to push: the case has not changed since its last push.';
  return undefined;
}

function IncidentLink({ info }: { info: CaseConnectorPushInfo | undefined }) {
  const external = info?.push.details?.externalService;
  if (!external) return null;
  if (!isWebAddress(external.external_url)) return <EuiText size="s"><p>Incident: {external.external_title}</p></EuiText>;
  return (
    <EuiText size="s">
      <p>
        Incident:{' '}
        <EuiLink href={external.external_url} target="_blank" rel="noopener noreferrer" external data-test-subj="external-incident-link">
          {external.external_title}
        </EuiLink>
      </p>
    </EuiText>
  );
}

export function CaseViewPush({ connector, connectorName, pushInfo, isPushInfoLoading, isMissing }: CaseViewPushProps) {
  const { caseData, permissions } = useCaseEdit();
  const { toasts } = useCore();
  const push = usePushCase();
  const hasBeenPushed = pushInfo?.push.hasBeenPushed ?? false;
  // A connector the case never pushed to and the server has no entry for yet still needs its first push.
  const needsToBePushed = isPushInfoLoading ? undefined : (pushInfo?.push.needsToBePushed ?? true);
  const reason = pushDisabledReason({ canPush: permissions.push, isMissing, isClosed: caseData.status === 'closed', needsToBePushed });
  const label = hasBeenPushed ? `Update ${connectorName} incident` : `Push as ${connectorName} incident`;

  const onPush = () =>
    push.mutate(
      { caseId: caseData.id, connectorId: connector.id },
      {
        onSuccess: (updated) => toasts.addSuccess({ title: `Pushed "${updated.title}" to ${connectorName}`, 'data-test-subj': 'push-success-toast' }),
        onError: (error) => toasts.addDanger({ title: `Could not push the case to ${connectorName}`, text: getErrorMessage(error), 'data-test-subj': 'push-error-toast' }),
      },
    );

  const button = (
    <EuiButton
      size="s"
      fill
      iconType="export"
      onClick={onPush}
      isLoading={push.isPending}
      isDisabled={reason !== undefined || isPushInfoLoading || push.isPending}
      data-test-subj="push-to-external-service"
    >
      {label}
    </EuiButton>
  );

  return (
    <div data-test-subj="case-view-push">
      {hasBeenPushed && needsToBePushed && !isMissing && (
        <>
          <EuiCallOut size="s" color="warning" iconType="warning" title={`${connectorName} incident is out of date`} data-test-subj="push-callout-needs-update">
            <p>The case changed after its last push. Push it again to bring the external incident up to date.</p>
          </EuiCallOut>
          <EuiSpacer size="s" />
        </>
      )}
      <IncidentLink info={pushInfo} />
      <EuiSpacer size="s" />
      {/* Always wrapped, so the button stays the same element as the reason comes and goes; no reason, no tooltip. */}
      <EuiToolTip content={reason} data-test-subj="push-disabled-tooltip">
        {button}
      </EuiToolTip>
    </div>
  );
}
