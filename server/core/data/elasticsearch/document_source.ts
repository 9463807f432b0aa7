/**
 * `_source` as the contract returns it: nested, whatever form was written. Kibana writes alerts
 * with dotted keys; one stored with two spellings that cannot be merged (a scalar and an object
 * at one path) is returned as stored rather than failing the whole page.
 */
import type { Logger } from '../../logging/types';
import { toNestedDocument, type JsonObject } from '../document_shape';

export function nestedSource(source: unknown, id: string, logger?: Logger): JsonObject {
  try {
    return toNestedDocument(source ?? {});
  } catch (e) {
    logger?.warn({ err: e }, `Document [${id}] has conflicting field spellings; returned as stored`);
    return (source ?? {}) as JsonObject;
  }
}
