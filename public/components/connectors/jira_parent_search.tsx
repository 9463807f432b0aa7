/**
 * Jira's parent issue: searched by summary in the connector's project as the analyst types
 * (Kibana's `issues` sub-action), stored by issue key, which is what Jira's `parent` takes.
 */
import { useEffect, useState } from 'react';
import { EuiComboBox, EuiFormRow, type EuiComboBoxOptionOption } from '@elastic/eui';
import { useConnectorLookup } from '../../containers/connectors_api';
import { getErrorMessage } from '../../core';
import { LookupErrorCallout } from './choice_select';

interface JiraIssue {
  id: string;
  key: string;
  title: string;
}

const SEARCH_DEBOUNCE_MS = 300;

export interface JiraParentSearchProps {
  connectorId: string;
  value: string | null;
  onChange: (key: string | null) => void;
  disabled?: boolean;
}

export function JiraParentSearch({ connectorId, value, onChange, disabled = false }: JiraParentSearchProps) {
  const [typed, setTyped] = useState('');
  const [title, setTitle] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setTitle(typed.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const issues = useConnectorLookup<JiraIssue[]>(connectorId, 'issues', { title }, title !== '');
  const options: Array<EuiComboBoxOptionOption<string>> = (Array.isArray(issues.data) ? issues.data : []).map((issue) => ({
    label: `${issue.key} ${issue.title}`,
    value: issue.key,
    'data-test-subj': `jira-parent-option-${issue.key}`,
  }));
  const selected = value ? [{ label: value, value }] : [];

  return (
    <EuiFormRow label="Parent issue" fullWidth>
      <>
        {issues.error && <LookupErrorCallout message={getErrorMessage(issues.error)} testSubj="jira-parent-search" />}
        <EuiComboBox<string>
          fullWidth
          compressed
          async
          placeholder="Search issues by summary"
          singleSelection={{ asPlainText: true }}
          options={options}
          selectedOptions={selected}
          isLoading={issues.isFetching}
          isDisabled={disabled}
          onSearchChange={setTyped}
          onChange={(chosen) => onChange(chosen[0]?.value ?? null)}
          data-test-subj="jira-parent-search"
        />
      </>
    </EuiFormRow>
  );
}
