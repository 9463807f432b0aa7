/** Per-case settings. `syncAlerts` is required on create, as in Kibana. */
import * as t from 'io-ts';
import { strictWithOptional } from '../../core/codec';

export const CaseSettingsRt = strictWithOptional({ syncAlerts: t.boolean }, { extractObservables: t.boolean }, 'settings');
export type CaseSettings = t.TypeOf<typeof CaseSettingsRt>;
