/**
 * Which `type:id` pairs a file holds, without keeping the ids: a hash table of 32-bit hashes
 * in typed arrays (outside the JS heap), each slot naming the line it came from. Equal hashes
 * of different keys are told apart by reading that line's type and id back from the file, which
 * for 500,000 objects happens a few dozen times at most.
 */
const EMPTY = -1;

/** FNV-1a over the UTF-16 code units of `type`, a separator, then `id`. */
export function hashKey(type: string, id: string): number {
  let hash = 0x811c9dc5;
  const mix = (code: number) => {
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  };
  for (let i = 0; i < type.length; i++) mix(type.charCodeAt(i));
  mix(0);
  for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
  return hash >>> 0;
}

export class ObjectKeyIndex {
  private hashes = new Uint32Array(1024);
  private entries = new Int32Array(1024).fill(EMPTY);
  private size = 0;

  /** `keyOf(entry)`: the type and id of an earlier entry, read back when two hashes are equal. */
  constructor(private readonly keyOf: (entry: number) => { type: string; id: string }) {}

  /** Records the key for `entry` unless it is there already: then the earlier entry. */
  addOrGet(type: string, id: string, entry: number): number | undefined {
    if ((this.size + 1) * 2 > this.entries.length) this.grow();
    const hash = hashKey(type, id);
    const slot = this.find(hash, type, id);
    if (this.entries[slot] !== EMPTY) return this.entries[slot];
    this.hashes[slot] = hash;
    this.entries[slot] = entry;
    this.size++;
    return undefined;
  }

  /** The entry of this key, if the file has it. */
  get(type: string, id: string): number | undefined {
    const slot = this.find(hashKey(type, id), type, id);
    return this.entries[slot] === EMPTY ? undefined : this.entries[slot];
  }

  has(type: string, id: string): boolean {
    return this.get(type, id) !== undefined;
  }

  /** The slot of the key, or the empty slot where it would go. */
  private find(hash: number, type: string, id: string): number {
    const mask = this.entries.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.entries[slot];
      if (entry === EMPTY) return slot;
      if (this.hashes[slot] === hash) {
        const key = this.keyOf(entry);
        if (key.type === type && key.id === id) return slot;
      }
    }
  }

  private grow(): void {
    const { hashes, entries } = this;
    this.hashes = new Uint32Array(entries.length * 2);
    this.entries = new Int32Array(entries.length * 2).fill(EMPTY);
    const mask = this.entries.length - 1;
    for (let i = 0; i < entries.length; i++) {
      if (entries[i] === EMPTY) continue;
      let slot = hashes[i] & mask;
      while (this.entries[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i];
      this.entries[slot] = entries[i];
    }
  }
}
