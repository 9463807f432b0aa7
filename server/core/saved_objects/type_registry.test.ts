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
