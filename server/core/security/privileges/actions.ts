import type { AuthorizationOperation } from '../types';

/**
 * The authorization action an operation needs on objects of one owner, in Kibana's form
 * `cases:<owner>/<operation>`. Plugins build their features' grants with the same function,
 * so the action a privilege grants and the action a check asks for cannot drift apart.
 */
export const privilegeAction = (privilege: AuthorizationOperation['privilege'], owner: string): string =>
  `${privilege.namespace}:${owner}/${privilege.name}`;
