import { act, screen, waitFor } from '@testing-library/react';
import { createApplicationService } from '../core';
import { createTestCore } from '../core/mocks';
import { CasesPublicPlugin } from '../plugin';

describe('Cases app', () => {
  it('registers the cases app and mounts its page into the given element, then unmounts', async () => {
    window.history.replaceState(null, '', '/s/soc-eu/app/cases');
    const application = createApplicationService();
    new CasesPublicPlugin().setup({ application });
    const app = application.getApp('cases');
    expect(app).toMatchObject({ id: 'cases', title: 'Cases' });

    const element = document.createElement('div');
    document.body.appendChild(element);
    const { core } = createTestCore({ spaceId: 'soc-eu' });
    let unmount: () => void = () => undefined;
    await act(async () => {
      unmount = await app!.mount({ element, appBasePath: '/s/soc-eu/app/cases', spaceId: 'soc-eu', core });
    });
    // The app's root route is the all-cases list, loaded as its own chunk.
    expect(await screen.findByTestId('all-cases-page')).toHaveTextContent('Cases');
    act(() => unmount());
    await waitFor(() => expect(element).toBeEmptyDOMElement());
    element.remove();
  });
});
