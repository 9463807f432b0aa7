/**
 * One counter object per space hands out case numbers through the repository's atomic
 * incrementCounter: gap-free under concurrent creates, never reused after a delete.
 */
import type { SavedObjectsType } from '../core';
import { CASE_ID_INCREMENTER_SAVED_OBJECT } from '../../common/constants';

export const CASE_ID_COUNTER_OBJECT_ID = 'case-incremental-id';
export const CASE_ID_COUNTER_FIELD = 'last_id';

export const idCounterType: SavedObjectsType = {
  name: CASE_ID_INCREMENTER_SAVED_OBJECT,
  namespaceType: 'single',
  modelVersions: { 1: { description: 'a per-space counter of human-readable case numbers' } },
  hidden: true,
  mappings: { dynamic: false, properties: { last_id: { type: 'long' } } },
};
