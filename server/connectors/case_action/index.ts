/** The `.case` action type; the cases plugin registers it at setup. */
export { createCaseActionType, CASE_ACTION_TYPE_ID, NO_REQUEST_MESSAGE, type CaseActionCasesClient, type CaseActionDeps } from './case_action_type';
export { DEFAULT_CASE_ACTION_OWNER } from './params';
