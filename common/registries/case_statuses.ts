/**
 * Case statuses as data. The API speaks each status by its id, as Kibana's `status`; what a
 * status means to the rest of the plugin comes from its stage (counts, lifecycle times), its
 * sort rank (lists) and its label and colour (the browser). Kibana's three come first; a later
 * workflow adds statuses on top of the same stages, during setup.
 */
import { CASE_STAGES, type CaseStage, type CaseStatus } from '../constants';
import { createRegistry, type ReadonlyRegistry, type Registry } from './registry';

/** EUI badge colours a status may use. */
export type CaseStatusColor = 'primary' | 'warning' | 'default' | 'success' | 'accent' | 'hollow';

export interface CaseStatusDefinition {
  id: string;
  stage: CaseStage;
  label: string;
  /**
   * Stored beside the status (a `short`) so lists sort in lifecycle order. Kibana's three keep
   * the ranks stored documents already carry (0, 1, 2); a status in between takes a rank
   * after them and a model version re-ranks the stored cases.
   */
  sortRank: number;
  color: CaseStatusColor;
}

export const KIBANA_CASE_STATUSES: readonly CaseStatusDefinition[] = [
  { id: 'open', stage: 'open', label: 'Open', sortRank: 0, color: 'primary' },
  { id: 'in-progress', stage: 'in-progress', label: 'In progress', sortRank: 1, color: 'warning' },
  { id: 'closed', stage: 'closed', label: 'Closed', sortRank: 2, color: 'default' },
];

const SHORT_MAX = 32_767;
/** Status ids travel in URLs and filters: short, lowercase words with dashes. */
const STATUS_ID = /^[a-z][a-z0-9-]{0,63}$/;

function validateStatus(status: CaseStatusDefinition, registered: readonly CaseStatusDefinition[]): void {
  if (!STATUS_ID.test(status.id)) throw new Error(`Invalid case status id "${status.id}"`);
  if (!CASE_STAGES.includes(status.stage)) throw new Error(`Case status "${status.id}" has an unknown stage "${status.stage}"`);
  if (!Number.isInteger(status.sortRank) || status.sortRank < 0 || status.sortRank > SHORT_MAX) {
    throw new Error(`Case status "${status.id}" needs an integer sort rank between 0 and ${SHORT_MAX}`);
  }
  const clash = registered.find((other) => other.sortRank === status.sortRank);
  // Two statuses of one rank would sort in no defined order.
  if (clash) throw new Error(`Case status "${status.id}" has the sort rank of "${clash.id}"`);
}

/** A status registry that refuses a definition the rest of the plugin could not use. */
export const createCaseStatusRegistry = (initial: readonly CaseStatusDefinition[] = KIBANA_CASE_STATUSES): Registry<CaseStatusDefinition> =>
  createRegistry('case status', { initial, validate: validateStatus });

/**
 * The statuses both halves read: the codecs, the server's ranks, counts and lifecycle, the
 * browser's badge and picker. The server plugin's setup registers more and its start freezes it.
 */
export const caseStatuses = createCaseStatusRegistry();

const definitionOf = (status: CaseStatus, registry: ReadonlyRegistry<CaseStatusDefinition>): CaseStatusDefinition => {
  const definition = registry.get(status);
  // Statuses reach here decoded, so an unknown one is a bug, not a user error.
  if (!definition) throw new Error(`Unknown case status "${status}"`);
  return definition;
};

export const stageOf = (status: CaseStatus, registry = caseStatuses): CaseStage => definitionOf(status, registry).stage;
export const sortRankOf = (status: CaseStatus, registry = caseStatuses): number => definitionOf(status, registry).sortRank;
/** The statuses of a stage, in registration order. */
export const statusesOfStage = (stage: CaseStage, registry = caseStatuses): string[] =>
  registry.list().filter((status) => status.stage === stage).map((status) => status.id);
