import { TypeRegistry } from './type_registry';
import type { SavedObjectsType } from './types';

const type = (name: string, namespaceType: SavedObjectsType['namespaceType'] = 'single'): SavedObjectsType => ({
  name,
  namespaceType,
  mappings: { properties: { title: { type: 'text' } } },
});

describe('TypeRegistry', () => {
  it('registers and returns types', () => {
    const registry = new TypeRegistry();
    registry.registerType(type('cases'));
    registry.registerType(type('space', 'agnostic'));
    expect(registry.getType('cases')?.name).toBe('cases');
    expect(registry.getType('nope')).toBeUndefined();
    expect(registry.getAllTypes().map((t) => t.name)).toEqual(['cases', 'space']);
    expect(registry.isNamespaceAgnostic('space')).toBe(true);
    expect(registry.isNamespaceAgnostic('cases')).toBe(false);
    expect(registry.isNamespaceAgnostic('nope')).toBe(false);
  });

  it.each(['cases-comments', 'cases_user_actions', 'action_task_params', 'ingest.pipeline', '0day'])(
    'accepts the type name %s',
    (name) => {
      expect(() => new TypeRegistry().registerType(type(name))).not.toThrow();
    },
  );

  it.each(['', 'Cases', '-cases', '.cases', 'cases comments', 'cases/x', 'cäses', 'so"x'])(
    'rejects the type name %j',
    (name) => {
      expect(() => new TypeRegistry().registerType(type(name))).toThrow(/Invalid saved object type name/);
    },
  );

  it('rejects a duplicate registration', () => {
    const registry = new TypeRegistry();
    registry.registerType(type('cases'));
    expect(() => registry.registerType(type('cases'))).toThrow(/already registered/);
  });

  it('rejects an unknown namespaceType', () => {
    const bad = { ...type('cases'), namespaceType: 'multiple' } as unknown as SavedObjectsType;
    expect(() => new TypeRegistry().registerType(bad)).toThrow(/namespaceType/);
  });

  it('refuses registrations once frozen, and keeps what it had', () => {
    const registry = new TypeRegistry();
    registry.registerType(type('cases'));
    expect(registry.isFrozen()).toBe(false);
    registry.freeze();
    expect(registry.isFrozen()).toBe(true);
    expect(() => registry.registerType(type('late'))).toThrow(/frozen/);
    expect(registry.getAllTypes().map((t) => t.name)).toEqual(['cases']);
  });
});

describe('TypeRegistry model versions', () => {
  const withVersions = (modelVersions: unknown): SavedObjectsType =>
    ({ ...type('cases'), modelVersions }) as SavedObjectsType;
  const migrate = (a: Record<string, unknown>) => a;

  it('accepts versions 1..N, version 1 without a migration, later ones with or without', () => {
    const registry = new TypeRegistry();
    registry.registerType(withVersions({ 1: { description: 'first' }, 2: { description: 'mapping only' }, 3: { description: 'x', migrate } }));
    expect(Object.keys(registry.getType('cases')?.modelVersions ?? {})).toEqual(['1', '2', '3']);
  });

  it.each([
    [{}, /at least version 1/],
    [{ 2: { description: 'x', migrate } }, /version 1 is missing/],
    [{ 1: { description: 'x' }, 3: { description: 'x', migrate } }, /version 2 is missing/],
    [{ 1: { description: 'x' }, '1.5': { description: 'x' } }, /\[1\.5\] is not a positive integer/],
    [{ 0: { description: 'x' }, 1: { description: 'x' } }, /\[0\] is not a positive integer/],
    [{ 1: { description: 'x' }, two: { description: 'x' } }, /\[two\] is not a positive integer/],
    [{ 1: { description: 'x', migrate } }, /version 1 has no previous version/],
    [{ 1: { description: '' } }, /version 1 needs a description/],
    [{ 1: { description: 'x' }, 2: { description: 'x', migrate: 'nope' } }, /version 2 migrate must be a function/],
    [[{ description: 'x' }], /expected an object keyed by version/],
  ])('rejects %j at registration', (modelVersions, message) => {
    expect(() => new TypeRegistry().registerType(withVersions(modelVersions))).toThrow(message);
    expect(() => new TypeRegistry().registerType(withVersions(modelVersions))).toThrow(/Saved object type \[cases\] has invalid modelVersions/);
  });
});
