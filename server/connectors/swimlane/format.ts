/** Swimlane: the record keeps the case's id (or the one the analyst set) in its mapped case-id field. */
import type { CasePushFormat } from '../types';
import { fieldOf } from '../connector_fields';

export const swimlaneFormat: CasePushFormat = {
  type: '.swimlane',
  mapping: { title: 'caseName', description: 'description', comments: 'comments' },
  format: (theCase) => ({ caseId: fieldOf(theCase, 'caseId') ?? theCase.id }),
};
