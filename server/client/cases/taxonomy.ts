/** The tags, reporters and categories in use, over the cases the caller may read. */
import { MAX_TAXONOMY_TERMS } from '../../../common/constants';
import type { User } from '../../../common/types/domain/user';
import { f, type AuthorizationOperation } from '../../core';
import { authorizedOwners, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

async function termsOf(args: CasesClientArgs, operation: AuthorizationOperation, field: string, owner?: string[]) {
  const owners = await authorizedOwners(args, operation, owner);
  const buckets = await args.services.cases.terms(field, f.terms('owner', owners), MAX_TAXONOMY_TERMS);
  return { owners, values: buckets.map((b) => String(b.key)).sort((a, b) => a.localeCompare(b)) };
}

export const getTags = async (args: CasesClientArgs, owner?: string[]) => (await termsOf(args, Operations.getTags, 'tags', owner)).values;

export const getCategories = async (args: CasesClientArgs, owner?: string[]) =>
  (await termsOf(args, Operations.getCategories, 'category', owner)).values;

/** Each reporter once, as recorded on one of their cases. */
export async function getReporters(args: CasesClientArgs, owner?: string[]): Promise<User[]> {
  const { owners, values: usernames } = await termsOf(args, Operations.getReporters, 'created_by.username', owner);
  const users = await Promise.all(
    usernames.map(async (username) => {
      const found = await args.services.cases.find({
        filter: f.and(f.terms('owner', owners), f.term('created_by.username', username)),
        perPage: 1,
        fields: ['created_by'],
      });
      return found.saved_objects[0]?.attributes.created_by;
    }),
  );
  return users.filter((u): u is User => u !== undefined);
}
