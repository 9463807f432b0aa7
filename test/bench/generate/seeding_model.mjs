/**
 * What the Elasticsearch seeder (write_elasticsearch.mjs) needs from the server, taken from the
 * server's own modules rather than re-implemented: the raw-document serializer, the saved-object
 * types, the id generator and the constants. The bench passes the built modules (build/server);
 * the unit test passes the TypeScript sources, so both write through the same code.
 */

/** `modules`: `{ rawDocument, savedObjectTypes, constants, idCounter, objectId, platformTypes, migrationLock }`, module namespaces. */
export function seedingModel({ rawDocument, savedObjectTypes, constants, idCounter, objectId, platformTypes, migrationLock }) {
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
    },
    caseRefName: constants.CASE_REF_NAME,
    counter: { id: idCounter.CASE_ID_COUNTER_OBJECT_ID, field: idCounter.CASE_ID_COUNTER_FIELD },
    generateId: () => objectId.newObjectId(),
    /** The small index beside the alias where the server's bootstrap takes its lock: the bench's too. */
    lockIndex: (alias) => migrationLock.lockIndexName(alias),
  };
}
