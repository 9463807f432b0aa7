/**
 * The `file` type: the metadata of a file whose bytes live in the blob service, in the shape of
 * Kibana's Files plugin (its odd casing included: `Status`, `Updated`, `Meta`, `FileKind`), so a
 * script reading Kibana's file objects reads these. Hidden and never exported, as Kibana's: a
 * file's bytes do not travel with an export, so its metadata must not either. Mapped: what the
 * case's Files listing filters, searches and sorts on, and what the sweep of interrupted uploads looks for.
 */
import type { SavedObjectsType } from '../core';

export const FILE_SO_TYPE = 'file';

export const fileType: SavedObjectsType = {
  name: FILE_SO_TYPE,
  namespaceType: 'single',
  modelVersions: { 1: { description: "a file's metadata, as Kibana's Files plugin stores it, with its SHA-256" } },
  hidden: true,
  management: { importableAndExportable: false },
  mappings: {
    dynamic: false,
    properties: {
      name: { type: 'text', fields: { keyword: { type: 'keyword', ignore_above: 1024 } } },
      Status: { type: 'keyword' },
      created: { type: 'date' },
      Updated: { type: 'date' },
      mime_type: { type: 'keyword' },
      Meta: { properties: { caseIds: { type: 'keyword' } } },
    },
  },
};
