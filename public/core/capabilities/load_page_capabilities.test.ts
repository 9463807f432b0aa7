import { createTestCore } from '../test_helpers/render_with_core';
import { loadPageCapabilities } from './load_page_capabilities';

describe('loadPageCapabilities', () => {
  it("asks Kibana's POST /api/core/capabilities in the page's space, for every application", async () => {
    const answer = { navLinks: {}, catalogue: {}, management: {}, securitySolutionCasesV3: { read_cases: true } };
    const { core, fetchMock } = createTestCore({ spaceId: 'soc-eu', routes: { 'POST /s/soc-eu/api/core/capabilities': { body: answer } } });
    await expect(loadPageCapabilities(core.http, core.toasts)).resolves.toEqual(answer);
    expect(fetchMock.calls[0]).toMatchObject({ method: 'POST', url: '/s/soc-eu/api/core/capabilities', body: { applications: [] } });
  });

  it('falls back to no capabilities with an error toast when the answer cannot be read', async () => {
    const { core } = createTestCore({
      routes: { 'POST /api/core/capabilities': { status: 500, body: { statusCode: 500, error: 'Internal Server Error', message: 'boom' } } },
    });
    const addError = jest.spyOn(core.toasts, 'addError');
    await expect(loadPageCapabilities(core.http, core.toasts)).resolves.toEqual({ navLinks: {}, catalogue: {}, management: {} });
    expect(addError).toHaveBeenCalledTimes(1);
  });

  it('stays quiet for a space that does not exist: the shell says so itself', async () => {
    const { core } = createTestCore({ spaceId: 'gone' });
    const addError = jest.spyOn(core.toasts, 'addError');
    await expect(loadPageCapabilities(core.http, core.toasts)).resolves.toEqual({ navLinks: {}, catalogue: {}, management: {} });
    expect(addError).not.toHaveBeenCalled();
  });
});
