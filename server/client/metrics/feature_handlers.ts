/**
 * The handlers of the requested features, once each, or Kibana's 400 naming the unknown features
 * and then every valid one (sorted). Shared by the metrics over many cases and those of one case.
 */
import type { ReadonlyRegistry } from '../../../common/registries/registry';
import { badRequest } from '../../core';

export function handlersFor<H extends { id: string }>(registry: ReadonlyRegistry<H>, features: string[]): H[] {
  const invalid = features.filter((feature) => !registry.has(feature));
  if (invalid.length > 0) {
    const valid = registry.ids().sort().join(', ');
    throw badRequest(`invalid features: [${invalid.join(', ')}], please only provide valid features: [${valid}]`);
  }
  return [...new Set(features)].map((feature) => registry.get(feature)!);
}
