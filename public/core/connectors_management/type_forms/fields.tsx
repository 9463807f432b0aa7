import { type ReactNode } from 'react';
import { EuiCallOut, EuiFieldNumber, EuiFieldPassword, EuiFieldText, EuiFormRow, EuiSelect, EuiSpacer, EuiSwitch, EuiTextArea, EuiTitle } from '@elastic/eui';
import { type FieldErrors, type TypeFormProps } from './types';

/**
 * The inputs every type form is made of, bound to one `config` or `secrets` key: the form files
 * then read as Kibana's lists of fields. Test subjects are `connector-<group>-<key>`.
 */

interface BoundProps {
  form: TypeFormProps;
  name: string;
  label: string;
  helpText?: ReactNode;
  placeholder?: string;
}

const testSubj = (group: string, name: string) => `connector-${group}-${name}`;

function rowProps({ form, name, label, helpText }: BoundProps, group: 'config' | 'secrets') {
  const error = form.errors[`${group}.${name}`];
  return { label, helpText, isInvalid: !!error, error, fullWidth: true };
}

/** What a text input and a text area bound to a string `config` key share. */
function configStringProps({ form, name, placeholder }: BoundProps) {
  const value = form.config[name];
  return {
    fullWidth: true,
    value: typeof value === 'string' ? value : '',
    placeholder,
    readOnly: form.readOnly,
    isInvalid: !!form.errors[`config.${name}`],
    onChange: (event: { target: { value: string } }) => form.setConfig({ [name]: event.target.value }),
    'data-test-subj': testSubj('config', name),
  };
}

export function ConfigText(props: BoundProps) {
  return (
    <EuiFormRow {...rowProps(props, 'config')}>
      <EuiFieldText {...configStringProps(props)} />
    </EuiFormRow>
  );
}

export function ConfigTextArea(props: BoundProps & { rows?: number }) {
  return (
    <EuiFormRow {...rowProps(props, 'config')}>
      <EuiTextArea rows={props.rows ?? 6} {...configStringProps(props)} />
    </EuiFormRow>
  );
}

export function ConfigNumber(props: BoundProps) {
  const { form, name } = props;
  const value = form.config[name];
  return (
    <EuiFormRow {...rowProps(props, 'config')}>
      <EuiFieldNumber
        fullWidth
        value={typeof value === 'number' ? value : ''}
        readOnly={form.readOnly}
        isInvalid={!!form.errors[`config.${name}`]}
        onChange={(event) => form.setConfig({ [name]: event.target.value === '' ? null : Number(event.target.value) })}
        data-test-subj={testSubj('config', name)}
      />
    </EuiFormRow>
  );
}

export function ConfigSwitch({ form, name, label, helpText }: BoundProps) {
  return (
    <EuiFormRow fullWidth helpText={helpText}>
      <EuiSwitch
        label={label}
        checked={form.config[name] === true}
        disabled={form.readOnly}
        onChange={(event) => form.setConfig({ [name]: event.target.checked })}
        data-test-subj={testSubj('config', name)}
      />
    </EuiFormRow>
  );
}

export function ConfigSelect(props: BoundProps & { options: Array<{ value: string; text: string }> }) {
  const { form, name, options } = props;
  const value = form.config[name];
  return (
    <EuiFormRow {...rowProps(props, 'config')}>
      <EuiSelect
        fullWidth
        options={options}
        value={typeof value === 'string' ? value : ''}
        disabled={form.readOnly}
        onChange={(event) => form.setConfig({ [name]: event.target.value })}
        data-test-subj={testSubj('config', name)}
      />
    </EuiFormRow>
  );
}

/**
 * Never prefilled: the API never returns a secret, and an edit must send every secret again.
 * `plain` shows what is typed: a user name or an email kept among the secrets (Jira's `email`)
 * is not itself secret, and a masked one invites typos.
 */
export function SecretText(props: BoundProps & { multiline?: boolean; plain?: boolean }) {
  const { form, name, multiline, plain } = props;
  const value = form.secrets[name];
  const common = {
    value: typeof value === 'string' ? value : '',
    readOnly: form.readOnly,
    isInvalid: !!form.errors[`secrets.${name}`],
    'data-test-subj': testSubj('secrets', name),
  };
  return (
    <EuiFormRow {...rowProps(props, 'secrets')}>
      {multiline ? (
        <EuiTextArea fullWidth rows={4} {...common} onChange={(event) => form.setSecrets({ [name]: event.target.value })} />
      ) : plain ? (
        <EuiFieldText fullWidth autoComplete="off" {...common} onChange={(event) => form.setSecrets({ [name]: event.target.value })} />
      ) : (
        <EuiFieldPassword fullWidth type="dual" autoComplete="new-password" {...common} onChange={(event) => form.setSecrets({ [name]: event.target.value })} />
      )}
    </EuiFormRow>
  );
}

/** A titled group of fields, Kibana's "Authentication" and the like. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <EuiSpacer size="m" />
      <EuiTitle size="xxs">
        <h4>{title}</h4>
      </EuiTitle>
      <EuiSpacer size="s" />
      {children}
    </>
  );
}

/** Kibana's note on edit: the stored secrets are never shown, and an update replaces them all. */
export function ReenterSecretsNote({ form }: { form: TypeFormProps }) {
  if (!form.isEdit || form.readOnly) return null;
  return (
    <>
      <EuiCallOut size="s" iconType="lock" title="Enter the secrets again" data-test-subj="connector-reenter-secrets">
        <p>Secrets are encrypted and never shown. Saving replaces them, so enter every one of them again.</p>
      </EuiCallOut>
      <EuiSpacer size="s" />
    </>
  );
}

// ---- checks shared by the types' validate() ----

const str = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function requireFields(errors: FieldErrors, group: 'config' | 'secrets', values: Record<string, unknown>, labels: Record<string, string>) {
  for (const [key, label] of Object.entries(labels)) if (!str(values[key])) errors[`${group}.${key}`] = `${label} is required.`;
}

/** An http(s) URL; mustache variables (`{{{external.system.id}}}`) count as text. */
export function isValidUrl(value: unknown): boolean {
  const text = str(value).replace(/\{\{\{?[^}]*\}?\}\}/g, 'x');
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function requireUrl(errors: FieldErrors, group: 'config' | 'secrets', values: Record<string, unknown>, key: string, label: string) {
  if (!str(values[key])) errors[`${group}.${key}`] = `${label} is required.`;
  else if (!isValidUrl(values[key])) errors[`${group}.${key}`] = `${label} must be a valid http or https URL.`;
}
