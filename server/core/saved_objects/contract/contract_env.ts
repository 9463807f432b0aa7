/** What every part of the contract suite shares: the repository under test and name helpers. */
import type { SavedObjectsRepository } from '../types';

export interface ContractEnv {
  repo(): SavedObjectsRepository;
  /** A namespace of this run (prefixed, so runs on a shared cluster never meet). */
  ns(name: string): string;
  /** An id of this run. */
  id(name: string): string;
}

export const expectStatus = async (promise: Promise<unknown>, statusCode: number): Promise<void> => {
  await expect(promise).rejects.toMatchObject({ statusCode });
};
