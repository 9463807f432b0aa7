import { useState } from 'react';
import { EuiFieldText, EuiFormRow, EuiSelect, EuiTextArea } from '@elastic/eui';
import { type JsonObject } from '../types';
import { type ConnectorTypeForm, type TestParamsProps } from './types';

/** An incident field the Test tab offers beside the title and description, with fixed choices or free text. */
export interface PushTestField {
  key: string;
  label: string;
  options?: Array<{ value: string; text: string }>;
  /** Sent as a number (TheHive's severity and TLP). */
  numeric?: boolean;
  /** Comma-separated text sent as a list (labels, tags). */
  list?: boolean;
}

interface PushTestOptions {
  /** The incident's title key in the type's params: Jira `summary`, ServiceNow `short_description`, Resilient `name`... */
  titleKey: string;
  titleLabel: string;
  fields?: PushTestField[];
}

type Incident = Record<string, unknown>;

const incidentOf = (params: JsonObject): Incident => ((params.subActionParams as JsonObject | undefined)?.incident as Incident | undefined) ?? {};
const commentsOf = (params: JsonObject) => ((params.subActionParams as JsonObject | undefined)?.comments as Array<{ comment: string }> | undefined) ?? [];

function withIncident(params: JsonObject, incident: Incident, comment: string): JsonObject {
  // A push of a new incident: no externalId, so the connector creates rather than updates.
  return {
    subAction: 'pushToService',
    subActionParams: { incident: { ...incident, externalId: null }, comments: comment ? [{ commentId: 'connector-test-comment', comment }] : [] },
  };
}

function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

function fieldValue(field: PushTestField, text: string): unknown {
  if (field.list) return text.split(',').map((item) => item.trim()).filter(Boolean);
  if (text === '') return null;
  return field.numeric ? Number(text) : text;
}

/** A comma-separated list keeps the text as typed ("a, "), and sends the non-empty items. */
function ListInput({ field, value, onChange }: { field: PushTestField; value: unknown; onChange(value: unknown): void }) {
  const [text, setText] = useState(() => fieldText(value));
  return (
    <EuiFieldText
      fullWidth
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(fieldValue(field, event.target.value));
      }}
      data-test-subj={`connector-test-${field.key}`}
    />
  );
}

/**
 * The Test tab of a case connector runs `pushToService` with a new incident, as Kibana's test
 * forms do: a title, a description, a comment, and the type's simple fields.
 */
export function pushTestForm({ titleKey, titleLabel, fields = [] }: PushTestOptions): Pick<ConnectorTypeForm, 'defaultTestParams' | 'TestParams' | 'validateTestParams'> {
  function TestParams({ params, onChange }: TestParamsProps) {
    const incident = incidentOf(params);
    const comment = commentsOf(params)[0]?.comment ?? '';
    const set = (patch: Incident) => onChange(withIncident(params, { ...incident, ...patch }, comment));
    return (
      <>
        <EuiFormRow label={titleLabel} fullWidth>
          <EuiFieldText fullWidth value={fieldText(incident[titleKey])} onChange={(event) => set({ [titleKey]: event.target.value })} data-test-subj="connector-test-title" />
        </EuiFormRow>
        <EuiFormRow label="Description" fullWidth>
          <EuiTextArea fullWidth rows={3} value={fieldText(incident.description)} onChange={(event) => set({ description: event.target.value })} data-test-subj="connector-test-description" />
        </EuiFormRow>
        {fields.map((field) => (
          <EuiFormRow key={field.key} label={field.label} fullWidth>
            {field.list ? (
              <ListInput field={field} value={incident[field.key]} onChange={(value) => set({ [field.key]: value })} />
            ) : field.options ? (
              <EuiSelect
                fullWidth
                hasNoInitialSelection
                options={field.options}
                value={fieldText(incident[field.key])}
                onChange={(event) => set({ [field.key]: fieldValue(field, event.target.value) })}
                data-test-subj={`connector-test-${field.key}`}
              />
            ) : (
              <EuiFieldText
                fullWidth
                value={fieldText(incident[field.key])}
                onChange={(event) => set({ [field.key]: fieldValue(field, event.target.value) })}
                data-test-subj={`connector-test-${field.key}`}
              />
            )}
          </EuiFormRow>
        ))}
        <EuiFormRow label="Additional comment (optional)" fullWidth>
          <EuiTextArea
            fullWidth
            rows={2}
            value={comment}
            onChange={(event) => onChange(withIncident(params, incident, event.target.value))}
            data-test-subj="connector-test-comment"
          />
        </EuiFormRow>
      </>
    );
  }
  return {
    defaultTestParams: () => withIncident({}, { [titleKey]: '', description: '' }, ''),
    TestParams,
    validateTestParams: (params) => (fieldText(incidentOf(params)[titleKey]).trim() ? null : `${titleLabel} is required.`),
  };
}
