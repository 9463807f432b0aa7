/** ServiceNow ITSM: the incident's choice fields from the case, and the correlation back to it. */
import type { CasePushFormat } from '../types';
import { fieldOf } from '../connector_fields';

/** ServiceNow shows it beside the correlation id, so an operator sees where the incident came from. */
export const CORRELATION_DISPLAY = 'Elastic Case';

export const serviceNowItsmFormat: CasePushFormat = {
  type: '.servicenow',
  mapping: { title: 'short_description', description: 'description', comments: 'work_notes' },
  format: (theCase) => ({
    severity: fieldOf(theCase, 'severity'),
    urgency: fieldOf(theCase, 'urgency'),
    impact: fieldOf(theCase, 'impact'),
    category: fieldOf(theCase, 'category'),
    subcategory: fieldOf(theCase, 'subcategory'),
    correlation_id: theCase.id,
    correlation_display: CORRELATION_DISPLAY,
    additional_fields: fieldOf(theCase, 'additionalFields'),
  }),
};
