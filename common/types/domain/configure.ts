/**
 * A case configuration (`cases-configure`, one per owner per space): the default connector, the
 * closure option, and the custom fields, templates and observable types an admin defines. What
 * is stored is what the API returns, minus `id`, `version`, `error` and `mappings`, which the
 * client adds at read time (mappings come with connectors; until then a `.none` connector maps
 * nothing).
 */
import * as t from 'io-ts';
import { CLOSURE_TYPES, CUSTOM_FIELD_TYPES } from '../../constants';
import { CaseConnectorRt } from './connector';
import { CaseSettingsRt } from './settings';
import { CaseAssigneeRt, UserRt } from './user';
import { CaseCustomFieldRt } from './case';
import { CaseSeverityRt, OwnerRt } from './enums';

const nullable = <C extends t.Mixed>(c: C) => t.union([c, t.null]);
const keyof = <K extends string>(values: readonly K[], name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<K, null>, name);

export const ClosureTypeRt = keyof(CLOSURE_TYPES, 'closure_type');
export const CustomFieldTypeRt = keyof(CUSTOM_FIELD_TYPES, 'type');

/** One custom field definition. `defaultValue` fills a case that does not give the field. */
export const CustomFieldConfigurationRt = t.intersection([
  t.type({ key: t.string, label: t.string, type: CustomFieldTypeRt, required: t.boolean }),
  t.partial({ defaultValue: t.union([t.string, t.boolean, t.number, t.null]) }),
]);
export type CustomFieldConfiguration = t.TypeOf<typeof CustomFieldConfigurationRt>;

/** What a template pre-fills in the create form; every field optional. */
export const TemplateCaseFieldsRt = t.partial({
  title: t.string,
  description: t.string,
  tags: t.array(t.string),
  severity: CaseSeverityRt,
  category: nullable(t.string),
  assignees: t.array(CaseAssigneeRt),
  connector: CaseConnectorRt,
  settings: CaseSettingsRt,
  customFields: t.array(CaseCustomFieldRt),
});
export type TemplateCaseFields = t.TypeOf<typeof TemplateCaseFieldsRt>;

export const TemplateConfigurationRt = t.intersection([
  t.type({ key: t.string, name: t.string }),
  t.partial({ description: t.string, tags: t.array(t.string), caseFields: nullable(TemplateCaseFieldsRt) }),
]);
export type TemplateConfiguration = t.TypeOf<typeof TemplateConfigurationRt>;

export const ObservableTypeConfigurationRt = t.type({ key: t.string, label: t.string });
export type ObservableTypeConfiguration = t.TypeOf<typeof ObservableTypeConfigurationRt>;

/** Kibana's connector field mapping (source field → target field, and how comments go). */
export const ConnectorMappingRt = t.type({ source: t.string, target: t.string, action_type: t.string });
export type ConnectorMapping = t.TypeOf<typeof ConnectorMappingRt>;

export const ConfigurationAttributesRt = t.type({
  connector: CaseConnectorRt,
  closure_type: ClosureTypeRt,
  customFields: t.array(CustomFieldConfigurationRt),
  templates: t.array(TemplateConfigurationRt),
  observableTypes: t.array(ObservableTypeConfigurationRt),
  owner: OwnerRt,
  created_at: t.string,
  created_by: UserRt,
  updated_at: nullable(t.string),
  updated_by: nullable(UserRt),
});
export type ConfigurationAttributes = t.TypeOf<typeof ConfigurationAttributesRt>;

/** The API's shape: `GET` answers an array of these, `POST` and `PATCH` one. */
export const ConfigurationRt = t.intersection([
  ConfigurationAttributesRt,
  t.type({ id: t.string, version: t.string, error: nullable(t.string), mappings: t.array(ConnectorMappingRt) }),
]);
export type Configuration = t.TypeOf<typeof ConfigurationRt>;
export const ConfigurationsRt = t.array(ConfigurationRt);
