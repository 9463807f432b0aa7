// Straight from the module, not the index: the entry chunk must not pull in the shell.
import { isLoginPath } from './core/space_url';

/**
 * The browser host: the one entry point for every page the server serves, and the one browser
 * file that names the product. It wires the platform's shell to the plugins' public halves.
 * It stays tiny: the login page and the shell are separate chunks, so logging in never
 * downloads the apps.
 */
const BRANDING = { productName: 'Cases', defaultAppId: 'cases' };

async function bootstrap() {
  const element = document.getElementById('kibanaBody');
  if (!element) throw new Error('The page has no #kibanaBody element to render into');
  if (isLoginPath(window.location.pathname)) {
    (await import('./core/login/render_login')).renderLoginPage(element, BRANDING);
    return;
  }
  const [{ startShell }, { CasesPublicPlugin }] = await Promise.all([import('./core/start'), import('./plugin')]);
  startShell(element, { plugins: [new CasesPublicPlugin()], branding: BRANDING });
}

void bootstrap();
