import { createKeyedRegistry, createRegistry } from './registry';

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
    expect(() => registry.register({ id: 'a' })).toThrow('"a" is already registered in the thing registry');
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

describe('keyed registry', () => {
  it('keeps each value as given under the key the caller names', () => {
    const registry = createKeyedRegistry<(n: number) => number>('doubler');
    const double = (n: number) => n * 2;
    registry.register('double', double);
    expect(registry.get('double')).toBe(double);
    expect(registry.keys()).toEqual(['double']);
    expect(registry.list()).toEqual([double]);
  });

  it('refuses a second value under one key and any registration once frozen', () => {
    const registry = createKeyedRegistry<number>('number');
    registry.register('one', 1);
    expect(() => registry.register('one', 2)).toThrow('"one" is already registered in the number registry');
    registry.freeze();
    expect(() => registry.register('two', 2)).toThrow('The number registry is frozen: "two" must be registered during setup');
    expect(registry.frozen).toBe(true);
    expect(registry.list()).toEqual([1]);
  });
});
