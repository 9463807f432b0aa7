/** Every route of the Cases plugin. */
import { registerCaseRoutes } from './case_routes';
import { registerCaseUsersRoutes } from './case_users_routes';
import { registerCommentRoutes } from './comment_routes';
import { registerOpenApiRoute } from './openapi_route';
import { registerUiSupportRoutes } from './ui_support_routes';
import type { RouteDeps } from './types';
import { registerUserActionRoutes } from './user_action_routes';

export function registerRoutes(deps: RouteDeps): void {
  registerCaseRoutes(deps);
  registerCommentRoutes(deps);
  registerUserActionRoutes(deps);
  registerCaseUsersRoutes(deps);
  registerUiSupportRoutes(deps);
  registerOpenApiRoute(deps);
}

export type { RouteDeps };
