import { type CapabilitiesResponse } from '../../../common/core/capabilities';

/** Kibana's `actions` feature: show the page, save (create, edit), delete, execute (the Test tab). */
export function connectorCapabilities(capabilities: CapabilitiesResponse) {
  const actions = capabilities.actions ?? {};
  return {
    show: actions.show === true,
    save: actions.save === true,
    delete: actions.delete === true,
    execute: actions.execute === true,
  };
}

/** Kibana's path of the connectors page, inside the `management` app. */
export const CONNECTORS_PAGE_PATH = '/insightsAndAlerting/triggersActionsConnectors/connectors';
