import { getAppBasePath, getUrlInSpace, isLoginPath, parseLocationPath } from './space_url';
import { toSafeLocalPath } from './browser_location';

describe('space URLs', () => {
  it('reads the space and the app from a path', () => {
    expect(parseLocationPath('/app/cases/view/1')).toEqual({ spaceId: 'default', pathWithoutSpace: '/app/cases/view/1', appId: 'cases' });
    expect(parseLocationPath('/s/soc-eu/app/spaces')).toEqual({ spaceId: 'soc-eu', pathWithoutSpace: '/app/spaces', appId: 'spaces' });
    expect(parseLocationPath('/s/soc-eu')).toEqual({ spaceId: 'soc-eu', pathWithoutSpace: '/', appId: undefined });
    expect(parseLocationPath('/')).toMatchObject({ spaceId: 'default', appId: undefined });
  });

  it('builds app paths and swaps spaces keeping the app', () => {
    expect(getAppBasePath('default', 'cases')).toBe('/app/cases');
    expect(getAppBasePath('soc-eu', 'cases')).toBe('/s/soc-eu/app/cases');
    expect(getUrlInSpace('/app/cases/view/1', 'soc-eu', 'home')).toBe('/s/soc-eu/app/cases');
    expect(getUrlInSpace('/s/soc-eu/app/spaces', 'default', 'home')).toBe('/app/spaces');
    expect(getUrlInSpace('/', 'soc-eu', 'home')).toBe('/s/soc-eu/app/home');
  });

  it('recognises the login page', () => {
    expect(isLoginPath('/login')).toBe(true);
    expect(isLoginPath('/app/login')).toBe(false);
  });

  it('only follows same-origin locations', () => {
    expect(toSafeLocalPath('/app/cases?x=1', 'http://localhost')).toBe('/app/cases?x=1');
    expect(toSafeLocalPath('http://localhost/s/a/app/cases', 'http://localhost')).toBe('/s/a/app/cases');
    expect(toSafeLocalPath('https://evil.example/app', 'http://localhost')).toBe('/');
    expect(toSafeLocalPath('//evil.example/app', 'http://localhost')).toBe('/');
    expect(toSafeLocalPath(undefined, 'http://localhost', '/login')).toBe('/login');
  });
});
