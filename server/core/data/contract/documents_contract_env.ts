/** What every part of the documents contract shares. */
import type { DataServiceStart, DocumentIndexClient } from '../types';

export interface DocumentsContractEnv {
  data(): DataServiceStart;
  /** A space of this run, distinct per name. */
  space(name: string): string;
  /** The contract family's client in a space of this run. */
  client(space: string): DocumentIndexClient;
  /** A client of a fresh space holding the sample documents. */
  seeded(name: string): Promise<DocumentIndexClient>;
}

/** Ids of the hits, in order. */
export const hitIds = (hits: Array<{ _id: string }>): string[] => hits.map((hit) => hit._id);

export const expectStatus = async (promise: Promise<unknown>, statusCode: number): Promise<void> => {
  await expect(promise).rejects.toMatchObject({ statusCode });
};
