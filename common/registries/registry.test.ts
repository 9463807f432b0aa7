import { createRegistry } from './registry';

describe('registry', () => {
  it('lists entries in registration order and answers lookups', () => {
    const registry = createRegistry<{ id: string; n: number }>('thing', { initial: [{ id: 'a', n: 1 }] });
    registry.register({ id: 'b', n: 2 });
    expect(registry.ids()).toEqual(['a', 'b']);
    expect(registry.get('b')).toEqual({ id: 'b', n: 2 });
    expect(registry.has('c')).toBe(false);
    expect(registry.get('toString')).toBeUndefined();
  });

  it('refuses a second entry under one id', () => {
    const registry = createRegistry<{ id: string }>('thing', { initial: [{ id: 'a' }] });
    expect(() => registry.register({ id: 'a' })).toThrow('The thing registry already holds "a"');
  });

  it('refuses a registration after freeze, and keeps what it had', () => {
    const registry = createRegistry<{ id: string }>('thing', { initial: [{ id: 'a' }] });
    registry.freeze();
    registry.freeze();
    expect(registry.frozen).toBe(true);
    expect(() => registry.register({ id: 'late' })).toThrow('The thing registry is frozen: "late" must be registered during setup');
    expect(registry.ids()).toEqual(['a']);
  });

  it('runs the validation against what is already registered', () => {
    const registry = createRegistry<{ id: string; rank: number }>('ranked', {
      validate: (entry, registered) => {
        if (registered.some((r) => r.rank === entry.rank)) throw new Error(`rank ${entry.rank} taken`);
      },
    });
    registry.register({ id: 'a', rank: 1 });
    expect(() => registry.register({ id: 'b', rank: 1 })).toThrow('rank 1 taken');
    expect(registry.has('b')).toBe(false);
  });

  it('hands out frozen entries, so a caller cannot change one after registering it', () => {
    const registry = createRegistry<{ id: string; n: number }>('thing', { initial: [{ id: 'a', n: 1 }] });
    expect(Object.isFrozen(registry.get('a'))).toBe(true);
  });
});
