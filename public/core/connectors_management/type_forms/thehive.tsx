import { ConfigText, FieldGroup, ReenterSecretsNote, requireFields, requireUrl, SecretText } from './fields';
import { pushTestForm } from './push_test_params';
import { type ConnectorTypeForm, type FieldErrors, type TypeFormProps } from './types';

const SEVERITIES = [
  { value: '1', text: 'Low' },
  { value: '2', text: 'Medium' },
  { value: '3', text: 'High' },
  { value: '4', text: 'Critical' },
];
const TLPS = [
  { value: '0', text: 'CLEAR' },
  { value: '1', text: 'GREEN' },
  { value: '2', text: 'AMBER' },
  { value: '3', text: 'AMBER+STRICT' },
  { value: '4', text: 'RED' },
];

function TheHiveFields({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigText form={form} name="url" label="URL" placeholder="https://thehive.example.com" />
      <ConfigText form={form} name="organisation" label="Organisation (optional)" helpText="Sent as X-Organisation; empty uses the API key's default organisation." />
      <FieldGroup title="Authentication">
        <ReenterSecretsNote form={form} />
        <SecretText form={form} name="apiKey" label="API key" />
      </FieldGroup>
    </>
  );
}

export const theHiveTypeForm: ConnectorTypeForm = {
  id: '.thehive',
  iconType: 'bug',
  defaultConfig: () => ({ url: '', organisation: null }),
  Fields: (props) => <TheHiveFields form={props} />,
  validate(config, secrets) {
    const errors: FieldErrors = {};
    requireUrl(errors, 'config', config, 'url', 'URL');
    requireFields(errors, 'secrets', secrets, { apiKey: 'API key' });
    return errors;
  },
  toRequest: (config, secrets) => ({ config: { ...config, organisation: typeof config.organisation === 'string' && config.organisation.trim() ? config.organisation : null }, secrets }),
  ...pushTestForm({
    titleKey: 'title',
    titleLabel: 'Title',
    fields: [
      { key: 'severity', label: 'Severity', options: SEVERITIES, numeric: true },
      { key: 'tlp', label: 'TLP', options: TLPS, numeric: true },
      { key: 'tags', label: 'Tags (comma-separated)', list: true },
    ],
  }),
};
