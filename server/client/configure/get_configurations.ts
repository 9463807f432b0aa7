/**
 * `GET /api/cases/configure`: the configurations of the owners the caller may read, in the
 * request's space, oldest first. An owner asked for that the caller may not read, or that
 * nobody registered, matches nothing rather than failing the whole read, as Kibana's filter does.
 */
import type { Configuration } from '../../../common/types/domain/configure';
import { authorizedOwners, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';
import { toConfiguration } from './to_configuration';

export async function getConfigurations(args: CasesClientArgs, owner?: string[]): Promise<Configuration[]> {
  const owners = await authorizedOwners(args, Operations.findConfigurations, owner);
  return (await args.services.configure.findByOwners(owners)).map(toConfiguration(args));
}
