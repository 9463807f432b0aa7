import { useState } from 'react';
import { type FieldErrors, type ConnectorTypeForm } from './type_forms/types';
import { type JsonObject } from './types';

export interface ConnectorFormValues {
  name: string;
  config: JsonObject;
  secrets: JsonObject;
}

function validate(typeForm: ConnectorTypeForm, values: ConnectorFormValues): FieldErrors {
  const errors = typeForm.validate(values.config, values.secrets);
  if (!values.name.trim()) errors.name = 'Connector name is required.';
  return errors;
}

/**
 * The state of one connector's form. Errors show after the first save attempt and then follow
 * every change, as the app's other forms do. Secrets always start empty: the API never returns them.
 */
export function useConnectorForm(typeForm: ConnectorTypeForm, initial: { name: string; config: JsonObject }) {
  const [values, setValues] = useState<ConnectorFormValues>({ name: initial.name, config: initial.config, secrets: {} });
  const [submitted, setSubmitted] = useState(false);
  const errors = submitted ? validate(typeForm, values) : {};

  const change = (patch: Partial<ConnectorFormValues>) => setValues((current) => ({ ...current, ...patch }));

  /** The request's name, config and secrets, or null while the form has errors (now shown). */
  const submit = (): ConnectorFormValues | null => {
    setSubmitted(true);
    if (Object.keys(validate(typeForm, values)).length > 0) return null;
    const { config, secrets } = typeForm.toRequest ? typeForm.toRequest(values.config, values.secrets) : values;
    return { name: values.name.trim(), config, secrets };
  };

  return {
    values,
    errors,
    setName: (name: string) => change({ name }),
    setConfig: (patch: JsonObject) => setValues((current) => ({ ...current, config: { ...current.config, ...patch } })),
    setSecrets: (patch: JsonObject) => setValues((current) => ({ ...current, secrets: { ...current.secrets, ...patch } })),
    submit,
  };
}

export type ConnectorFormState = ReturnType<typeof useConnectorForm>;
