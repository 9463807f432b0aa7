import type { IRouter } from '../../http/types';
import { registerApiKeyRoutes } from './api_key_routes';
import { registerCapabilitiesRoute, type CapabilitiesRouteDeps } from './capabilities_route';
import { registerChangePasswordRoute } from './change_password_route';
import { registerFeaturesRoutes } from './features_routes';
import { registerRoleRoutes } from './role_routes';
import type { SecurityRouteDeps } from './route_deps';
import { registerSessionRoutes } from './session_routes';
import { registerUserProfileRoutes } from './user_profile_routes';
import { registerUserRoutes } from './user_routes';

export function registerSecurityRoutes(router: IRouter, deps: SecurityRouteDeps & CapabilitiesRouteDeps): void {
  registerSessionRoutes(router, deps);
  registerApiKeyRoutes(router, deps);
  registerUserRoutes(router, deps);
  registerChangePasswordRoute(router, deps);
  registerUserProfileRoutes(router, deps);
  registerRoleRoutes(router, deps);
  registerFeaturesRoutes(router, deps);
  registerCapabilitiesRoute(router, deps);
}
