/** The connector half of a case: choose a connector, fill its fields, read them back. */
export { ConnectorFieldsEditor, ConnectorFieldsView } from './connector_fields';
export { ConnectorSelector, type ConnectorSelectorProps } from './connector_selector';
export { connectorFieldsRegistry, emptyFieldsOf } from './registry';
export { caseConnectorOf } from './case_connector_of';
export type { ConnectorFields, ConnectorFieldsDefinition, ConnectorRef, FieldsEditorProps, FieldsViewProps } from './types';
