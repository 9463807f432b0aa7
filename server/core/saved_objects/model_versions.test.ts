import { migrateAttributes } from './migrate_document';
import {
  latestModelVersion,
  modelVersionToVirtualVersion,
  virtualVersionToModelVersion,
} from './model_versions';
import type { SavedObjectsType } from './types';

const base: SavedObjectsType = { name: 'thing', namespaceType: 'single', mappings: { properties: {} } };

describe('model versions', () => {
  it('puts a type without declared versions at version 1', () => {
    expect(latestModelVersion(base)).toBe(1);
    expect(latestModelVersion({ ...base, modelVersions: { 1: { description: 'a' }, 2: { description: 'b' } } })).toBe(2);
  });

  it("converts to and from Kibana's virtual versions (10.N.0)", () => {
    expect(modelVersionToVirtualVersion(1)).toBe('10.1.0');
    expect(modelVersionToVirtualVersion(12)).toBe('10.12.0');
    expect(virtualVersionToModelVersion('10.3.0')).toBe(3);
    // Legacy migration versions and malformed strings are not model versions.
    for (const version of ['8.8.0', '7.17.3', '10.3.1', '10.3', 'x']) expect(virtualVersionToModelVersion(version)).toBeUndefined();
    expect(() => modelVersionToVirtualVersion(1.5)).toThrow(/Invalid model version/);
  });
});

describe('migrateAttributes', () => {
  const steps: string[] = [];
  const type: SavedObjectsType = {
    ...base,
    modelVersions: {
      1: { description: 'first' },
      2: { description: 'b', migrate: (a, c) => (steps.push(`2 from ${c.fromVersion} ${c.type}/${c.id}`), { ...a, b: true }) },
      3: { description: 'mapping only' },
      4: { description: 'd', migrate: (a) => (steps.push('4'), { ...a, d: a.b }) },
    },
  };
  beforeEach(() => steps.splice(0));

  it('runs each step after the stored version, in order', () => {
    expect(migrateAttributes(type, { id: 'i', attributes: { a: 1 }, modelVersion: 1 })).toEqual({ a: 1, b: true, d: true });
    expect(steps).toEqual(['2 from 1 thing/i', '4']);
    steps.splice(0);
    expect(migrateAttributes(type, { id: 'i', attributes: { b: false }, modelVersion: 2 })).toEqual({ b: false, d: false });
    expect(steps).toEqual(['4']);
  });

  it('leaves a current document as it is', () => {
    const attributes = { a: 1 };
    expect(migrateAttributes(type, { id: 'i', attributes, modelVersion: 4 })).toBe(attributes);
  });

  it('refuses a newer document with 422, and an invalid version', () => {
    expect(() => migrateAttributes(type, { id: 'i', attributes: {}, modelVersion: 5 })).toThrow(
      expect.objectContaining({ statusCode: 422, message: expect.stringMatching(/\[thing\/i\] is at model version 5.*, 4$/) }),
    );
    expect(() => migrateAttributes(type, { id: 'i', attributes: {}, modelVersion: 0 })).toThrow(/invalid model version/);
  });

  it('names the document and the step when a migration throws or returns no object', () => {
    const failing: SavedObjectsType = {
      ...base,
      modelVersions: { 1: { description: 'a' }, 2: { description: 'b', migrate: () => { throw new Error('boom'); } } },
    };
    expect(() => migrateAttributes(failing, { id: 'i', attributes: {}, modelVersion: 1 })).toThrow(
      'Migrating saved object [thing/i] from model version 1 to 2 failed: boom',
    );
    const empty: SavedObjectsType = {
      ...base,
      modelVersions: { 1: { description: 'a' }, 2: { description: 'b', migrate: () => null as never } },
    };
    expect(() => migrateAttributes(empty, { id: 'i', attributes: {}, modelVersion: 1 })).toThrow(/returned no attributes object/);
  });
});
