import { BUILT_IN_PUSH_FORMATS, createCasePushFormatRegistry } from './registry';

describe('case push format registry', () => {
  it('holds Kibana’s seven connector types for cases, and not email or the case action', () => {
    const registry = createCasePushFormatRegistry();
    expect(registry.keys().sort()).toEqual(['.cases-webhook', '.jira', '.resilient', '.servicenow', '.servicenow-sir', '.swimlane', '.thehive']);
    expect(registry.has('.email')).toBe(false);
    expect(registry.has('.case')).toBe(false);
    expect(BUILT_IN_PUSH_FORMATS).toHaveLength(7);
  });

  it('takes another type during setup and refuses one after start, or twice', () => {
    const registry = createCasePushFormatRegistry();
    registry.register('.acme', { type: '.acme', mapping: { title: 'name', description: 'body', comments: 'notes' }, format: () => ({}) });
    expect(registry.get('.acme')?.mapping?.title).toBe('name');
    expect(() => registry.register('.jira', { type: '.jira', format: () => ({}) })).toThrow(/already registered/);
    registry.freeze();
    expect(() => registry.register('.late', { type: '.late', format: () => ({}) })).toThrow(/frozen/);
  });

  it('refuses a mapping that names only one target', () => {
    const registry = createCasePushFormatRegistry([]);
    expect(() => registry.register('.half', { type: '.half', mapping: { title: 'name', description: '', comments: 'notes' }, format: () => ({}) })).toThrow(/or neither/);
  });
});
