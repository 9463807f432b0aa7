/** IBM Resilient: the incident types and severity code chosen on the case. */
import type { CasePushFormat } from '../types';
import { fieldOf } from '../connector_fields';

export const resilientFormat: CasePushFormat = {
  type: '.resilient',
  mapping: { title: 'name', description: 'description', comments: 'comments' },
  format: (theCase) => ({
    incidentTypes: fieldOf<string[]>(theCase, 'incidentTypes'),
    severityCode: fieldOf(theCase, 'severityCode'),
    additional_fields: fieldOf(theCase, 'additionalFields'),
  }),
};
