/**
 * The observable types an owner has now: the built-ins and its configured ones, key → label.
 * A custom type deleted from the configuration is gone from here, so observables of it no
 * longer make cases similar (Kibana's rule).
 */
import { OBSERVABLE_TYPES_BUILTIN } from '../../../common/observables/builtin_observable_types';
import { currentConfiguration } from '../configure/current_configuration';
import type { CasesClientArgs } from '../types';

export async function availableObservableTypes(args: CasesClientArgs, owner: string): Promise<Map<string, string>> {
  const configured = (await currentConfiguration(args, owner))?.attributes.observableTypes ?? [];
  return new Map([...OBSERVABLE_TYPES_BUILTIN, ...configured].map((type) => [type.key, type.label]));
}
