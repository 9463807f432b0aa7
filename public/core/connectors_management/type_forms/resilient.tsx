import { ConfigText, FieldGroup, ReenterSecretsNote, requireFields, requireUrl, SecretText } from './fields';
import { pushTestForm } from './push_test_params';
import { type ConnectorTypeForm, type FieldErrors, type TypeFormProps } from './types';

function ResilientFields({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigText form={form} name="apiUrl" label="URL" placeholder="https://soar.example.com" />
      <ConfigText form={form} name="orgId" label="Organization ID" />
      <FieldGroup title="Authentication">
        <ReenterSecretsNote form={form} />
        <SecretText form={form} name="apiKeyId" label="API key ID" plain />
        <SecretText form={form} name="apiKeySecret" label="API key secret" />
      </FieldGroup>
    </>
  );
}

export const resilientTypeForm: ConnectorTypeForm = {
  id: '.resilient',
  iconType: 'securityApp',
  defaultConfig: () => ({ apiUrl: '', orgId: '' }),
  Fields: (props) => <ResilientFields form={props} />,
  validate(config, secrets) {
    const errors: FieldErrors = {};
    requireUrl(errors, 'config', config, 'apiUrl', 'URL');
    requireFields(errors, 'config', config, { orgId: 'Organization ID' });
    requireFields(errors, 'secrets', secrets, { apiKeyId: 'API key ID', apiKeySecret: 'API key secret' });
    return errors;
  },
  ...pushTestForm({ titleKey: 'name', titleLabel: 'Name' }),
};
