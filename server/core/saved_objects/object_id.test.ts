import { newObjectId } from './object_id';

describe('newObjectId', () => {
  it('is a version 7 UUID of the RFC 9562 variant', () => {
    expect(newObjectId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('starts with the creation time, so later ids sort after earlier ones', () => {
    // Ahead of any id made so far: ids never go back in time, even when asked to.
    const at = Date.now() + 10_000;
    const id = newObjectId(at);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    const ids = [at - 1000, at, at + 1].map((t) => newObjectId(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs between ids of the same millisecond', () => {
    const at = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => newObjectId(at))).size).toBe(1000);
  });

  it('grows within one millisecond, in the order the ids were made', () => {
    const at = Date.now() + 60_000;
    const ids = Array.from({ length: 1000 }, () => newObjectId(at));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(1000);
  });

  it('keeps growing when the clock steps back', () => {
    const at = Date.now() + 120_000;
    const first = newObjectId(at);
    const second = newObjectId(at - 5000);
    expect(second > first).toBe(true);
  });
});
