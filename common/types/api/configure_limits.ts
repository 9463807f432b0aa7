/**
 * `GET /internal/cases/configure/_limits`: how many custom fields, templates and observable types
 * an owner's configuration may hold here (Kibana's 10 each unless `xpack.cases.configure.*` raises
 * them), and the per-case caps on observables and files, so the browser offers what the server
 * accepts.
 */
import * as t from 'io-ts';

export const ConfigurationLimitsRt = t.type({
  customFields: t.number,
  templates: t.number,
  observableTypes: t.number,
  /** `xpack.cases.observables.maxPerCase`: the Observables section shows "n of max". */
  observablesPerCase: t.number,
  /** `xpack.cases.files.*` sizes in bytes: the Files section refuses a file past them before sending it. */
  files: t.type({ maxSize: t.number, maxImageSize: t.number, maxPerCase: t.number }),
});
export type ConfigurationLimits = t.TypeOf<typeof ConfigurationLimitsRt>;
