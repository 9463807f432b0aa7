/**
 * The types and data the storage contract runs on. The item type covers every mapping shape
 * the backends must handle: text with a keyword multi-field, keyword, date, long/integer,
 * boolean, an object with keyword leaves, arrays of keywords, arrays of objects, and a
 * keyword view of a number (Kibana's `incremental_id.text`).
 */
import type { SavedObjectReference, SavedObjectsType } from '../types';

export const ITEM_TYPE = 'contract-item';
export const GLOBAL_TYPE = 'contract-global';

export const itemType: SavedObjectsType = {
  name: ITEM_TYPE,
  namespaceType: 'single',
  mappings: {
    dynamic: false,
    properties: {
      title: { type: 'text', fields: { keyword: { type: 'keyword' } } },
      description: { type: 'text' },
      status: { type: 'keyword' },
      severity: { type: 'integer' },
      count: { type: 'long' },
      closed: { type: 'boolean' },
      occurred_at: { type: 'date' },
      tags: { type: 'keyword' },
      owner: { properties: { uid: { type: 'keyword' }, team: { type: 'keyword' } } },
      assignees: { properties: { uid: { type: 'keyword' } } },
      seq: { type: 'long', fields: { text: { type: 'keyword' } } },
      counter: { type: 'long' },
      settings: { properties: { sync: { type: 'boolean' }, mode: { type: 'keyword' } } },
    },
  },
};

export const globalType: SavedObjectsType = {
  name: GLOBAL_TYPE,
  namespaceType: 'agnostic',
  // `created_at` as an attribute too: a mapped attribute wins over the root field of that name.
  mappings: { properties: { name: { type: 'keyword' }, created_at: { type: 'date' } } },
};

export interface Item {
  title: string;
  description?: string;
  status: string;
  severity: number;
  count?: number;
  closed: boolean;
  occurred_at: string;
  tags: string[];
  owner: { uid: string; team: string };
  assignees: Array<{ uid: string }>;
  seq: number;
}

export interface Doc {
  key: string;
  attributes: Item;
  references?: SavedObjectReference[];
}

const ref = (type: string, id: string): SavedObjectReference => ({ type, id, name: `${type}_${id}` });

/** Six items whose expected results each test computes by hand; see the test next to each. */
export const DOCS: Doc[] = [
  {
    key: 'd01',
    attributes: {
      title: 'Phishing email from CEO', description: 'User reported a phishing email impersonating the CEO',
      status: 'open', severity: 3, count: 5, closed: false, occurred_at: '2024-03-01T10:00:00.000Z',
      tags: ['phishing', 'email'], owner: { uid: 'u1', team: 'red' }, assignees: [{ uid: 'u1' }, { uid: 'u2' }], seq: 1001,
    },
    references: [ref('case', 'c1')],
  },
  {
    key: 'd02',
    attributes: {
      title: 'Malware detected on laptop', description: 'EDR flagged ransomware-like behaviour',
      status: 'in-progress', severity: 4, count: 2, closed: false, occurred_at: '2024-03-01T23:59:59.999Z',
      tags: ['malware'], owner: { uid: 'u2', team: 'blue' }, assignees: [{ uid: 'u3' }], seq: 1002,
    },
    references: [ref('case', 'c1'), ref('case', 'c2')],
  },
  {
    key: 'd03',
    attributes: {
      title: 'Suspicious login from Tor', description: 'Impossible travel alert',
      status: 'closed', severity: 2, count: 2, closed: true, occurred_at: '2024-03-03T08:00:00.000Z',
      tags: ['identity', 'tor'], owner: { uid: 'u1', team: 'red' }, assignees: [], seq: 1003,
    },
  },
  {
    key: 'd04',
    attributes: {
      title: 'Phishing campaign targeting finance', description: 'Several finance users received phishing links',
      status: 'open', severity: 3, count: 7, closed: false, occurred_at: '2024-03-04T12:00:00.000Z',
      tags: ['phishing'], owner: { uid: 'u3', team: 'blue' }, assignees: [{ uid: 'u2' }], seq: 1004,
    },
    references: [ref('case', 'c2')],
  },
  {
    key: 'd05',
    attributes: {
      title: 'Ransomware outbreak', description: 'Files encrypted on the file server',
      status: 'closed', severity: 4, closed: true, occurred_at: '2024-04-02T00:00:00.000Z',
      tags: [], owner: { uid: 'u2', team: 'red' }, assignees: [{ uid: 'u1' }], seq: 1005,
    },
  },
  {
    key: 'd06',
    attributes: {
      title: 'Lost laptop', description: 'Employee lost a company laptop at the airport',
      status: 'open', severity: 1, count: 2, closed: false, occurred_at: '2024-04-15T09:30:00.000Z',
      tags: ['device', 'laptop'], owner: { uid: 'u1', team: 'blue' }, assignees: [{ uid: 'u1' }, { uid: 'u3' }], seq: 1006,
    },
    references: [ref('other', 'x1')],
  },
];
