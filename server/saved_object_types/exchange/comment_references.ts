/**
 * The references Kibana's comments and user actions carry where we keep attributes: the case
 * (`associated-cases`), the comment a comment action is about (`associated-cases-comments`), the
 * connectors of connector and push actions, and the saved object an `externalReference`
 * attachment points at. Import reads them after the importer rewrote them to the destination's
 * ids, so what we derive from them (our `case_id`, `comment_id`) moves with a copied case.
 */
import { CASE_COMMENT_SAVED_OBJECT, CASE_REF_NAME, CASE_SAVED_OBJECT, NONE_CONNECTOR_ID } from '../../../common/constants';
import { ACTION_SAVED_OBJECT_TYPE, ImportDocumentError, type ExchangeDocument, type SavedObjectReference } from '../../core';
import { findReferenceId } from './kibana_values';

export const COMMENT_REF_NAME = `associated-${CASE_COMMENT_SAVED_OBJECT}`;
/** The reference of an `externalReference` attachment stored as a saved object (a `.files` file). */
export const EXTERNAL_REFERENCE_REF_NAME = 'externalReferenceId';

export const caseReferenceTo = (caseId: string): SavedObjectReference => ({ type: CASE_SAVED_OBJECT, name: CASE_REF_NAME, id: caseId });

/** The case a comment or user action belongs to; without one it belongs to nothing and is refused. */
export function caseIdOf(document: Pick<ExchangeDocument, 'type' | 'id' | 'references'>): string {
  const id = findReferenceId(document.references, CASE_REF_NAME, CASE_SAVED_OBJECT);
  if (id === undefined || id === '') {
    throw new ImportDocumentError(`${document.type} [${document.id}] has no reference to its case (an "${CASE_REF_NAME}" reference of type "${CASE_SAVED_OBJECT}")`);
  }
  return id;
}

/**
 * A stored object's references for export: what it stores, with its case reference made sure
 * of (rebuilt from `case_id` if the stored one were ever missing) and nothing named twice.
 */
export function exportedCaseReferences(stored: readonly SavedObjectReference[] | undefined, caseId: unknown): SavedObjectReference[] {
  const references = [...(stored ?? [])];
  if (typeof caseId === 'string' && findReferenceId(references, CASE_REF_NAME, CASE_SAVED_OBJECT) === undefined) references.unshift(caseReferenceTo(caseId));
  return references;
}

/** A connector reference, none for the none connector (Kibana keeps no reference to it). */
export const connectorReference = (name: string, id: unknown): SavedObjectReference[] =>
  typeof id === 'string' && id !== '' && id !== NONE_CONNECTOR_ID ? [{ type: ACTION_SAVED_OBJECT_TYPE, name, id }] : [];

