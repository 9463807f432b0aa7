/** io-ts codecs of the enumerations: fixed ones from constants.ts, open ones from their registries. */
import * as t from 'io-ts';
import { limitedString } from '../../core/codec';
import { CASE_SEVERITIES, MAX_OWNER_LENGTH, type CaseStatus } from '../../constants';
import { caseStatuses } from '../../registries/case_statuses';
import type { ReadonlyRegistry } from '../../registries/registry';

const keyof = <K extends string>(values: readonly K[], name: string) =>
  t.keyof(Object.fromEntries(values.map((v) => [v, null])) as Record<K, null>, name);

/** An id the registry holds at decode time, so entries registered during setup are accepted. */
const registeredId = <A extends string>(registry: ReadonlyRegistry<{ id: string }>, name: string) =>
  new t.Type<A, string, unknown>(
    name,
    (u): u is A => typeof u === 'string' && registry.has(u),
    (u, ctx) => (typeof u === 'string' && registry.has(u) ? t.success(u as A) : t.failure(u, ctx)),
    t.identity,
  );

/**
 * Any bounded owner string: whether the owner exists is a privilege question the client
 * answers with Kibana's 403, not a shape question.
 */
export const OwnerRt = limitedString('owner', { min: 1, max: MAX_OWNER_LENGTH });
export const CaseStatusRt = registeredId<CaseStatus>(caseStatuses, 'status');
export const CaseSeverityRt = keyof(CASE_SEVERITIES, 'severity');
