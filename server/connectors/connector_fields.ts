/**
 * A case's fields for one connector type, read the way Kibana's formats read them: a missing
 * object or key is `null`, so every format sends each of its keys, set or not.
 */
import type { Case } from '../../common/types/domain/case';

export function fieldOf<T = string>(theCase: Case, key: string): T | null {
  const fields = theCase.connector.fields as Record<string, unknown> | null;
  const value = fields?.[key];
  return value === undefined ? null : (value as T | null);
}
