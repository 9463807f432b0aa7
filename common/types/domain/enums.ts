/** io-ts codecs of the enumerations in constants.ts. */
import * as t from 'io-ts';
import { CASE_SEVERITIES, CASE_STATUSES, OWNERS } from '../../constants';

const keyof = <K extends string>(values: readonly K[], name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<K, null>, name);

export const OwnerRt = keyof(OWNERS, 'owner');
export const CaseStatusRt = keyof(CASE_STATUSES, 'status');
export const CaseSeverityRt = keyof(CASE_SEVERITIES, 'severity');
