/**
 * The capabilities response, as Kibana's `POST /api/core/capabilities` answers it: what the
 * browser may show the caller in the current space. Every registered feature has a map of its
 * UI capabilities; `management` says which admin pages the caller may open.
 */
export interface CapabilitiesResponse {
  navLinks: Record<string, boolean>;
  catalogue: Record<string, boolean>;
  management: {
    security?: { users?: boolean; roles?: boolean };
    kibana?: { spaces?: boolean };
    [section: string]: Record<string, boolean> | undefined;
  };
  /** `capabilities[featureId][capability]`, e.g. `securitySolutionCasesV3.create_cases`. */
  [featureId: string]: Record<string, unknown>;
}
