/**
 * The `.files` sub-type of Kibana's `externalReference` attachment: one uploaded file, whose
 * `externalReferenceId` is the file's id. It has no request codec: files arrive only through
 * the upload route, which writes the bytes before the attachment. Its limit is the files a case
 * may hold; deleting its attachment (one comment, all of a case's, or the files bulk delete)
 * removes the file's metadata and bytes, once the deletion is durable.
 */
import { FILE_ATTACHMENT_TYPE } from '../../common/constants';
import type { BlobStorage, SavedObjectsClientContract } from '../core';
import type { AttachmentSubTypeDefinition } from '../attachment_framework/types';
import type { AttachmentTypeRegistry } from '../attachment_framework/registry';
import { createFileObjects } from './file_objects';
import { removeFiles } from './remove_files';

/** What the delete hook needs from the platform; it exists only once the platform has started. */
export interface FilesPlatform {
  blobs: BlobStorage;
  /** Unscoped (the hook runs without a request): every call names the space. */
  repository: SavedObjectsClientContract;
}

/** The file ids of `.files` attachments. */
export const fileIdsOf = (attachments: Array<{ attributes: Record<string, unknown> }>): string[] =>
  attachments
    .filter((a) => a.attributes.type === 'externalReference' && a.attributes.externalReferenceAttachmentTypeId === FILE_ATTACHMENT_TYPE)
    .map((a) => a.attributes.externalReferenceId)
    .filter((id): id is string => typeof id === 'string');

export function filesAttachmentType(platform: () => FilesPlatform | undefined): AttachmentSubTypeDefinition {
  return {
    id: FILE_ATTACHMENT_TYPE,
    limit: { max: (config) => config.files.maxPerCase, noun: 'files' },
    hooks: {
      async onDeleted({ spaceId, attachments }) {
        const started = platform();
        // Attachments are deleted only through routes, which are served only after start.
        if (!started) throw new Error('File attachments were deleted before the platform started');
        await removeFiles(createFileObjects(started.repository, spaceId), started.blobs, fileIdsOf(attachments));
      },
    },
  };
}

export function registerFilesAttachmentType(registry: AttachmentTypeRegistry, platform: () => FilesPlatform | undefined): void {
  registry.registerSubType('externalReference', filesAttachmentType(platform));
}
