/**
 * A configuration's default connector must be one cases can push to (or "none"): a type
 * without a push format (`.email`, `.case`) would be offered to every new case and could
 * never be pushed. The connector itself need not exist (Kibana does not check either): one
 * deleted later is named on the Settings page, and a push to it answers 404.
 */
import { badRequest } from '../../core';
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseConnector } from '../../../common/types/domain/connector';
import type { CasesClientArgs } from '../types';

export function ensurePushableConnector(args: Pick<CasesClientArgs, 'registries'>, connector: CaseConnector | undefined): void {
  if (!connector || connector.type === '.none' || connector.id === NONE_CONNECTOR_ID) return;
  if (!args.registries.pushFormats.has(connector.type)) {
    const types = args.registries.pushFormats.keys().join(', ');
    throw badRequest(`The connector type "${connector.type}" cannot be the default connector: cases are pushed to ${types}, or to no connector (".none").`);
  }
}
