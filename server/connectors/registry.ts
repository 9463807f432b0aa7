/**
 * The connector types cases can push to: one push format per type (where the case's title,
 * description, tags and comments go, and the type's own fields). Kibana's seven types are
 * built in; another plugin adds its type through the cases setup contract
 * (`registerCasePushFormat`), and start freezes the registry. A connector whose type has no
 * push format (`.email`, `.case`) is not offered to cases and cannot receive a push.
 */
import { createKeyedRegistry, type KeyedRegistry } from '../../common/registries/registry';
import type { CasePushFormat } from './types';
import { serviceNowItsmFormat } from './servicenow_itsm/format';
import { serviceNowSirFormat } from './servicenow_sir/format';
import { jiraFormat } from './jira/format';
import { resilientFormat } from './resilient/format';
import { swimlaneFormat } from './swimlane/format';
import { theHiveFormat } from './thehive/format';
import { casesWebhookFormat } from './cases_webhook/format';

export const BUILT_IN_PUSH_FORMATS: readonly CasePushFormat[] = [
  serviceNowItsmFormat,
  serviceNowSirFormat,
  jiraFormat,
  resilientFormat,
  swimlaneFormat,
  theHiveFormat,
  casesWebhookFormat,
];

export type CasePushFormatRegistry = KeyedRegistry<CasePushFormat>;

/** A format must name a connector type; its mapping, when given, must name both targets. */
function validateFormat(format: CasePushFormat): void {
  if (!format.type) throw new Error('A case push format needs the connector type id it formats for');
  if (format.mapping && (!format.mapping.title || !format.mapping.description)) {
    throw new Error(`The push format of ${format.type} maps the title and the description, or neither`);
  }
}

export function createCasePushFormatRegistry(initial: readonly CasePushFormat[] = BUILT_IN_PUSH_FORMATS): CasePushFormatRegistry {
  const registry = createKeyedRegistry<CasePushFormat>('case push format', { validate: validateFormat });
  for (const format of initial) registry.register(format.type, format);
  return registry;
}
