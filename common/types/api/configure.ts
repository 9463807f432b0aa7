/**
 * Requests of the configure routes, as Kibana's: `POST /api/cases/configure` creates an
 * owner's configuration, `PATCH /api/cases/configure/{configuration_id}` changes one with its
 * `version`, `GET /api/cases/configure?owner=` lists them. Arrays are bounded here by the
 * configurable ceiling; the client checks the owner's configured caps (Kibana's 10 by
 * default) and the rules that span entries (unique keys, a template's custom fields).
 */
import * as t from 'io-ts';
import { discriminated, limitedArray, limitedString, strict, strictPartial, strictWithOptional } from '../../core/codec';
import {
  CONFIGURATION_KEY_PATTERN,
  MAX_CONFIGURE_LIMIT_SETTING,
  MAX_CUSTOM_FIELD_KEY_LENGTH,
  MAX_CUSTOM_FIELD_LABEL_LENGTH,
  MAX_DESCRIPTION_LENGTH,
  MAX_ID_LENGTH,
  MAX_OBSERVABLE_TYPE_KEY_LENGTH,
  MAX_OBSERVABLE_TYPE_LABEL_LENGTH,
  MAX_TAGS_PER_TEMPLATE,
  MAX_TEMPLATE_DESCRIPTION_LENGTH,
  MAX_TEMPLATE_KEY_LENGTH,
  MAX_TEMPLATE_NAME_LENGTH,
  MAX_TEMPLATE_TAG_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_VERSION_LENGTH,
  OWNERS,
} from '../../constants';
import { CaseConnectorRt } from '../domain/connector';
import { ClosureTypeRt } from '../domain/configure';
import { CaseSeverityRt, OwnerRt } from '../domain/enums';
import { CaseSettingsRt } from '../domain/settings';
import { AssigneesRt, CategoryRt, CustomFieldNumberValueRt, CustomFieldsRt, CustomFieldTextValueRt, TagsRt } from './case';
import { idString, oneOrMany } from './request_codecs';

/** A key: bounded, lower case letters, digits, `_` and `-` (Kibana's rule and message). */
export const configurationKey = (field: string, max: number) =>
  new t.Type<string, string, unknown>(
    field,
    (u): u is string => typeof u === 'string' && u.length >= 1 && u.length <= max && CONFIGURATION_KEY_PATTERN.test(u),
    (u, ctx) => {
      const bounded = limitedString(field, { min: 1, max }).validate(u, ctx);
      if (bounded._tag === 'Left') return bounded;
      return CONFIGURATION_KEY_PATTERN.test(bounded.right)
        ? bounded
        : t.failure(u, ctx, `Key must be lower case, a-z, 0-9, '_', and '-' are allowed`);
    },
    t.identity,
  );

const CustomFieldKeyRt = configurationKey('key', MAX_CUSTOM_FIELD_KEY_LENGTH);
const CustomFieldLabelRt = limitedString('label', { min: 1, max: MAX_CUSTOM_FIELD_LABEL_LENGTH });

export const CustomFieldConfigurationRequestRt = discriminated(
  'type',
  {
    text: strictWithOptional(
      { key: CustomFieldKeyRt, label: CustomFieldLabelRt, type: t.literal('text'), required: t.boolean },
      { defaultValue: t.union([CustomFieldTextValueRt, t.null]) },
      'text custom field',
    ),
    toggle: strictWithOptional(
      { key: CustomFieldKeyRt, label: CustomFieldLabelRt, type: t.literal('toggle'), required: t.boolean },
      { defaultValue: t.union([t.boolean, t.null]) },
      'toggle custom field',
    ),
    number: strictWithOptional(
      { key: CustomFieldKeyRt, label: CustomFieldLabelRt, type: t.literal('number'), required: t.boolean },
      { defaultValue: t.union([CustomFieldNumberValueRt, t.null]) },
      'number custom field',
    ),
  },
  'custom field',
);
export type CustomFieldConfigurationRequest = t.TypeOf<typeof CustomFieldConfigurationRequestRt>;

/** What a template may pre-fill: the create request's fields, every one optional, title and description may be blank. */
export const TemplateCaseFieldsRequestRt = strictPartial(
  {
    title: limitedString('title', { max: MAX_TITLE_LENGTH }),
    description: limitedString('description', { max: MAX_DESCRIPTION_LENGTH }),
    tags: TagsRt,
    severity: CaseSeverityRt,
    category: CategoryRt,
    assignees: AssigneesRt,
    connector: CaseConnectorRt,
    settings: CaseSettingsRt,
    customFields: CustomFieldsRt,
  },
  'caseFields',
);

export const TemplateConfigurationRequestRt = strictWithOptional(
  { key: configurationKey('key', MAX_TEMPLATE_KEY_LENGTH), name: limitedString('name', { min: 1, max: MAX_TEMPLATE_NAME_LENGTH }) },
  {
    description: limitedString('description', { max: MAX_TEMPLATE_DESCRIPTION_LENGTH }),
    tags: limitedArray(limitedString('tag', { min: 1, max: MAX_TEMPLATE_TAG_LENGTH }), 'tags', { max: MAX_TAGS_PER_TEMPLATE }),
    caseFields: t.union([TemplateCaseFieldsRequestRt, t.null]),
  },
  'template',
);
export type TemplateConfigurationRequest = t.TypeOf<typeof TemplateConfigurationRequestRt>;

export const ObservableTypeConfigurationRequestRt = strict(
  {
    key: limitedString('key', { min: 1, max: MAX_OBSERVABLE_TYPE_KEY_LENGTH }),
    label: limitedString('label', { min: 1, max: MAX_OBSERVABLE_TYPE_LABEL_LENGTH }),
  },
  'observable type',
);

const ceiling = { max: MAX_CONFIGURE_LIMIT_SETTING };
const optionalLists = {
  customFields: limitedArray(CustomFieldConfigurationRequestRt, 'customFields', ceiling),
  templates: limitedArray(TemplateConfigurationRequestRt, 'templates', ceiling),
  observableTypes: limitedArray(ObservableTypeConfigurationRequestRt, 'observableTypes', ceiling),
};

export const ConfigurationRequestRt = strictWithOptional(
  { connector: CaseConnectorRt, closure_type: ClosureTypeRt, owner: OwnerRt },
  optionalLists,
  'ConfigurationRequest',
);
export type ConfigurationRequest = t.TypeOf<typeof ConfigurationRequestRt>;

export const ConfigurationPatchRequestRt = strictWithOptional(
  { version: idString('version', MAX_VERSION_LENGTH) },
  { connector: CaseConnectorRt, closure_type: ClosureTypeRt, ...optionalLists },
  'ConfigurationPatchRequest',
);
export type ConfigurationPatchRequest = t.TypeOf<typeof ConfigurationPatchRequestRt>;

export const ConfigurationIdParamsRt = strict({ configuration_id: idString('configuration_id', MAX_ID_LENGTH) });

export const GetConfigurationQueryRt = strictPartial({
  owner: oneOrMany(limitedString('owner', { min: 1, max: 256 }), 'owner', { max: OWNERS.length * 10 }),
});
