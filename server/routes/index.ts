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
import { registerFileRoutes } from './file_routes';
import { registerIndicatorRoutes } from './indicator_routes';
import { registerObservableRoutes } from './observable_routes';
import { registerOpenApiRoute } from './openapi_route';
import { registerPushRoutes } from './push_routes';
import { registerSimilarRoutes } from './similar_routes';
import { registerUiSupportRoutes } from './ui_support_routes';
import type { RouteDeps } from './types';
import { registerUserActionRoutes } from './user_action_routes';
import { registerVisualizationRoutes } from './visualization_routes';

export function registerRoutes(deps: RouteDeps): void {
  registerCaseRoutes(deps);
  registerCommentRoutes(deps);
  registerFileRoutes(deps);
  registerCaseAlertsRoutes(deps);
  registerUserActionRoutes(deps);
  registerCaseUsersRoutes(deps);
  registerUiSupportRoutes(deps);
  registerCaseMetricsRoutes(deps);
  registerCaseSearchRoutes(deps);
  registerCustomFieldRoutes(deps);
  registerAlertsSourceRoutes(deps);
  registerIndicatorRoutes(deps);
  registerConfigureRoutes(deps);
  registerObservableRoutes(deps);
  registerSimilarRoutes(deps);
  registerPushRoutes(deps);
  registerVisualizationRoutes(deps);
  registerOpenApiRoute(deps);
}

export type { RouteDeps };
