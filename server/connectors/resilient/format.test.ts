import { pushCase } from '../__fixtures__/push_case';
import { resilientFormat } from './format';

describe('IBM Resilient push format', () => {
  it('maps the title to the incident name and sends its types and severity', () => {
    expect(resilientFormat.mapping).toEqual({ title: 'name', description: 'description', comments: 'comments' });
    const theCase = pushCase({ type: '.resilient', fields: { incidentTypes: ['17', '21'], severityCode: '5' } });
    expect(resilientFormat.format(theCase, [])).toEqual({ incidentTypes: ['17', '21'], severityCode: '5', additional_fields: null });
  });

  it('sends nulls when the case holds no fields', () => {
    expect(resilientFormat.format(pushCase({ type: '.resilient', fields: null }), [])).toEqual({ incidentTypes: null, severityCode: null, additional_fields: null });
  });
});
