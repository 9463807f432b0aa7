/**
 * What a type's `toImport` throws for a document it cannot store: the import reports that
 * object (with its line) and writes nothing of it; the rest of the file imports.
 */
export class ImportDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportDocumentError';
  }
}

export const isImportDocumentError = (error: unknown): error is ImportDocumentError => error instanceof ImportDocumentError;
