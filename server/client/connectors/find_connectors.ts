/**
 * `GET /api/cases/configure/connectors/_find`: the space's connectors cases can push to (those
 * whose type has a push format and is enabled by the license, as Kibana filters them), camelCase as Kibana's cases client returns them.
 * Anyone who may read cases of some owner in the space may list them (Kibana also asks for the
 * actions `read` privilege: ours lets an analyst push without managing connectors).
 */
import { MAX_CASE_CONNECTORS } from '../../../common/constants';
import type { CaseConnectorListItem } from '../../../common/types/api/connector';
import type { ConnectorWithReferences } from '../../core';
import { authorizedOwners, Operations } from '../authorization';
import type { CasesClientArgs } from '../types';

const toListItem = (c: ConnectorWithReferences): CaseConnectorListItem => ({
  id: c.id,
  name: c.name,
  actionTypeId: c.actionTypeId,
  isPreconfigured: c.isPreconfigured,
  isDeprecated: c.isDeprecated,
  isSystemAction: c.isSystemAction,
  referencedByCount: c.referencedByCount,
  ...(c.config !== undefined ? { config: c.config } : {}),
  ...(c.isMissingSecrets !== undefined ? { isMissingSecrets: c.isMissingSecrets } : {}),
});

export async function findCaseConnectors(args: CasesClientArgs): Promise<CaseConnectorListItem[]> {
  // Refused (and recorded) by the platform for a caller who may read no owner's cases here.
  await authorizedOwners(args, Operations.findConnectors);
  const enabled = new Set(
    args.actions
      .listTypes()
      .filter((t) => t.enabledInLicense && args.registries.pushFormats.has(t.id))
      .map((t) => t.id),
  );
  const connectors = await args.actions.getAll();
  return connectors.filter((c) => enabled.has(c.actionTypeId)).slice(0, MAX_CASE_CONNECTORS).map(toListItem);
}
