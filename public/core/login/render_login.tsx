import { createRoot } from 'react-dom/client';
import { createBrowserLocation } from '../browser_location';
import { CoreEuiProvider } from '../color_mode/core_eui_provider';
import { createHttpClient } from '../http_client';
import { DEFAULT_SPACE_ID } from '../space_url';
import { LoginPage } from './login_page';

export function renderLoginPage(element: HTMLElement, { productName }: { productName: string }) {
  document.title = `Log in - ${productName}`;
  const location = createBrowserLocation();
  // A 401 here is the answer to a wrong password, never a reason to redirect.
  const http = createHttpClient({ spaceId: DEFAULT_SPACE_ID, location, redirectOnUnauthorized: false });
  createRoot(element).render(
    <CoreEuiProvider isRoot>
      <LoginPage http={http} location={location} search={window.location.search} productName={productName} />
    </CoreEuiProvider>,
  );
}
