import { type CapabilitiesResponse } from '../../../common/core/capabilities';

/** A map that answers true for every name: a feature of which the caller holds everything. */
function everything(): Record<string, boolean> {
  return new Proxy({}, { get: (_target, name) => typeof name === 'string' });
}

/**
 * The superuser's capabilities, whatever features the plugins register: tests that are not about
 * privileges render every control, as they did before capabilities existed. (The platform knows
 * no feature by name, so the answer is computed per lookup instead of listed.)
 */
export function allCapabilities(): CapabilitiesResponse {
  const management = { security: { users: true, roles: true }, kibana: { spaces: true } };
  const fixed: Record<string, unknown> = { navLinks: everything(), catalogue: everything(), management };
  return new Proxy(fixed, {
    get: (target, name) => (typeof name !== 'string' ? undefined : name in target ? target[name] : everything()),
  }) as CapabilitiesResponse;
}

/** A caller who may do nothing at all, to build a test's own set on: `{ ...noCapabilities(), feature: {...} }`. */
export function noCapabilities(): CapabilitiesResponse {
  return { navLinks: {}, catalogue: {}, management: {} };
}
