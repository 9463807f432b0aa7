import {
  EuiButtonEmpty,
  EuiButtonGroup,
  EuiComboBox,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFormRow,
  EuiHorizontalRule,
  EuiPanel,
  EuiText,
  type EuiComboBoxOptionOption,
  EuiSpacer,
} from '@elastic/eui';
import { type Space } from '../../containers/types';
import { type FeatureSummary } from '../types';
import { FeaturePrivilegeRow } from './feature_privilege_row';
import { ALL_SPACES, type BaseLevel, NO_FEATURE_PRIVILEGE, nextSpaces, type PrivilegeEntryValues } from './role_privileges_form';

const BASES: Array<{ base: BaseLevel; label: string }> = [
  { base: 'none', label: 'Per feature' },
  { base: 'read', label: 'Read' },
  { base: 'all', label: 'All' },
];

const ALL_SPACES_LABEL = 'All spaces';

export interface PrivilegeEntryEditorProps {
  index: number;
  entry: PrivilegeEntryValues;
  spaces: Space[];
  spacesLoading: boolean;
  features: FeatureSummary[];
  readOnly: boolean;
  errors?: { spaces?: string; privileges?: string };
  onChange(entry: PrivilegeEntryValues): void;
  onRemove(): void;
}

/** The spaces an entry applies in, and what it grants there. */
export function PrivilegeEntryEditor({ index, entry, spaces, spacesLoading, features, readOnly, errors, onChange, onRemove }: PrivilegeEntryEditorProps) {
  const spaceOption = (id: string): EuiComboBoxOptionOption<string> =>
    id === ALL_SPACES ? { label: ALL_SPACES_LABEL, value: ALL_SPACES } : { label: spaces.find((space) => space.id === id)?.name ?? id, value: id };
  const options = [spaceOption(ALL_SPACES), ...spaces.map((space) => spaceOption(space.id))];

  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj={`privilegeEntry-${index}`}>
      <EuiFlexGroup alignItems="flexStart" gutterSize="m" responsive={false}>
        <EuiFlexItem>
          <EuiFormRow label="Spaces" isInvalid={!!errors?.spaces} error={errors?.spaces} fullWidth>
            <EuiComboBox<string>
              fullWidth
              aria-label="Spaces"
              placeholder="Select spaces"
              isLoading={spacesLoading}
              isDisabled={readOnly}
              isInvalid={!!errors?.spaces}
              options={options}
              selectedOptions={entry.spaces.map(spaceOption)}
              onChange={(selected) => onChange({ ...entry, spaces: nextSpaces(entry.spaces, selected.map((option) => option.value ?? option.label)) })}
              data-test-subj="privilegeEntrySpaces"
            />
          </EuiFormRow>
        </EuiFlexItem>
        {!readOnly && (
          <EuiFlexItem grow={false}>
            <EuiFormRow hasEmptyLabelSpace>
              <EuiButtonEmpty color="danger" iconType="trash" data-test-subj="removePrivilegeEntry" onClick={onRemove}>
                Remove
              </EuiButtonEmpty>
            </EuiFormRow>
          </EuiFlexItem>
        )}
      </EuiFlexGroup>
      <EuiSpacer size="m" />
      <EuiFormRow label="Privileges for all features" isInvalid={!!errors?.privileges} error={errors?.privileges} fullWidth>
        <EuiButtonGroup
          legend="Privileges for all features"
          buttonSize="compressed"
          isDisabled={readOnly}
          idSelected={`${entry.key}-base-${entry.base}`}
          options={BASES.map(({ base, label }) => ({ id: `${entry.key}-base-${base}`, label, 'data-test-subj': `basePrivilege-${base}` }))}
          onChange={(id) => onChange({ ...entry, base: BASES.find((option) => id === `${entry.key}-base-${option.base}`)?.base ?? 'none' })}
        />
      </EuiFormRow>
      {entry.base === 'none' ? (
        <div data-test-subj="featurePrivileges">
          {features.map((feature) => (
            <div key={feature.id}>
              <EuiHorizontalRule margin="s" />
              <FeaturePrivilegeRow
                idPrefix={entry.key}
                feature={feature}
                choice={entry.features[feature.id] ?? NO_FEATURE_PRIVILEGE}
                readOnly={readOnly}
                onChange={(choice) => onChange({ ...entry, features: { ...entry.features, [feature.id]: choice } })}
              />
            </div>
          ))}
        </div>
      ) : (
        <EuiText size="s" color="subdued" data-test-subj="basePrivilegeSummary">
          <p>
            {entry.base === 'all'
              ? 'Grants every feature’s All privilege, sub-features included, in these spaces.'
              : 'Grants every feature’s Read privilege in these spaces.'}
          </p>
        </EuiText>
      )}
    </EuiPanel>
  );
}
