/**
 * `GET /internal/cases/configure/_limits`: how many custom fields, templates and observable types
 * an owner's configuration may hold here (Kibana's 10 each unless `xpack.cases.configure.*` raises
 * them), so the browser offers what the server accepts.
 */
import * as t from 'io-ts';

export const ConfigurationLimitsRt = t.type({ customFields: t.number, templates: t.number, observableTypes: t.number });
export type ConfigurationLimits = t.TypeOf<typeof ConfigurationLimitsRt>;
