/**
 * What each connector type brings to the case's connector panel and the create form: the
 * fields a case starts with for it, an editor for them and a read view. One registration per
 * type (registry.ts), so a later type does not touch the panel or the form.
 */
import type { ComponentType } from 'react';

/** The case's `connector.fields` for one type, as the server stores them (null for none). */
export type ConnectorFields = Record<string, unknown> | null;

/** The connector the fields belong to: its id runs the lookups, its type picks the editor. */
export interface ConnectorRef {
  id: string;
  type: string;
}

export interface FieldsEditorProps {
  connector: ConnectorRef;
  fields: ConnectorFields;
  onChange: (fields: ConnectorFields) => void;
  isLoading?: boolean;
}

export interface FieldsViewProps {
  connector: ConnectorRef;
  fields: ConnectorFields;
}

export interface ConnectorFieldsDefinition {
  /** Kibana's action type id, e.g. `.jira`. */
  type: string;
  /** What a case holds for this type before the user chooses anything (Kibana's: every key null). */
  emptyFields: ConnectorFields;
  Editor?: ComponentType<FieldsEditorProps>;
  View?: ComponentType<FieldsViewProps>;
}
