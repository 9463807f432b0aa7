/** What a read worker and its pool say to each other. */
import type { SavedObjectsType } from '../types';

/** A registered type as data: what a query needs of it. */
export type WorkerType = Pick<SavedObjectsType, 'name' | 'namespaceType' | 'mappings' | 'facets'>;

export interface WorkerData {
  path: string;
  types: WorkerType[];
}

export interface WorkerError {
  message: string;
  name: string;
  statusCode?: number;
  code?: string;
}

/** `{ ready: true }` once the connection is open; then one reply per request, in order. */
export interface WorkerReply {
  id: number;
  result?: unknown;
  error?: WorkerError;
}

export const toWorkerType = (type: SavedObjectsType): WorkerType => ({
  name: type.name,
  namespaceType: type.namespaceType,
  mappings: type.mappings,
  ...(type.facets ? { facets: type.facets } : {}),
});
