/**
 * A file attached to a case: Kibana's `.files` externalReference attachment, whose
 * `externalReferenceId` is the file id and whose metadata lists the file (Kibana's
 * `SingleFileAttachmentMetadata`). The bytes live in the blob service; what the case's Files
 * listing answers is Kibana's FileJSON, plus the SHA-256 this plugin records for every file.
 */
import * as t from 'io-ts';

export const SingleFileAttachmentMetadataRt = t.type({
  name: t.string,
  extension: t.string,
  mimeType: t.string,
  created: t.string,
});
export type SingleFileAttachmentMetadata = t.TypeOf<typeof SingleFileAttachmentMetadataRt>;

/** `externalReferenceMetadata` of a `.files` attachment: Kibana writes exactly one file. */
export const FileAttachmentMetadataRt = t.type({ files: t.array(SingleFileAttachmentMetadataRt) });
export type FileAttachmentMetadata = t.TypeOf<typeof FileAttachmentMetadataRt>;

/** Kibana's FileJSON (its Files plugin), as the listing answers it. */
export interface CaseFile {
  id: string;
  name: string;
  extension: string;
  mimeType: string;
  /** Bytes. */
  size: number;
  created: string;
  updated: string;
  status: 'READY';
  fileKind: string;
  alt?: string;
  meta: { caseIds: string[]; owner: string[] };
  hash: { sha256: string };
  user?: { name?: string; id?: string };
}
