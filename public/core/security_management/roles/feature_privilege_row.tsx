import { EuiButtonGroup, EuiCheckbox, EuiFlexGroup, EuiFlexItem, EuiSpacer, EuiText } from '@elastic/eui';
import { type FeatureSummary } from '../types';
import {
  choiceForLevel,
  type FeatureChoice,
  type FeatureLevel,
  type PrimaryPrivilege,
  subFeaturePrivilegesOf,
} from './role_privileges_form';

const LEVELS: Array<{ level: FeatureLevel; label: string }> = [
  { level: 'none', label: 'None' },
  { level: 'read', label: 'Read' },
  { level: 'all', label: 'All' },
  { level: 'custom', label: 'Custom' },
];

const PRIMARIES: Array<{ primary: PrimaryPrivilege; label: string }> = [
  { primary: 'none', label: 'None' },
  { primary: 'minimal_read', label: 'Read' },
  { primary: 'minimal_all', label: 'All' },
];

/**
 * One feature's privilege in one entry: none, read, all, or custom (Kibana's "customize
 * sub-feature privileges": the primary part alone plus sub-feature privileges ticked one by one).
 */
export function FeaturePrivilegeRow({
  idPrefix,
  feature,
  choice,
  readOnly,
  onChange,
}: {
  /** EuiButtonGroup options become element ids: unique per entry and feature. */
  idPrefix: string;
  feature: FeatureSummary;
  choice: FeatureChoice;
  readOnly: boolean;
  onChange(choice: FeatureChoice): void;
}) {
  const subFeatures = subFeaturePrivilegesOf(feature);
  const groupId = `${idPrefix}-${feature.id}`;
  return (
    <div data-test-subj={`featurePrivilegeRow-${feature.id}`}>
      <EuiFlexGroup alignItems="center" gutterSize="m" responsive={false} wrap>
        <EuiFlexItem css={{ minInlineSize: '12em' }}>
          <EuiText size="s">
            <strong>{feature.name}</strong>
          </EuiText>
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonGroup
            legend={`Privilege for ${feature.name}`}
            buttonSize="compressed"
            isDisabled={readOnly}
            idSelected={`${groupId}-${choice.level}`}
            options={LEVELS.map(({ level, label }) => ({ id: `${groupId}-${level}`, label, 'data-test-subj': `featurePrivilege-${feature.id}-${level}` }))}
            onChange={(id) => {
              const level = LEVELS.find((option) => id === `${groupId}-${option.level}`)?.level ?? 'none';
              onChange(choiceForLevel(level, choice, feature));
            }}
          />
        </EuiFlexItem>
      </EuiFlexGroup>
      {choice.level === 'custom' && (
        <div data-test-subj={`featureCustom-${feature.id}`} css={{ paddingInlineStart: '1em' }}>
          <EuiSpacer size="s" />
          <EuiButtonGroup
            legend={`Primary privilege for ${feature.name}`}
            buttonSize="compressed"
            isDisabled={readOnly}
            idSelected={`${groupId}-primary-${choice.primary}`}
            options={PRIMARIES.map(({ primary, label }) => ({
              id: `${groupId}-primary-${primary}`,
              label,
              'data-test-subj': `featurePrimary-${feature.id}-${primary}`,
            }))}
            onChange={(id) => {
              const primary = PRIMARIES.find((option) => id === `${groupId}-primary-${option.primary}`)?.primary ?? 'none';
              onChange({ ...choice, primary });
            }}
          />
          <EuiSpacer size="s" />
          {subFeatures.map((privilege) => (
            <EuiCheckbox
              key={privilege.id}
              id={`${groupId}-sub-${privilege.id}`}
              label={privilege.name}
              disabled={readOnly}
              checked={choice.subFeatures.includes(privilege.id)}
              data-test-subj={`featureSubPrivilege-${feature.id}-${privilege.id}`}
              onChange={(event) =>
                onChange({
                  ...choice,
                  subFeatures: event.target.checked
                    ? [...choice.subFeatures, privilege.id]
                    : choice.subFeatures.filter((id) => id !== privilege.id),
                })
              }
            />
          ))}
        </div>
      )}
    </div>
  );
}
