/**
 * Spaces are addressed by URL, as in Kibana: the default space has no prefix, every other
 * space lives under `/s/{spaceId}`. Everything that builds or reads such URLs goes through here.
 */
export const DEFAULT_SPACE_ID = 'default';

const SPACE_PREFIX = /^\/s\/([^/]+)(?=\/|$)/;
const APP_PATH = /^\/app\/([^/?#]+)/;

export interface ParsedLocation {
  spaceId: string;
  /** `/app/...` and the rest of the path once the space prefix is stripped. */
  pathWithoutSpace: string;
  appId?: string;
}

export function getSpaceBasePath(spaceId: string): string {
  return spaceId === DEFAULT_SPACE_ID ? '' : `/s/${encodeURIComponent(spaceId)}`;
}

export function parseLocationPath(pathname: string): ParsedLocation {
  const spaceMatch = SPACE_PREFIX.exec(pathname);
  const spaceId = spaceMatch ? decodeURIComponent(spaceMatch[1]) : DEFAULT_SPACE_ID;
  const pathWithoutSpace = spaceMatch ? pathname.slice(spaceMatch[0].length) || '/' : pathname;
  const appMatch = APP_PATH.exec(pathWithoutSpace);
  return { spaceId, pathWithoutSpace, appId: appMatch ? decodeURIComponent(appMatch[1]) : undefined };
}

export function getAppBasePath(spaceId: string, appId: string): string {
  return `${getSpaceBasePath(spaceId)}/app/${encodeURIComponent(appId)}`;
}

/**
 * The same app in another space. Only the app is kept: an inner path usually names an object
 * (a case) that does not exist in the other space.
 */
export function getUrlInSpace(pathname: string, targetSpaceId: string, defaultAppId: string): string {
  const { appId } = parseLocationPath(pathname);
  return getAppBasePath(targetSpaceId, appId ?? defaultAppId);
}

export function isLoginPath(pathname: string): boolean {
  return pathname === '/login' || pathname === '/login/';
}
