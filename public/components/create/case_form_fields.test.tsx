import { screen } from '@testing-library/react';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import { createTestCore, renderWithCore } from '../../core/mocks';
import { userProfileRoutes } from '../user_profiles/test_fixtures';
import { INITIAL_CASE_FORM_VALUES, validateCaseForm } from './case_form';
import { CaseFormFields } from './case_form_fields';
import { caseFormValuesFromTemplate } from './template_form_values';

const FIELDS: CustomFieldConfiguration[] = [
  { key: 'ticket', label: 'Ticket', type: 'text', required: true },
  { key: 'hosts', label: 'Hosts', type: 'number', required: false },
];

function renderFields(mode: 'create' | 'template') {
  const { core } = createTestCore({ routes: { 'GET /api/cases/tags': { body: [] }, 'GET /internal/cases/categories': { body: [] }, ...userProfileRoutes } });
  renderWithCore(<CaseFormFields value={INITIAL_CASE_FORM_VALUES} onChange={() => undefined} customFieldDefinitions={FIELDS} mode={mode} />, core);
}

describe('CaseFormFields', () => {
  it('marks title, description and every custom field optional in template mode', () => {
    renderFields('template');
    expect(screen.getByTestId('caseTitleRow')).toHaveTextContent('Optional');
    expect(screen.getByTestId('caseDescriptionRow')).toHaveTextContent('Optional');
    expect(screen.getByTestId('case-custom-field-ticket')).toHaveTextContent('Optional');
  });

  it('requires title, description and required custom fields in create mode', () => {
    renderFields('create');
    expect(screen.getByTestId('caseTitleRow')).not.toHaveTextContent('Optional');
    expect(screen.getByTestId('caseDescriptionRow')).not.toHaveTextContent('Optional');
    expect(screen.getByTestId('case-custom-field-ticket')).not.toHaveTextContent('Optional');
    expect(validateCaseForm(INITIAL_CASE_FORM_VALUES, { customFieldDefinitions: FIELDS }).customFields).toEqual({ ticket: 'Ticket is required.' });
    expect(validateCaseForm(INITIAL_CASE_FORM_VALUES, { requireFilled: false, customFieldDefinitions: FIELDS })).toEqual({});
  });
});

describe('template form values', () => {
  it("takes the template's values and the blank form's for the rest", () => {
    const caseFields = {
      title: 'Phishing',
      tags: ['mail'],
      severity: 'high' as const,
      category: null,
      assignees: [],
      settings: { syncAlerts: false },
      customFields: [
        { key: 'ticket', type: 'text' as const, value: 'SEC-1' },
        { key: 'hosts', type: 'number' as const, value: null },
      ],
    };
    const values = caseFormValuesFromTemplate(caseFields);
    expect(values).toMatchObject({ title: 'Phishing', description: '', severity: 'high', syncAlerts: false, customFields: { ticket: 'SEC-1', hosts: null } });
    expect(caseFormValuesFromTemplate(null)).toEqual(INITIAL_CASE_FORM_VALUES);
  });
});
