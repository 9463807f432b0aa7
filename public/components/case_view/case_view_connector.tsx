/**
 * The sidebar's external incident management system: the case's connector and its fields,
 * editable by a caller with update_cases (saved as a PATCH of `connector`, conflict-safe like
 * every sidebar field), and the push to it.
 */
import { useRef, useState } from 'react';
import { EuiButton, EuiButtonEmpty, EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiHorizontalRule, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseConnector } from '../../../common/types/domain/connector';
import { useFindCaseConnectors, useGetCaseConnectors } from '../../containers/connectors_api';
import { caseConnectorOf, ConnectorFieldsEditor, ConnectorFieldsView, ConnectorSelector } from '../connectors';
import { useCaseEdit } from './case_edit_context';
import { CaseViewPush } from './case_view_push';

const FIELD = 'connector';
const TITLE = 'External incident management system';

function ConnectorEditor({ draft, setDraft, onDone }: { draft: CaseConnector; setDraft: (next: CaseConnector) => void; onDone: () => void }) {
  const { caseData, updateCase, isSaving, conflict, dismiss } = useCaseEdit();
  const connectors = useFindCaseConnectors();
  const pushInfo = useGetCaseConnectors(caseData.id);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const list = connectors.data ?? [];

  // Back to a connector the case had before: its fields as they were then (Kibana's behaviour).
  const choose = (connectorId: string) => {
    const previous = pushInfo.data?.[connectorId]?.fields;
    setDraft(connectorId === caseData.connector.id ? caseData.connector : caseConnectorOf(list, connectorId, previous ?? undefined));
  };
  const save = () => {
    if (JSON.stringify(draft) === JSON.stringify(caseData.connector)) return onDone();
    void updateCase(FIELD, 'connector', () => ({ connector: draftRef.current }), onDone);
  };
  const cancel = () => {
    if (conflict?.field === FIELD) dismiss();
    onDone();
  };

  return (
    <div data-test-subj="case-view-connector-editor">
      <ConnectorSelector connectors={list} selectedId={draft.id} onChange={choose} isLoading={connectors.isLoading} />
      {draft.id !== NONE_CONNECTOR_ID && (
        <>
          <EuiSpacer size="s" />
          <ConnectorFieldsEditor connector={{ id: draft.id, type: draft.type }} fields={draft.fields} onChange={(fields) => setDraft({ ...draftRef.current, fields })} />
        </>
      )}
      <EuiSpacer size="s" />
      <EuiFlexGroup gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiButton size="s" fill isLoading={isSaving(FIELD)} onClick={save} data-test-subj="edit-connector-submit">
            Save
          </EuiButton>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="s" onClick={cancel} data-test-subj="edit-connector-cancel">
            Cancel
          </EuiButtonEmpty>
        </EuiFlexItem>
      </EuiFlexGroup>
    </div>
  );
}

function ConnectorView() {
  const { caseData } = useCaseEdit();
  const connectors = useFindCaseConnectors();
  const pushInfo = useGetCaseConnectors(caseData.id);
  const { connector } = caseData;
  if (connector.id === NONE_CONNECTOR_ID) {
    return (
      <EuiText size="s" color="subdued" data-test-subj="connector-none">
        <p>No connector selected.</p>
      </EuiText>
    );
  }
  const listed = connectors.data?.find((candidate) => candidate.id === connector.id);
  const name = listed?.name ?? connector.name;
  return (
    <>
      <EuiText size="s" data-test-subj="connector-name">
        <strong>{name}</strong>
      </EuiText>
      <EuiSpacer size="xs" />
      <ConnectorFieldsView connector={{ id: connector.id, type: connector.type }} fields={connector.fields} />
      <EuiSpacer size="s" />
      <CaseViewPush
        connector={connector}
        connectorName={name}
        pushInfo={pushInfo.data?.[connector.id]}
        isPushInfoLoading={pushInfo.isLoading}
        isMissing={connectors.isSuccess && !listed}
      />
    </>
  );
}

export function CaseViewConnector() {
  const { caseData, pendingValue, permissions } = useCaseEdit();
  const pending = pendingValue<CaseConnector>(FIELD);
  const [editRequested, setEditRequested] = useState(pending !== undefined);
  const [draft, setDraft] = useState<CaseConnector>(pending ?? caseData.connector);
  const isEditing = editRequested && permissions.update;

  const startEditing = () => {
    setDraft(caseData.connector);
    setEditRequested(true);
  };

  return (
    <section data-test-subj="case-view-connector-panel" aria-label={TITLE}>
      <EuiFlexGroup alignItems="center" justifyContent="spaceBetween" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiTitle size="xxs">
            <h3>{TITLE}</h3>
          </EuiTitle>
        </EuiFlexItem>
        {!isEditing && permissions.update && (
          <EuiFlexItem grow={false}>
            <EuiButtonIcon iconType="pencil" aria-label="Edit connector" onClick={startEditing} data-test-subj="connector-edit-button" />
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="s" />
      {isEditing ? <ConnectorEditor draft={draft} setDraft={setDraft} onDone={() => setEditRequested(false)} /> : <ConnectorView />}
      <EuiHorizontalRule margin="m" />
    </section>
  );
}
