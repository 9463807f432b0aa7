/**
 * Jira's case fields: the issue type (from the project's issue types), the priority (the values
 * Jira allows for that issue type) and the parent issue, offered only when the issue type has a
 * parent field (a sub-task's). All three are fetched live through the connector. No issue type
 * chosen is a valid choice: the connector then files the project's first one, as Kibana's does.
 */
import { useConnectorLookup } from '../../containers/connectors_api';
import { getErrorMessage } from '../../core';
import { ChoiceSelect, choiceLabel, type ChoiceOption } from './choice_select';
import { stringField, withField } from './field_values';
import { FieldsViewList } from './fields_view_list';
import { JiraParentSearch } from './jira_parent_search';
import type { ConnectorFieldsDefinition, FieldsEditorProps, FieldsViewProps } from './types';

const EMPTY = { issueType: null, priority: null, parent: null };

interface IssueType {
  id: string;
  name: string;
}
type FieldsByIssueType = Record<string, { allowedValues?: Array<{ id?: string; name?: string }> } | undefined>;

const listOf = <T,>(data: unknown): T[] => (Array.isArray(data) ? (data as T[]) : []);

function useIssueTypes(connectorId: string) {
  const lookup = useConnectorLookup<IssueType[]>(connectorId, 'issueTypes', {});
  const options: ChoiceOption[] = listOf<IssueType>(lookup.data).map((type) => ({ value: type.id, text: type.name }));
  return { lookup, options };
}

function useIssueTypeFields(connectorId: string, issueType: string | null) {
  const lookup = useConnectorLookup<FieldsByIssueType>(connectorId, 'fieldsByIssueType', { id: issueType ?? '' }, issueType !== null);
  const fields = lookup.data && typeof lookup.data === 'object' ? lookup.data : {};
  const priorities: ChoiceOption[] = (fields.priority?.allowedValues ?? [])
    .filter((value): value is { name: string } => typeof value.name === 'string')
    .map((value) => ({ value: value.name, text: value.name }));
  return { lookup, hasPriority: 'priority' in fields, hasParent: 'parent' in fields, priorities };
}

function JiraFieldsEditor({ connector, fields, onChange, isLoading = false }: FieldsEditorProps) {
  const issueType = stringField(fields, 'issueType');
  const types = useIssueTypes(connector.id);
  const byType = useIssueTypeFields(connector.id, issueType);
  const set = (patch: Record<string, unknown>) => onChange(withField(EMPTY, fields, patch));

  return (
    <div data-test-subj="connector-fields-.jira">
      <ChoiceSelect
        label="Issue type"
        options={types.options}
        value={issueType}
        // Priorities and parents belong to an issue type: a new type starts without them.
        onChange={(next) => set({ issueType: next, priority: null, parent: null })}
        isLoading={types.lookup.isLoading}
        disabled={isLoading}
        lookupError={types.lookup.error ? getErrorMessage(types.lookup.error) : undefined}
        data-test-subj="jira-issue-type-select"
      />
      {(byType.hasPriority || byType.lookup.error) && (
        <ChoiceSelect
          label="Priority"
          options={byType.priorities}
          value={stringField(fields, 'priority')}
          onChange={(next) => set({ priority: next })}
          isLoading={byType.lookup.isLoading}
          disabled={isLoading}
          lookupError={byType.lookup.error ? getErrorMessage(byType.lookup.error) : undefined}
          data-test-subj="jira-priority-select"
        />
      )}
      {byType.hasParent && (
        <JiraParentSearch connectorId={connector.id} value={stringField(fields, 'parent')} onChange={(parent) => set({ parent })} disabled={isLoading} />
      )}
    </div>
  );
}

function JiraFieldsView({ connector, fields }: FieldsViewProps) {
  const types = useIssueTypes(connector.id);
  const issueType = stringField(fields, 'issueType');
  return (
    <FieldsViewList
      testSubj="connector-fields-view-.jira"
      rows={[
        // Issue types are ids: shown by name once the lookup answers.
        { title: 'Issue type', description: choiceLabel(types.options, issueType) },
        { title: 'Priority', description: stringField(fields, 'priority') },
        { title: 'Parent issue', description: stringField(fields, 'parent') },
      ]}
    />
  );
}

export const jiraFields: ConnectorFieldsDefinition = { type: '.jira', emptyFields: EMPTY, Editor: JiraFieldsEditor, View: JiraFieldsView };
