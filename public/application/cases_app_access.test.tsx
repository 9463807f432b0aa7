import { screen } from '@testing-library/react';
import { createTestCore, renderWithCore } from '../core/mocks';
import { casesCapabilitiesResponse, READ_ONLY } from '../components/capabilities/test_fixtures';
import { CasesApp } from './cases_app';

const SPACES = [
  { id: 'default', name: 'Default', disabledFeatures: [] },
  { id: 'soc-eu', name: 'SOC Europe', disabledFeatures: [] },
];

describe('Cases app without read on its owner', () => {
  it('shows the "no access" prompt, asks for no case, and offers the spaces the user may open', async () => {
    window.history.replaceState(null, '', '/app/cases');
    // Read on another owner does not open the Security cases app.
    const { core, fetchMock } = createTestCore({
      capabilities: casesCapabilitiesResponse({ observability: READ_ONLY }),
      routes: { 'GET /api/spaces/space': { body: SPACES } },
    });
    renderWithCore(<CasesApp appBasePath="/app/cases" core={core} />, core);
    expect(await screen.findByTestId('cases-no-access')).toHaveTextContent('You have no access to cases in this space');
    // The current space is not offered; the other one is, as a link into its cases app.
    expect(await screen.findByTestId('cases-no-access-space-soc-eu')).toHaveAttribute('href', '/s/soc-eu/app/cases');
    expect(screen.queryByTestId('cases-no-access-space-default')).not.toBeInTheDocument();
    expect(fetchMock.calls.map((call) => call.url)).toEqual(['/api/spaces/space']);
  });
});
