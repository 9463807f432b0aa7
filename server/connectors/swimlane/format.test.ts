import { pushCase } from '../__fixtures__/push_case';
import { swimlaneFormat } from './format';

describe('Swimlane push format', () => {
  it('maps the title to the case name', () => {
    expect(swimlaneFormat.mapping).toEqual({ title: 'caseName', description: 'description', comments: 'comments' });
  });

  it('sends the case id the analyst set, else the case’s own', () => {
    expect(swimlaneFormat.format(pushCase({ type: '.swimlane', fields: { caseId: 'SW-9' } }), [])).toEqual({ caseId: 'SW-9' });
    expect(swimlaneFormat.format(pushCase({ type: '.swimlane', fields: { caseId: null } }), [])).toEqual({ caseId: 'case-1' });
  });
});
