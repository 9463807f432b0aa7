/**
 * After every write: each type's `onImport` hears about the objects of that type the import
 * wrote, and its warnings join the answer. The objects are written by then, so a hook that
 * fails is logged and reported as a warning rather than turning a done import into an error.
 */
import type { Logger } from '../../../logging/types';
import type { SavedObject, SavedObjectTypeRegistry } from '../../types';
import type { ImportWarning } from '../types';

export async function runImportHooks(registry: SavedObjectTypeRegistry, written: ReadonlyMap<string, SavedObject[]>, logger: Logger): Promise<ImportWarning[]> {
  const warnings: ImportWarning[] = [];
  for (const [typeName, objects] of written) {
    const hook = registry.getType(typeName)?.management?.onImport;
    if (!hook || objects.length === 0) continue;
    try {
      warnings.push(...((await hook(objects)).warnings ?? []));
    } catch (error) {
      logger.error({ err: error, 'event.action': 'saved-objects-import' }, `The import hook of type [${typeName}] failed`);
      warnings.push({ type: 'simple', message: `The ${typeName} objects were imported, but checking them afterwards failed: ${(error as Error).message}` });
    }
  }
  return warnings;
}
