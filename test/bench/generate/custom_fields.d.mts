/** Types of custom_fields.mjs, for the TypeScript tests. */
import type { CaseAttributes } from '../../../common/types/domain/case';
import type { ConfigurationAttributes, CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { User } from '../../../common/types/domain/user';

export const CUSTOM_FIELDS_OWNER: 'securitySolution';
export const ESCALATED_KEY: string;
export const CUSTOM_FIELD_DEFINITIONS: CustomFieldConfiguration[];
export function customFieldValues(n: number, owner: string): CaseAttributes['customFields'];
export function configurationAttributes(options: { createdAt: string; createdBy: User }): ConfigurationAttributes;
