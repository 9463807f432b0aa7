/** The editor and the read view of a case's connector fields, whatever the connector's type. */
import { EuiText } from '@elastic/eui';
import { connectorFieldsRegistry } from './registry';
import type { FieldsEditorProps, FieldsViewProps } from './types';

function NoFields({ type }: { type: string }) {
  return (
    <EuiText size="s" color="subdued" data-test-subj={`connector-fields-${type}`}>
      <p>This connector has no fields to fill in.</p>
    </EuiText>
  );
}

export function ConnectorFieldsEditor(props: FieldsEditorProps) {
  const Editor = connectorFieldsRegistry.get(props.connector.type)?.Editor;
  return Editor ? <Editor {...props} /> : <NoFields type={props.connector.type} />;
}

export function ConnectorFieldsView(props: FieldsViewProps) {
  const View = connectorFieldsRegistry.get(props.connector.type)?.View;
  return View ? <View {...props} /> : null;
}
