import { useState } from 'react';
import { EuiButton, EuiPageTemplate, type EuiPageHeaderProps } from '@elastic/eui';
import { useCapabilities } from '../capabilities/use_capabilities';
import { useCore } from '../core_context';
import { LoadErrorCallout } from '../security_management/load_error_callout';
import { connectorCapabilities } from './capabilities';
import { ConnectorsTable } from './connectors_table';
import { CreateConnectorFlyout } from './create_connector_flyout';
import { DeleteConnectorModal } from './delete_connector_modal';
import { EditConnectorFlyout } from './edit_connector_flyout';
import { getTypeForm } from './type_forms/registry';
import { type ActionConnector } from './types';
import { useConnectors, useConnectorTypes, useDeleteConnector } from './use_connectors';

type FlyoutState = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; connector: ActionConnector };

/**
 * Stack Management > Connectors: the space's connectors, Kibana's create and edit flyouts, and
 * delete. What the caller may do follows the `actions` feature's capabilities; the API checks again.
 */
export function ConnectorsPage({ tabs }: { tabs?: EuiPageHeaderProps['tabs'] }) {
  const core = useCore();
  const can = connectorCapabilities(useCapabilities());
  const connectors = useConnectors();
  const types = useConnectorTypes();
  const deleteConnector = useDeleteConnector();
  const [flyout, setFlyout] = useState<FlyoutState>({ mode: 'closed' });
  const [toDelete, setToDelete] = useState<ActionConnector>();

  const onDelete = (connector: ActionConnector) => {
    deleteConnector.mutate(connector.id, {
      onSuccess: () => core.toasts.addSuccess({ title: `Deleted '${connector.name}'`, 'data-test-subj': 'connector-deleted-toast' }),
      onError: (error) => core.toasts.addError(error, { title: `Could not delete '${connector.name}'` }),
      onSettled: () => setToDelete(undefined),
    });
  };

  const editing = flyout.mode === 'edit' ? flyout.connector : undefined;
  const editingForm = editing && getTypeForm(editing.connector_type_id);
  const typeName = (id: string) => types.data?.find((type) => type.id === id)?.name ?? id;

  return (
    <>
      <EuiPageTemplate.Header
        pageTitle="Connectors"
        iconType="plugs"
        description="Connect third-party systems, such as ticketing tools and email, that cases push to and automation runs."
        tabs={tabs}
        rightSideItems={
          can.save
            ? [
                <EuiButton key="create" fill iconType="plusCircle" onClick={() => setFlyout({ mode: 'create' })} data-test-subj="connectors-create-button">
                  Create connector
                </EuiButton>,
              ]
            : []
        }
      />
      <EuiPageTemplate.Section>
        {connectors.error ? (
          <LoadErrorCallout what="connectors" error={connectors.error} testSubj="connectors-load-error" />
        ) : (
          <ConnectorsTable
            // System actions run on their own: they are not managed here, as in Kibana.
            connectors={(connectors.data ?? []).filter((connector) => !connector.is_system_action)}
            types={types.data ?? []}
            isLoading={connectors.isLoading}
            canSave={can.save}
            canDelete={can.delete}
            onEdit={(connector) => setFlyout({ mode: 'edit', connector })}
            onDelete={(connector) => {
              deleteConnector.reset();
              setToDelete(connector);
            }}
          />
        )}
      </EuiPageTemplate.Section>
      {flyout.mode === 'create' && <CreateConnectorFlyout onClose={() => setFlyout({ mode: 'closed' })} />}
      {editing && editingForm && (
        <EditConnectorFlyout
          key={editing.id}
          connector={editing}
          typeForm={editingForm}
          typeName={typeName(editing.connector_type_id)}
          canSave={can.save}
          canExecute={can.execute}
          onClose={() => setFlyout({ mode: 'closed' })}
        />
      )}
      {toDelete && <DeleteConnectorModal connector={toDelete} isDeleting={deleteConnector.isPending} onCancel={() => setToDelete(undefined)} onConfirm={() => onDelete(toDelete)} />}
    </>
  );
}
