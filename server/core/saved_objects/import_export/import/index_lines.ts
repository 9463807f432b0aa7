/**
 * The first pass over the spooled file: each object's line, byte range and type, in typed arrays
 * (no attributes, no ids), so a file of 500,000 objects costs a few megabytes outside the heap.
 * Lines that are no object, and objects of types that cannot be imported, become errors here;
 * a file past the object limit or with the same object twice is refused (400) before anything
 * is written, as Kibana refuses it.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { badRequest } from '../../../errors';
import type { SavedObjectTypeRegistry } from '../../types';
import type { ImportError } from '../types';
import { lineError, objectError } from './import_results';
import { ObjectKeyIndex } from './object_keys';
import { isBlank, parseLine, type ImportAliases } from './parse_line';
import { readLines } from './read_line';

/** An object whose type cannot be imported: indexed (for duplicates) but never read again. */
const UNSUPPORTED = -1;

export interface IndexInput {
  path: string;
  registry: SavedObjectTypeRegistry;
  /** Importable types by name, each with its place in the write order. */
  slots: ReadonlyMap<string, number>;
  maxObjects: number;
  /** Other builds' types read as importable types' documents. */
  aliases?: ImportAliases;
  /** `_resolve_import_errors`: only the objects retried are indexed; other lines are passed over. */
  wanted?: (type: string, id: string) => boolean;
  /** Each importable object indexed, in file order (new copies get their ids here). */
  onObject?: (type: string, id: string) => void;
}

export interface ImportBatch {
  slot: number;
  entries: number[];
}

class Columns {
  offsets = new Float64Array(1024);
  lengths = new Uint32Array(1024);
  lines = new Uint32Array(1024);
  slots = new Int16Array(1024);
  size = 0;

  push(offset: number, length: number, line: number, slot: number): number {
    if (this.size === this.offsets.length) this.grow();
    const entry = this.size++;
    this.offsets[entry] = offset;
    this.lengths[entry] = length;
    this.lines[entry] = line;
    this.slots[entry] = slot;
    return entry;
  }

  private grow(): void {
    const capacity = this.offsets.length * 2;
    const copy = <A extends Float64Array | Uint32Array | Int16Array>(from: A, to: A): A => {
      to.set(from);
      return to;
    };
    this.offsets = copy(this.offsets, new Float64Array(capacity));
    this.lengths = copy(this.lengths, new Uint32Array(capacity));
    this.lines = copy(this.lines, new Uint32Array(capacity));
    this.slots = copy(this.slots, new Int16Array(capacity));
  }
}

export class LineIndex {
  readonly keys: ObjectKeyIndex;
  /** The types the indexed objects reference: only their imports are remembered for later lookups. */
  readonly referencedTypes = new Set<string>();
  readonly errors: ImportError[] = [];
  private readonly columns = new Columns();
  private readonly fd: number;

  constructor(
    path: string,
    private readonly aliases?: ImportAliases,
  ) {
    this.fd = openSync(path, 'r');
    this.keys = new ObjectKeyIndex((entry) => this.keyOf(entry));
  }

  get size(): number {
    return this.columns.size;
  }

  range(entry: number): { offset: number; length: number } {
    return { offset: this.columns.offsets[entry], length: this.columns.lengths[entry] };
  }

  line(entry: number): number {
    return this.columns.lines[entry];
  }

  add(offset: number, length: number, line: number, slot: number): number {
    return this.columns.push(offset, length, line, slot);
  }

  /** Importable objects by type in write order, file order within a type, `size` at a time. */
  *batches(size: number): Generator<ImportBatch> {
    const { slots } = this.columns;
    const count = this.columns.size;
    const used = [...new Set(slots.subarray(0, count))].filter((slot) => slot !== UNSUPPORTED).sort((a, b) => a - b);
    for (const slot of used) {
      let entries: number[] = [];
      for (let entry = 0; entry < count; entry++) {
        if (slots[entry] !== slot) continue;
        entries.push(entry);
        if (entries.length === size) {
          yield { slot, entries };
          entries = [];
        }
      }
      if (entries.length > 0) yield { slot, entries };
    }
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Read back only when two keys hash alike. */
  private keyOf(entry: number): { type: string; id: string } {
    const { offset, length } = this.range(entry);
    const buffer = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const n = readSync(this.fd, buffer, read, length - read, offset + read);
      if (n === 0) break;
      read += n;
    }
    const parsed = parseLine(buffer.toString('utf8', 0, read), this.aliases);
    return parsed.kind === 'object' ? { type: parsed.document.type, id: parsed.document.id } : { type: '', id: '' };
  }
}

export async function indexLines({ path, registry, slots, maxObjects, aliases, wanted, onObject }: IndexInput): Promise<LineIndex> {
  const index = new LineIndex(path, aliases);
  try {
    const duplicates = new Set<string>();
    let objects = 0;
    for await (const { line, offset, length, text } of readLines(path)) {
      if (isBlank(text)) continue;
      const parsed = parseLine(text, aliases);
      if (parsed.kind === 'details') continue;
      if (++objects > maxObjects) throw badRequest(`Can't import more than ${maxObjects} objects`);
      if (parsed.kind === 'invalid') {
        if (!wanted || wanted(parsed.type, parsed.id)) index.errors.push(lineError(line, parsed.type, parsed.id, parsed.reason));
        continue;
      }
      const { document } = parsed;
      if (wanted && !wanted(document.type, document.id)) continue;
      const slot = slots.get(document.type) ?? UNSUPPORTED;
      const entry = index.add(offset, length, line, slot);
      if (index.keys.addOrGet(document.type, document.id, entry) !== undefined) {
        duplicates.add(`${document.type}:${document.id}`);
        continue;
      }
      if (slot === UNSUPPORTED) {
        const type = registry.getType(document.type);
        index.errors.push(objectError({ type, typeName: document.type, id: document.id, attributes: document.attributes, line, error: { type: 'unsupported_type' } }));
        continue;
      }
      for (const reference of document.references) index.referencedTypes.add(reference.type);
      onObject?.(document.type, document.id);
    }
    if (duplicates.size > 0) throw badRequest(`Non-unique import objects detected: [${[...duplicates].join(',')}]`);
    return index;
  } catch (error) {
    index.close();
    throw error;
  }
}
