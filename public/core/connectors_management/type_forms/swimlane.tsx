import { EuiFieldText, EuiFlexGroup, EuiFlexItem, EuiFormRow } from '@elastic/eui';
import { ConfigSelect, ConfigText, FieldGroup, ReenterSecretsNote, requireFields, requireUrl, SecretText } from './fields';
import { pushTestForm } from './push_test_params';
import { type ConnectorTypeForm, type FieldErrors, type TypeFormProps } from './types';

interface Mapping {
  id: string;
  key: string;
  name: string;
  fieldType: string;
}

const MAPPINGS = [
  { key: 'caseIdConfig', label: 'Case ID', for: ['cases'], fieldType: 'text' },
  { key: 'caseNameConfig', label: 'Case name', for: ['cases'], fieldType: 'text' },
  { key: 'descriptionConfig', label: 'Description', for: ['cases'], fieldType: 'text' },
  { key: 'ruleNameConfig', label: 'Rule name', for: ['alerts'], fieldType: 'text' },
  { key: 'alertIdConfig', label: 'Alert ID', for: ['alerts'], fieldType: 'text' },
  { key: 'severityConfig', label: 'Severity', for: ['alerts'], fieldType: 'text' },
  { key: 'commentsConfig', label: 'Comments', for: ['cases', 'alerts'], fieldType: 'comments' },
] as const;

const CONNECTOR_TYPES = [
  { value: 'all', text: 'All' },
  { value: 'cases', text: 'Cases' },
  { value: 'alerts', text: 'Alerts' },
];

const mappingsOf = (config: Record<string, unknown>) => (config.mappings as Record<string, Mapping | null> | undefined) ?? {};
/** The mappings the chosen record type needs, as Kibana's form asks for them. */
const neededMappings = (connectorType: unknown) => MAPPINGS.filter((mapping) => connectorType === 'all' || (mapping.for as readonly string[]).includes(String(connectorType)));

/**
 * Which Swimlane field each value goes to. Kibana reads the app's fields from Swimlane to offer
 * them in lists; here the admin types the field's id, key, name and type as Swimlane shows them.
 */
function MappingRow({ form, mappingKey, label, fieldType }: { form: TypeFormProps; mappingKey: string; label: string; fieldType: string }) {
  const mappings = mappingsOf(form.config);
  const mapping = mappings[mappingKey] ?? { id: '', key: '', name: '', fieldType };
  const error = form.errors[`config.mappings.${mappingKey}`];
  const set = (patch: Partial<Mapping>) => form.setConfig({ mappings: { ...mappings, [mappingKey]: { ...mapping, ...patch } } });
  const part = (name: keyof Mapping, placeholder: string) => (
    <EuiFlexItem>
      <EuiFieldText
        compressed
        placeholder={placeholder}
        aria-label={`${label} field ${placeholder}`}
        value={mapping[name]}
        readOnly={form.readOnly}
        isInvalid={!!error}
        onChange={(event) => set({ [name]: event.target.value })}
        data-test-subj={`connector-swimlane-${mappingKey}-${name}`}
      />
    </EuiFlexItem>
  );
  return (
    <EuiFormRow label={`${label} field`} isInvalid={!!error} error={error} fullWidth>
      <EuiFlexGroup gutterSize="xs" responsive={false}>
        {part('id', 'id')}
        {part('key', 'key')}
        {part('name', 'name')}
        {part('fieldType', 'type')}
      </EuiFlexGroup>
    </EuiFormRow>
  );
}

function SwimlaneFields({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigText form={form} name="apiUrl" label="API URL" placeholder="https://swimlane.example.com" />
      <ConfigText form={form} name="appId" label="Application ID" />
      <ConfigSelect form={form} name="connectorType" label="Connector type" options={CONNECTOR_TYPES} helpText="Cases push only through a connector of type All or Cases." />
      <FieldGroup title="Authentication">
        <ReenterSecretsNote form={form} />
        <SecretText form={form} name="apiToken" label="API token" />
      </FieldGroup>
      <FieldGroup title="Field mappings">
        {neededMappings(form.config.connectorType).map((mapping) => (
          <MappingRow key={mapping.key} form={form} mappingKey={mapping.key} label={mapping.label} fieldType={mapping.fieldType} />
        ))}
      </FieldGroup>
    </>
  );
}

function validate(config: Record<string, unknown>, secrets: Record<string, unknown>) {
  const errors: FieldErrors = {};
  requireUrl(errors, 'config', config, 'apiUrl', 'API URL');
  requireFields(errors, 'config', config, { appId: 'Application ID' });
  requireFields(errors, 'secrets', secrets, { apiToken: 'API token' });
  const mappings = mappingsOf(config);
  for (const { key, label } of neededMappings(config.connectorType)) {
    const mapping = mappings[key];
    if (!mapping || !mapping.id.trim() || !mapping.key.trim() || !mapping.name.trim() || !mapping.fieldType.trim()) {
      errors[`config.mappings.${key}`] = `The ${label} field needs its id, key, name and type.`;
    }
  }
  return errors;
}

/** Mappings the record type does not use go out as null, as Kibana's form sends them. */
function toRequest(config: Record<string, unknown>, secrets: Record<string, unknown>) {
  const needed = new Set(neededMappings(config.connectorType).map((mapping) => mapping.key as string));
  const mappings = mappingsOf(config);
  return {
    config: { ...config, mappings: Object.fromEntries(MAPPINGS.map(({ key }) => [key, needed.has(key) ? (mappings[key] ?? null) : null])) },
    secrets,
  };
}

export const swimlaneTypeForm: ConnectorTypeForm = {
  id: '.swimlane',
  iconType: 'plugs',
  defaultConfig: () => ({ apiUrl: '', appId: '', connectorType: 'all', mappings: {} }),
  Fields: (props) => <SwimlaneFields form={props} />,
  validate,
  toRequest,
  ...pushTestForm({ titleKey: 'caseName', titleLabel: 'Case name', fields: [{ key: 'caseId', label: 'Case ID' }] }),
};
