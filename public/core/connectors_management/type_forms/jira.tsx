import { ConfigText, FieldGroup, ReenterSecretsNote, requireFields, requireUrl, SecretText } from './fields';
import { pushTestForm } from './push_test_params';
import { type ConnectorTypeForm, type FieldErrors, type TypeFormProps } from './types';

function JiraFields({ form }: { form: TypeFormProps }) {
  return (
    <>
      <ConfigText form={form} name="apiUrl" label="URL" placeholder="https://example.atlassian.net" />
      <ConfigText form={form} name="projectKey" label="Project key" />
      <FieldGroup title="Authentication">
        <ReenterSecretsNote form={form} />
        <SecretText form={form} name="email" label="Email address or username" plain />
        <SecretText form={form} name="apiToken" label="API token or password" />
      </FieldGroup>
    </>
  );
}

export const jiraTypeForm: ConnectorTypeForm = {
  id: '.jira',
  iconType: 'plugs',
  defaultConfig: () => ({ apiUrl: '', projectKey: '' }),
  Fields: (props) => <JiraFields form={props} />,
  validate(config, secrets) {
    const errors: FieldErrors = {};
    requireUrl(errors, 'config', config, 'apiUrl', 'URL');
    requireFields(errors, 'config', config, { projectKey: 'Project key' });
    requireFields(errors, 'secrets', secrets, { email: 'Email address or username', apiToken: 'API token or password' });
    return errors;
  },
  // Without an issue type the connector takes the project's first one, as Kibana's does.
  ...pushTestForm({ titleKey: 'summary', titleLabel: 'Summary', fields: [{ key: 'labels', label: 'Labels (comma-separated)', list: true }] }),
};
