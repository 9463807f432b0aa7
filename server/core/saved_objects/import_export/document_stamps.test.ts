import type { SavedObject, SavedObjectsType } from '../types';
import { exportVersionOf, toExchangeDocument } from './document_stamps';

const base: SavedObjectsType = { name: 'thing', namespaceType: 'single', mappings: { properties: {} } };
const stored: SavedObject = {
  type: 'thing',
  id: 't1',
  attributes: { name: 'A thing', secret: 's' },
  references: [{ type: 'other', id: 'o1', name: 'other' }],
  version: 'WzEsMV0=',
  namespaces: ['default'],
  created_at: '2024-01-01T00:00:00.000Z',
  updated_at: '2024-01-02T00:00:00.000Z',
};

describe('exportVersionOf', () => {
  it('is the exchange’s version, else Kibana’s virtual version of the latest model version', () => {
    expect(exportVersionOf(base)).toBe('10.1.0');
    expect(exportVersionOf({ ...base, modelVersions: { 1: { description: 'a' }, 2: { description: 'b' }, 3: { description: 'c' } } })).toBe('10.3.0');
    const exchange = { exportVersion: '8.10.0', toExport: () => ({ attributes: {}, references: [] }), toImport: () => ({ attributes: {}, references: [] }) };
    expect(exportVersionOf({ ...base, modelVersions: { 1: { description: 'a' } }, management: { exchange } })).toBe('8.10.0');
  });
});

describe('toExchangeDocument', () => {
  it('writes Kibana’s fields, without namespaces, the users and originId only when set', () => {
    expect(toExchangeDocument(stored, base, { namespace: 'default' })).toEqual({
      type: 'thing',
      id: 't1',
      attributes: { name: 'A thing', secret: 's' },
      references: [{ type: 'other', id: 'o1', name: 'other' }],
      coreMigrationVersion: '8.8.0',
      typeMigrationVersion: '10.1.0',
      managed: false,
      created_at: '2024-01-01T00:00:00.000Z',
      updated_at: '2024-01-02T00:00:00.000Z',
      version: 'WzEsMV0=',
    });
    const withUsers = toExchangeDocument({ ...stored, created_by: 'u1', updated_by: 'u2', originId: 'orig' }, base, { namespace: 'default' });
    expect(withUsers).toMatchObject({ created_by: 'u1', updated_by: 'u2', originId: 'orig' });
  });

  it('runs the type’s toExport with the space, and keeps only what it returns', () => {
    const toExport = jest.fn((object: SavedObject) => ({
      attributes: { title: (object.attributes as { name: string }).name },
      references: [],
    }));
    const type = { ...base, management: { exchange: { exportVersion: '8.9.0', toExport, toImport: () => ({ attributes: {}, references: [] }) } } };
    const document = toExchangeDocument({ ...stored, score: 1 } as SavedObject, type, { namespace: 'space-a' });
    expect(toExport).toHaveBeenCalledWith(expect.objectContaining({ id: 't1' }), { namespace: 'space-a' });
    expect(document).toMatchObject({ attributes: { title: 'A thing' }, references: [], typeMigrationVersion: '8.9.0' });
    expect(document).not.toHaveProperty('score');
  });
});
