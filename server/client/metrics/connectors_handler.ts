/**
 * `connectors`: how many distinct connectors the case has had, as Kibana counts them: the
 * connector ids of its `create_case` and `connector` user actions, the "none" connector aside
 * (Kibana stores that one without a reference, so it never counts).
 */
import { NONE_CONNECTOR_ID } from '../../../common/constants';
import type { CaseMetricsHandler } from './case_metrics_handler';
import { userActionsOfTypes } from './user_actions_of_types';

export const connectorsHandler: CaseMetricsHandler = {
  id: 'connectors',
  async compute(args, theCase) {
    const ids = new Set<string>();
    for (const action of await userActionsOfTypes(args, theCase.id, ['create_case', 'connector'])) {
      const connector = action.type === 'create_case' || action.type === 'connector' ? action.payload.connector : undefined;
      if (connector && connector.id !== NONE_CONNECTOR_ID) ids.add(connector.id);
    }
    return { connectors: { total: ids.size } };
  },
};
