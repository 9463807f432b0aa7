/**
 * Until connectors exist (a later issue), a configuration's default connector can only be
 * "none": storing another type would promise pushes nothing can make. Cases themselves still
 * accept and keep other connector types, so that Kibana's exports import unchanged.
 */
import { badRequest } from '../../core';
import type { CaseConnector } from '../../../common/types/domain/connector';

export function ensureNoneConnector(connector: CaseConnector | undefined): void {
  if (connector && connector.type !== '.none') {
    throw badRequest(
      `The connector type "${connector.type}" cannot be the default connector yet: connectors are not available in this release, only ".none" is supported.`,
    );
  }
}
