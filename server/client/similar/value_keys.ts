/**
 * A search by observable value, whatever its type, on the one `observable_keys` index: the
 * value's key under each observable type the owners in question have now (the built-ins and
 * each one's configured types, a few dozen at most). A type deleted from every configuration
 * no longer finds its observables, as it no longer makes cases similar.
 */
import { observableKey } from '../../../common/types/domain/observable';
import type { CasesClientArgs } from '../types';
import { availableObservableTypes } from './available_types';

/** The type keys available to any of these owners. */
export async function availableTypeKeys(args: CasesClientArgs, owners: readonly string[]): Promise<Set<string>> {
  const perOwner = await Promise.all(owners.map((owner) => availableObservableTypes(args, owner)));
  return new Set(perOwner.flatMap((types) => [...types.keys()]));
}

/** The `observable_keys` terms that hold `value` under one of `typeKeys`. */
export const keysOfValue = (typeKeys: ReadonlySet<string>, value: string): string[] => [...typeKeys].map((typeKey) => observableKey(typeKey, value));
