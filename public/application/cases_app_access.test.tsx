import { screen } from '@testing-library/react';
import { createTestCore, renderWithCore } from '../core/mocks';
import { casesCapabilitiesResponse, READ_ONLY } from '../components/capabilities/test_fixtures';
import { CasesApp } from './cases_app';

describe('Cases app without read on its owner', () => {
  it('shows the "no access" prompt and asks the server nothing', async () => {
    window.history.replaceState(null, '', '/app/cases');
    // Read on another owner does not open the Security cases app.
    const { core, fetchMock } = createTestCore({ capabilities: casesCapabilitiesResponse({ observability: READ_ONLY }) });
    renderWithCore(<CasesApp appBasePath="/app/cases" core={core} />, core);
    expect(await screen.findByTestId('cases-no-access')).toHaveTextContent('You have no access to cases in this space');
    expect(fetchMock.calls).toHaveLength(0);
  });
});
