/**
 * The custom fields a SOC configures for its cases, and the values generated cases hold: what
 * the `_search` scenarios filter on. Only the owner the bench's UI and filters use
 * (securitySolution) has a configuration, as a deployment where one solution's admins set
 * custom fields up; the other owners' cases hold none.
 *
 * Values come from a stream of their own per case number, not from the case's random source,
 * so adding custom fields left every other generated field (and the figures measured on them)
 * as it was.
 */
import { seededRandom, weighted } from './vocabulary.mjs';

export const CUSTOM_FIELDS_OWNER = 'securitySolution';

/** The toggle the bench filters on: true in about one case in ten, false in seven, null in two. */
export const ESCALATED_KEY = 'escalated';

/** In the configuration's order, which is the order a case stores its values in. */
export const CUSTOM_FIELD_DEFINITIONS = [
  { key: ESCALATED_KEY, label: 'Escalated', type: 'toggle', required: false },
  { key: 'customer_impact', label: 'Customer impact', type: 'toggle', required: false },
  { key: 'ticket', label: 'Ticket', type: 'text', required: false },
  { key: 'risk', label: 'Risk score', type: 'number', required: false },
];

const VALUES = {
  [ESCALATED_KEY]: (random) => weighted(random, [[true, 10], [false, 70], [null, 20]]),
  customer_impact: (random) => weighted(random, [[true, 20], [false, 60], [null, 20]]),
  // Most cases never reach the ticketing system.
  ticket: (random) => (random() < 0.35 ? `INC-${String(Math.floor(random() * 1_000_000)).padStart(6, '0')}` : null),
  // Mostly low scores, a few high ones; unset on three cases in ten.
  risk: (random) => (random() < 0.7 ? 1 + Math.floor(random() ** 2 * 100) : null),
};

/** Case `n`'s custom fields as the API stores them (every defined key, null when unset), or none for an owner without a configuration. */
export function customFieldValues(n, owner) {
  if (owner !== CUSTOM_FIELDS_OWNER) return [];
  const random = seededRandom((0x5f3759df ^ Math.imul(n, 0x9e3779b1)) >>> 0);
  return CUSTOM_FIELD_DEFINITIONS.map(({ key, type }) => ({ key, type, value: VALUES[key](random) }));
}

/** The `cases-configure` attributes of the owner, as POST /api/cases/configure stores them. */
export function configurationAttributes({ createdAt, createdBy }) {
  return {
    connector: { id: 'none', name: 'none', type: '.none', fields: null },
    closure_type: 'close-by-user',
    customFields: CUSTOM_FIELD_DEFINITIONS,
    templates: [],
    observableTypes: [],
    owner: CUSTOM_FIELDS_OWNER,
    created_at: createdAt,
    created_by: createdBy,
    updated_at: null,
    updated_by: null,
  };
}
