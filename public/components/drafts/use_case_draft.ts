import { useCore } from '../../core';
import { caseDraftKey, type DraftField } from './draft_storage';
import { useSessionDraft } from './use_session_draft';

/** The unsent text of one editor of a case, kept for this tab under the case's space and id. */
export function useCaseDraft(caseId: string, field: DraftField, empty = '') {
  const { spaceId } = useCore();
  return useSessionDraft<string>(caseDraftKey(spaceId, caseId, field), empty);
}
