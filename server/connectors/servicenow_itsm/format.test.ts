import { pushCase } from '../__fixtures__/push_case';
import { serviceNowItsmFormat } from './format';

describe('ServiceNow ITSM push format', () => {
  it('maps the title and description to the incident fields', () => {
    expect(serviceNowItsmFormat.mapping).toEqual({ title: 'short_description', description: 'description', comments: 'work_notes' });
  });

  it('sends the case fields and the correlation to the case', () => {
    const theCase = pushCase({ type: '.servicenow', fields: { impact: '1', severity: '2', urgency: '3', category: 'network', subcategory: null } });
    expect(serviceNowItsmFormat.format(theCase, [])).toEqual({
      impact: '1',
      severity: '2',
      urgency: '3',
      category: 'network',
      subcategory: null,
      correlation_id: 'case-1',
      correlation_display: 'Elastic Case',
      additional_fields: null,
    });
  });

  it('sends every key as null when the case holds no fields', () => {
    const incident = serviceNowItsmFormat.format(pushCase({ type: '.servicenow', fields: null }), []);
    expect([incident.impact, incident.severity, incident.urgency, incident.category, incident.subcategory]).toEqual([null, null, null, null, null]);
  });
});
