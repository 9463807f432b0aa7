import { newObjectId } from './object_id';

describe('newObjectId', () => {
  it('is a version 7 UUID of the RFC 9562 variant', () => {
    expect(newObjectId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('starts with the creation time, so later ids sort after earlier ones', () => {
    const at = Date.UTC(2026, 10, 23, 12, 0, 0);
    const id = newObjectId(at);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(at);
    const ids = [at - 1000, at, at + 1].map((t) => newObjectId(t));
    expect([...ids].sort()).toEqual(ids);
  });

  it('differs between ids of the same millisecond', () => {
    const at = Date.now();
    expect(new Set(Array.from({ length: 1000 }, () => newObjectId(at))).size).toBe(1000);
  });
});
