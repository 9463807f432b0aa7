/**
 * The spooled file, line by line and by byte range. Lines are split on the bytes themselves
 * (`\n`, a `\r` before it dropped), so each line's offset and length are exact whatever its
 * characters: the second pass reads an object back from them without scanning the file again.
 */
import { createReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

export interface SpooledLine {
  /** 1-based, counting every `\n` of the file. */
  line: number;
  /** Byte offset of the line's first byte. */
  offset: number;
  /** Bytes of the line without its `\r\n` or `\n`. */
  length: number;
  text: string;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function lineOf(bytes: Buffer, line: number, offset: number): SpooledLine {
  const length = bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.length - 1 : bytes.length;
  return { line, offset, length, text: bytes.toString('utf8', 0, length) };
}

/** Every line of the file, the last one too when it has no `\n`. */
export async function* readLines(path: string): AsyncGenerator<SpooledLine> {
  let line = 0;
  let lineStart = 0;
  let consumed = 0;
  let partial: Buffer[] = [];
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let end = chunk.indexOf(NEWLINE, from); end !== -1; end = chunk.indexOf(NEWLINE, from)) {
      const piece = chunk.subarray(from, end);
      const bytes = partial.length === 0 ? piece : Buffer.concat([...partial, piece]);
      partial = [];
      yield lineOf(bytes, ++line, lineStart);
      lineStart = consumed + end + 1;
      from = end + 1;
    }
    if (from < chunk.length) partial.push(chunk.subarray(from));
    consumed += chunk.length;
  }
  if (partial.length > 0) yield lineOf(Buffer.concat(partial), ++line, lineStart);
}

export interface ByteRange {
  offset: number;
  length: number;
}

/** Ranges closer than this are read together, the gap read and dropped. */
const MAX_GAP = 64 * 1024;
/** No single read is larger than this unless one line is. */
const MAX_SPAN = 8 * 1024 * 1024;

/**
 * The text of each range, in the order given. Neighbouring ranges (a batch is usually a run
 * of adjacent lines) are read with one call.
 */
export async function readRanges(file: FileHandle, ranges: readonly ByteRange[]): Promise<string[]> {
  const order = ranges.map((_, i) => i).sort((a, b) => ranges[a].offset - ranges[b].offset);
  const texts = new Array<string>(ranges.length);
  let i = 0;
  while (i < order.length) {
    const first = ranges[order[i]];
    let end = first.offset + first.length;
    let j = i + 1;
    while (j < order.length) {
      const next = ranges[order[j]];
      const nextEnd = Math.max(end, next.offset + next.length);
      if (next.offset - end > MAX_GAP || nextEnd - first.offset > MAX_SPAN) break;
      end = nextEnd;
      j++;
    }
    const buffer = Buffer.allocUnsafe(end - first.offset);
    let read = 0;
    while (read < buffer.length) {
      const { bytesRead } = await file.read(buffer, read, buffer.length - read, first.offset + read);
      if (bytesRead === 0) throw new Error('The spooled import file ended before an indexed line');
      read += bytesRead;
    }
    for (let k = i; k < j; k++) {
      const range = ranges[order[k]];
      const start = range.offset - first.offset;
      texts[order[k]] = buffer.toString('utf8', start, start + range.length);
    }
    i = j;
  }
  return texts;
}
