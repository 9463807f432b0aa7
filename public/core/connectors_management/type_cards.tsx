import { EuiCard, EuiFlexGrid, EuiFlexItem, EuiIcon } from '@elastic/eui';
import { getTypeForm } from './type_forms/registry';
import { type ActionConnectorType } from './types';

/** Why a type cannot be chosen, or null when it can. */
function unavailableReason(type: ActionConnectorType): string | null {
  if (!getTypeForm(type.id)) return 'This connector type cannot be configured here.';
  if (!type.enabled_in_config) return 'This connector type is disabled in the server configuration.';
  if (!type.enabled_in_license) return `This connector type needs a ${type.minimum_license_required} license.`;
  return null;
}

/** Step 1 of creating a connector: Kibana's grid of type cards. System action types are not created by hand. */
export function TypeCards({ types, onSelect }: { types: ActionConnectorType[]; onSelect(type: ActionConnectorType): void }) {
  const shown = types.filter((type) => !type.is_system_action_type).sort((a, b) => a.name.localeCompare(b.name));
  return (
    <EuiFlexGrid columns={3} gutterSize="m" data-test-subj="connector-type-cards">
      {shown.map((type) => {
        const reason = unavailableReason(type);
        return (
          <EuiFlexItem key={type.id}>
            <EuiCard
              titleSize="xs"
              title={type.name}
              description={reason ?? type.description ?? ''}
              icon={<EuiIcon size="xl" type={getTypeForm(type.id)?.iconType ?? 'plugs'} />}
              isDisabled={reason !== null}
              onClick={() => onSelect(type)}
              data-test-subj={`connector-type-card-${type.id}`}
            />
          </EuiFlexItem>
        );
      })}
    </EuiFlexGrid>
  );
}
