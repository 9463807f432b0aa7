/**
 * The configuration in force for an owner in the request's space. Kibana keeps one per owner;
 * should two exist (a POST racing another, an import), the newest one rules, as the newest is
 * what an admin last saved.
 */
import type { ConfigurationSavedObject } from '../../services/configure_service';
import type { CustomFieldConfiguration } from '../../../common/types/domain/configure';
import type { CasesClientArgs } from '../types';

export async function currentConfiguration(args: CasesClientArgs, owner: string): Promise<ConfigurationSavedObject | undefined> {
  const found = await args.services.configure.findByOwners([owner]);
  return found[found.length - 1];
}

/** An owner's custom field definitions; none when the owner was never configured. */
export async function customFieldsConfiguration(args: CasesClientArgs, owner: string): Promise<CustomFieldConfiguration[]> {
  return (await currentConfiguration(args, owner))?.attributes.customFields ?? [];
}
