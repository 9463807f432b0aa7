/** Every route of the Cases plugin. */
import { registerAlertsSourceRoutes } from './alerts_source_routes';
import { registerCaseAlertsRoutes } from './case_alerts_routes';
import { registerCaseRoutes } from './case_routes';
import { registerCaseMetricsRoutes } from './case_metrics_routes';
import { registerCaseSearchRoutes } from './case_search_routes';
import { registerCaseUsersRoutes } from './case_users_routes';
import { registerCustomFieldRoutes } from './custom_field_routes';
import { registerConfigureRoutes } from './configure_routes';
import { registerCommentRoutes } from './comment_routes';
import { registerOpenApiRoute } from './openapi_route';
import { registerUiSupportRoutes } from './ui_support_routes';
import type { RouteDeps } from './types';
import { registerUserActionRoutes } from './user_action_routes';

export function registerRoutes(deps: RouteDeps): void {
  registerCaseRoutes(deps);
  registerCommentRoutes(deps);
  registerCaseAlertsRoutes(deps);
  registerUserActionRoutes(deps);
  registerCaseUsersRoutes(deps);
  registerUiSupportRoutes(deps);
  registerCaseMetricsRoutes(deps);
  registerCaseSearchRoutes(deps);
  registerCustomFieldRoutes(deps);
  registerAlertsSourceRoutes(deps);
  registerConfigureRoutes(deps);
  registerOpenApiRoute(deps);
}

export type { RouteDeps };
