/**
 * What the seeders need from the server, taken from the server's own modules rather than
 * re-implemented: the raw-document serializer, the saved-object types, the id generator, the
 * constants, and the function the cases service derives a case's index fields with. The bench
 * passes the built modules (build/server); the unit test passes the TypeScript sources, so both
 * write through the same code.
 */

/**
 * The server module that derives the fields a stored case keeps beside its attributes (sort
 * ranks, custom field index fields), built path and export: every case write of the cases
 * service goes through it, and so does every seeded case.
 */
export const DERIVED_FIELDS = { builtPath: 'server/services/derived_fields.js', exportName: 'withDerivedFields' };

/** The server's derive function out of the module namespace DERIVED_FIELDS names. */
export function deriveFrom(derivedFields) {
  const derive = derivedFields[DERIVED_FIELDS.exportName];
  if (typeof derive !== 'function') throw new Error(`the server's derived-fields module has no ${DERIVED_FIELDS.exportName}`);
  return derive;
}

/** `modules`: `{ rawDocument, savedObjectTypes, constants, idCounter, objectId, platformTypes, migrationLock, derivedFields }`, module namespaces. */
export function seedingModel({ rawDocument, savedObjectTypes, constants, idCounter, objectId, platformTypes, migrationLock, derivedFields }) {
  const types = new Map(savedObjectTypes.casesSavedObjectTypes.map((type) => [type.name, type]));
  const type = (name) => {
    const found = types.get(name);
    if (!found) throw new Error(`no saved-object type ${name}`);
    return found;
  };
  return {
    rawId: rawDocument.rawId,
    buildSource: rawDocument.buildSource,
    type,
    // Everything is seeded into the default space, as the SQLite seeder does.
    namespace: platformTypes.DEFAULT_NAMESPACE,
    names: {
      case: constants.CASE_SAVED_OBJECT,
      comment: constants.CASE_COMMENT_SAVED_OBJECT,
      userAction: constants.CASE_USER_ACTION_SAVED_OBJECT,
      counter: constants.CASE_ID_INCREMENTER_SAVED_OBJECT,
      configure: constants.CASE_CONFIGURE_SAVED_OBJECT,
    },
    /** A case's attributes with what the cases service derives for the store. */
    derive: deriveFrom(derivedFields),
    caseRefName: constants.CASE_REF_NAME,
    counter: { id: idCounter.CASE_ID_COUNTER_OBJECT_ID, field: idCounter.CASE_ID_COUNTER_FIELD },
    generateId: () => objectId.newObjectId(),
    /** The small index beside the alias where the server's bootstrap takes its lock: the bench's too. */
    lockIndex: (alias) => migrationLock.lockIndexName(alias),
  };
}
