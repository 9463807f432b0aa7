/** Types of write_elasticsearch.mjs, for the TypeScript tests. */
import type { Client } from '@elastic/elasticsearch';
import type { SeedingModel } from './seeding_model.mjs';

export interface SeedReport {
  cases: number;
  comments: number;
  userActions: number;
  searchWordCases: number;
  documents: number;
  seconds: number;
  documentsPerSecond: number;
  searchWord: string;
  searchWordShare: number;
}
export interface Person {
  username: string;
  full_name: string | null;
  email: string | null;
  profile_uid?: string;
}
export function toBulkOperations(model: SeedingModel, objects: Array<{ type: string; id: string; attributes: unknown; references?: unknown[] }>, at: { now: string; user?: string }): unknown[];
export function sendBulk(client: Client, alias: string, operations: unknown[]): Promise<void>;
export function writeElasticsearch(options: {
  client: Client;
  alias: string;
  model: SeedingModel;
  cases: number;
  commentsPerCase?: number;
  people: Person[];
  user?: string;
  log?: (message: string) => void;
}): Promise<{ report: SeedReport; seeded: Array<{ id: string; owner: string; comments: number }> }>;
export function removeBenchAlias(client: Client, model: SeedingModel, alias: string): Promise<string[]>;
