/**
 * Persistence of `file` saved objects, in one space. Works over a request's scoped client (the
 * upload, listing, download and bulk delete) or over the internal repository (the delete hook and
 * the start-up sweep, which act without a request): every call names its space, which a scoped
 * client enforces anyway.
 */
import type { CaseFile } from '../../common/types/domain/file';
import { collectAll, f, isBulkItemError, type FilterNode, type SavedObject, type SavedObjectsClientContract, type UnitOfWorkOperation } from '../core';
import { FILE_SO_TYPE } from '../saved_object_types/files';

export type FileStatus = 'UPLOADING' | 'READY';

/** Kibana's file attributes (its casing), plus the blob holding the bytes. */
export interface FileAttributes {
  created: string;
  Updated: string;
  name: string;
  user?: { name?: string; id?: string };
  Status: FileStatus;
  mime_type: string;
  extension: string;
  size?: number;
  Meta: { caseIds: string[]; owner: string[] };
  FileKind: string;
  hash?: { sha256: string };
  blob_id: string;
}

export type FileSavedObject = SavedObject<FileAttributes>;

/** Kibana's file kind of an owner's case files. */
export const fileKindOf = (owner: string): string => `${owner}FilesCases`;

/** The listing's shape (Kibana's FileJSON) of a finished file. */
export function toCaseFile(so: FileSavedObject): CaseFile {
  const a = so.attributes;
  return {
    id: so.id,
    name: a.name,
    extension: a.extension,
    mimeType: a.mime_type,
    size: a.size ?? 0,
    created: a.created,
    updated: a.Updated,
    status: 'READY',
    fileKind: a.FileKind,
    meta: a.Meta,
    hash: { sha256: a.hash?.sha256 ?? '' },
    ...(a.user ? { user: a.user } : {}),
  };
}

const READY = f.term('Status', 'READY');

export function createFileObjects(client: SavedObjectsClientContract, namespace: string) {
  const all = (filter: FilterNode): Promise<FileSavedObject[]> => collectAll<FileAttributes>(client, { type: FILE_SO_TYPE, filter, namespace });

  return {
    /** Written before any byte is read, so a crash mid-upload leaves something the sweep can find. */
    createUploading: (id: string, attributes: Omit<FileAttributes, 'Status' | 'blob_id'>): Promise<FileSavedObject> =>
      client.create<FileAttributes>(FILE_SO_TYPE, { ...attributes, Status: 'UPLOADING', blob_id: id }, { id, namespace }),

    /** The file is complete: part of the unit of work that adds its attachment. */
    readyOperation: (id: string, done: { name: string; size: number; sha256: string; at: string }): UnitOfWorkOperation => ({
      kind: 'update',
      type: FILE_SO_TYPE,
      id,
      attributes: { Status: 'READY', name: done.name, size: done.size, hash: { sha256: done.sha256 }, Updated: done.at },
    }),

    /** The ones that exist, of these ids. */
    getMany: async (ids: string[]): Promise<FileSavedObject[]> => {
      if (ids.length === 0) return [];
      const { saved_objects: found } = await client.bulkGet<FileAttributes>(
        ids.map((id) => ({ type: FILE_SO_TYPE, id })),
        { namespace },
      );
      return found.filter((so): so is FileSavedObject => !isBulkItemError(so));
    },

    /** A case's finished files, newest first, optionally narrowed by words of the name (each a prefix). */
    findOfCase: (caseId: string, opts: { page: number; perPage: number; search?: string }) =>
      client.find<FileAttributes>({
        type: FILE_SO_TYPE,
        namespace,
        filter: f.and(f.term('Meta.caseIds', caseId), READY),
        ...(opts.search ? { search: prefixWords(opts.search), searchFields: ['name'], defaultSearchOperator: 'AND' as const } : {}),
        sort: [
          { field: 'created', order: 'desc' },
          { field: 'id', order: 'desc' },
        ],
        page: opts.page,
        perPage: opts.perPage,
      }),

    /** Every file of these cases, finished or not: what deleting the cases must remove. */
    allOfCases: (caseIds: string[]): Promise<FileSavedObject[]> => (caseIds.length === 0 ? Promise.resolve([]) : all(f.terms('Meta.caseIds', caseIds))),

    /**
     * An upload in progress says so every few seconds (`Updated`), so a slow one is never taken
     * for an abandoned one, whichever process serves it.
     */
    heartbeat: async (id: string, at: string): Promise<void> => {
      await client.update<FileAttributes>(FILE_SO_TYPE, id, { Updated: at }, { namespace });
    },

    /** Uploads not heard of since `before`: their process died or lost its client without cleaning up. */
    staleUploads: (before: string): Promise<FileSavedObject[]> => all(f.and(f.term('Status', 'UPLOADING'), f.range('Updated', { lt: before }))),

    /** For a unit of work that removes files with what they belong to (their attachments, their case). */
    deleteOperations: (ids: string[]): UnitOfWorkOperation[] => ids.map((id) => ({ kind: 'delete', type: FILE_SO_TYPE, id })),

    /** Removing what is already gone is not an error. */
    remove: async (ids: string[]): Promise<void> => {
      if (ids.length === 0) return;
      await client.bulkDelete(
        ids.map((id) => ({ type: FILE_SO_TYPE, id })),
        { namespace },
      );
    },
  };
}

export type FileObjects = ReturnType<typeof createFileObjects>;

/** "scr sho" finds "Screen shot.png" (every word must start a word of the name), as a picker expects. */
const prefixWords = (search: string): string =>
  search
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => `${word.replace(/\*+$/, '')}*`)
    .join(' ');
