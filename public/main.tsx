import { isLoginPath } from './core/space_url';

/**
 * The one entry point for every page the server serves. It stays tiny: the login page and the
 * shell are separate chunks, so logging in never downloads the apps.
 */
async function bootstrap() {
  const element = document.getElementById('kibanaBody');
  if (!element) throw new Error('The page has no #kibanaBody element to render into');
  if (isLoginPath(window.location.pathname)) {
    (await import('./core/login/render_login')).renderLoginPage(element);
  } else {
    (await import('./core/start')).startShell(element);
  }
}

void bootstrap();
