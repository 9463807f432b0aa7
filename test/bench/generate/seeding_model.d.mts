/** Types of seeding_model.mjs, for the TypeScript tests. */
import type { SavedObjectsType } from '../../../server/core/saved_objects/types';
import type { buildSource, rawId } from '../../../server/core/saved_objects/elasticsearch/raw_document';

export interface SeedingModel {
  rawId: typeof rawId;
  buildSource: typeof buildSource;
  type(name: string): SavedObjectsType;
  namespace: string;
  names: { case: string; comment: string; userAction: string; counter: string; configure: string };
  derive<A extends object>(attributes: A): A;
  caseRefName: string;
  counter: { id: string; field: string };
  generateId(): string;
  lockIndex(alias: string): string;
}
export const DERIVED_FIELDS: { builtPath: string; exportName: string };
export function deriveFrom(derivedFields: object): <A extends object>(attributes: A) => A;
export function seedingModel(modules: Record<'rawDocument' | 'savedObjectTypes' | 'constants' | 'idCounter' | 'objectId' | 'platformTypes' | 'migrationLock' | 'derivedFields', object>): SeedingModel;
