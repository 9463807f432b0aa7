/** A connector as `GET /api/cases/configure/connectors/_find` lists it, for the browser's tests. */
import type { CaseConnectorListItem } from '../../../common/types/api/connector';

export const caseConnectorListItem = (id: string, name: string, actionTypeId: string, extra: Partial<CaseConnectorListItem> = {}): CaseConnectorListItem => ({
  id,
  name,
  actionTypeId,
  isPreconfigured: false,
  isDeprecated: false,
  isSystemAction: false,
  referencedByCount: 0,
  ...extra,
});
