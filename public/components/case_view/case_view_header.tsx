/** The page heading: back link, title, number, status, severity, refresh and more actions. */
import { type MouseEvent } from 'react';
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText, EuiToolTip, useIsWithinMinBreakpoint } from '@elastic/eui';
import { useIsFetching, useQueryClient } from '@tanstack/react-query';
import { useHref, useNavigate } from 'react-router-dom';
import type { CaseSeverity, CaseStatus } from '../../../common/constants';
import { casesQueryKeys } from '../../containers/query_keys';
import { SeverityBadge } from '../severity/severity_badge';
import { SeverityPicker } from '../severity/severity_picker';
import { allowedStatuses } from '../status/allowed_statuses';
import { StatusPicker } from '../status/status_picker';
import { CaseActionsMenu } from './case_actions_menu';
import { useCaseEdit } from './case_edit_context';
import { EditableTitle } from './editable_title';

export function BackToCasesLink() {
  const navigate = useNavigate();
  const href = useHref('/');
  return (
    <EuiButtonEmpty
      iconType="chevronSingleLeft"
      size="xs"
      flush="left"
      href={href}
      onClick={(event: MouseEvent) => {
        // A plain click stays in the app; modified clicks open the list in a new tab as usual.
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate('/');
      }}
      data-test-subj="backToCases"
    >
      Cases
    </EuiButtonEmpty>
  );
}

export function CaseViewHeader() {
  const { caseData, updateCase, isSaving, pendingValue, permissions } = useCaseEdit();
  const queryClient = useQueryClient();
  // The case, its user actions and their pages all live under this key.
  const caseKey = casesQueryKeys.case(caseData.id);
  const isFetching = useIsFetching({ queryKey: caseKey }) > 0;
  const status = pendingValue<CaseStatus>('status') ?? caseData.status;
  const severity = pendingValue<CaseSeverity>('severity') ?? caseData.severity;
  // Beside the title the controls take some 450 px: below EUI's `xl` breakpoint (1200 px) that
  // would squeeze a long title into four lines, so they get a row of their own under it.
  const isWide = useIsWithinMinBreakpoint('xl');

  return (
    <header data-test-subj="case-view-header">
      <BackToCasesLink />
      <EuiSpacer size="xs" />
      <EuiFlexGroup
        direction={isWide ? 'row' : 'column'}
        alignItems={isWide ? 'flexStart' : 'stretch'}
        justifyContent="spaceBetween"
        gutterSize={isWide ? 'm' : 's'}
        responsive={false}
        data-layout={isWide ? 'beside' : 'stacked'}
        data-test-subj="case-view-header-layout"
      >
        <EuiFlexItem css={{ minWidth: 0 }}>
          <EditableTitle />
        </EuiFlexItem>
        <EuiFlexItem grow={false} data-test-subj="case-view-header-controls">
          <EuiFlexGroup alignItems="center" gutterSize="m" responsive={false} wrap>
            <EuiFlexItem grow={false}>
              <EuiText size="s" color="subdued">
                <span data-test-subj="case-view-number" aria-label={`Case number ${caseData.incremental_id}`}>
                  #{caseData.incremental_id}
                </span>
              </EuiText>
            </EuiFlexItem>
            <EuiFlexItem grow={false} data-test-subj="case-view-status">
              <StatusPicker
                status={status}
                options={allowedStatuses([caseData.status], permissions)}
                isLoading={isSaving('status')}
                onChange={(next) => void updateCase('status', 'status', { status: next })}
              />
            </EuiFlexItem>
            <EuiFlexItem grow={false} css={permissions.update ? { minWidth: 150 } : undefined} data-test-subj="case-view-header-severity">
              {permissions.update ? (
                <SeverityPicker
                  severity={severity}
                  compressed
                  isLoading={isSaving('severity')}
                  onChange={(next) => void updateCase('severity', 'severity', { severity: next })}
                />
              ) : (
                <SeverityBadge severity={severity} data-test-subj="case-view-severity-badge" />
              )}
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiToolTip content="Load the latest version of this case">
                <EuiButtonEmpty
                  iconType="refresh"
                  size="s"
                  isLoading={isFetching}
                  onClick={() => void queryClient.invalidateQueries({ queryKey: caseKey })}
                  data-test-subj="case-refresh"
                >
                  Refresh
                </EuiButtonEmpty>
              </EuiToolTip>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <CaseActionsMenu caseData={caseData} />
            </EuiFlexItem>
          </EuiFlexGroup>
        </EuiFlexItem>
      </EuiFlexGroup>
    </header>
  );
}
