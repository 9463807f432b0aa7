/** Types of files_transfer.mjs, for the TypeScript tests. */
export function seededChunks(seed: number, size: number): Generator<Buffer>;
export function measureFileTransfer(options: { main: string; size: number; seed?: number }): Promise<unknown>;
