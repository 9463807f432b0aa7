/**
 * The bench's custom fields: the configuration it seeds is one the configure API accepts, every
 * generated case's values are ones the cases API accepts against it, and the toggle the
 * `_search` scenarios filter on has the share of cases the scenario names (about 10% true).
 */
import { isRight } from 'fp-ts/lib/Either';
import { caseCustomFieldsProblems } from '../../common/custom_fields/validate_case_custom_fields';
import { CustomFieldsRt } from '../../common/types/api/case';
import { ConfigurationRequestRt } from '../../common/types/api/configure';
import { configurationAttributes, CUSTOM_FIELD_DEFINITIONS, CUSTOM_FIELDS_OWNER, customFieldValues, ESCALATED_KEY } from './generate/custom_fields.mjs';

const CASES = 20_000;
const admin = { username: 'elastic', full_name: null, email: null };

describe('bench custom fields', () => {
  it('seeds a configuration the configure API accepts', () => {
    const { connector, closure_type, owner, customFields, templates, observableTypes } = configurationAttributes({ createdAt: '2026-01-01T00:00:00.000Z', createdBy: admin });
    expect(isRight(ConfigurationRequestRt.decode({ connector, closure_type, owner, customFields, templates, observableTypes }))).toBe(true);
    expect(owner).toBe(CUSTOM_FIELDS_OWNER);
    expect(customFields.map((d) => d.type).sort()).toEqual(['number', 'text', 'toggle', 'toggle']);
  });

  it('gives each case of the owner a value for every definition, in its order, that the cases API accepts; other owners none', () => {
    for (let n = 1; n <= 2_000; n++) {
      const values = customFieldValues(n, CUSTOM_FIELDS_OWNER);
      expect(values.map((v) => v.key)).toEqual(CUSTOM_FIELD_DEFINITIONS.map((d) => d.key));
      expect(isRight(CustomFieldsRt.decode(values))).toBe(true);
      expect(caseCustomFieldsProblems({ definitions: CUSTOM_FIELD_DEFINITIONS, customFields: values })).toEqual([]);
    }
    expect(customFieldValues(7, 'observability')).toEqual([]);
    expect(customFieldValues(7, CUSTOM_FIELDS_OWNER)).toEqual(customFieldValues(7, CUSTOM_FIELDS_OWNER));
  });

  it('sets escalated true on about 10% of the owner\'s cases, false on about 70%, null on the rest', () => {
    const counts = { true: 0, false: 0, null: 0 };
    for (let n = 1; n <= CASES; n++) {
      const value = customFieldValues(n, CUSTOM_FIELDS_OWNER).find((v) => v.key === ESCALATED_KEY)?.value;
      counts[String(value) as keyof typeof counts]++;
    }
    expect(counts.true / CASES).toBeCloseTo(0.1, 1);
    expect(counts.false / CASES).toBeCloseTo(0.7, 1);
    expect(counts.null / CASES).toBeCloseTo(0.2, 1);
  });
});
