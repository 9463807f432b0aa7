import { type ComponentType } from 'react';
import { type JsonObject } from '../types';

/** Errors keyed `config.<key>` or `secrets.<key>`, so each input finds its own. */
export type FieldErrors = Record<string, string>;

export interface TypeFormProps {
  config: JsonObject;
  secrets: JsonObject;
  setConfig(patch: JsonObject): void;
  setSecrets(patch: JsonObject): void;
  /** Shown once the user tried to save, as the rest of the app's forms do. */
  errors: FieldErrors;
  readOnly: boolean;
  /** Editing: secrets start empty and must be entered again. */
  isEdit: boolean;
}

export interface TestParamsProps {
  params: JsonObject;
  onChange(params: JsonObject): void;
}

/**
 * What the connectors page knows of one connector type: its form, its checks, and the Test tab's
 * params. A type the server registers later needs one entry here and nothing else.
 */
export interface ConnectorTypeForm {
  id: string;
  iconType: string;
  /** The config of a new connector: Kibana's UI defaults (e.g. ServiceNow's usesTableApi false). */
  defaultConfig(): JsonObject;
  Fields: ComponentType<TypeFormProps>;
  /** The browser's checks; the server checks again and its 400 is shown as it answers. */
  validate(config: JsonObject, secrets: JsonObject): FieldErrors;
  /** What is sent, when it differs from what the inputs hold (an empty optional field is null). */
  toRequest?(config: JsonObject, secrets: JsonObject): { config: JsonObject; secrets: JsonObject };
  defaultTestParams(): JsonObject;
  TestParams: ComponentType<TestParamsProps>;
  /** A message while the params cannot be run (an empty title, invalid JSON), else null. */
  validateTestParams(params: JsonObject): string | null;
}
