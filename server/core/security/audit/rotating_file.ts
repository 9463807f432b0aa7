/**
 * An append-only file written synchronously, rotated by size: before a line would take the file
 * past `maxBytes` it becomes `<path>.1`, the older ones shift up, and the oldest past `keep`
 * is dropped (log4j's numeric strategy, as Kibana's rolling-file appender has it).
 *
 * Synchronous on purpose: `append` returns once the line is in the kernel, so an answered
 * request's events survive a crash of the process (not of the machine: there is no fsync, which
 * would cost a disk flush per event). The logging libraries at hand (pino's sonic-boom, pino-roll)
 * rotate asynchronously, so rotation is done here; it is a few renames.
 *
 * A disk error never reaches the caller: it is reported through `onError` and the line is lost;
 * the next append opens the file again, so writing resumes once the disk is back.
 */
import { closeSync, fstatSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface RotatingFileOptions {
  path: string;
  maxBytes: number;
  /** Rotated files kept besides the live one; 0 keeps none. */
  keep: number;
  onError(error: Error, what: 'open' | 'write' | 'rotate'): void;
}

export interface RotatingFile {
  /** Appends `line` as is (the caller ends it with a newline); false when it could not. */
  append(line: string): boolean;
  close(): void;
}

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

export function createRotatingFile({ path, maxBytes, keep, onError }: RotatingFileOptions): RotatingFile {
  let fd: number | undefined;
  let size = 0;

  function open(): number | undefined {
    try {
      mkdirSync(dirname(path), { recursive: true });
      const opened = openSync(path, 'a', 0o600);
      size = fstatSync(opened).size;
      return opened;
    } catch (e) {
      onError(e as Error, 'open');
      return undefined;
    }
  }

  function close(): void {
    if (fd === undefined) return;
    try {
      closeSync(fd);
    } catch {
      // Already gone (the disk went away): nothing left to flush, the next append reopens.
    }
    fd = undefined;
  }

  /** `path.(keep-1)` → `path.keep`, …, `path` → `path.1`; the file at `path.keep` is overwritten. */
  function rotate(): void {
    close();
    try {
      if (keep === 0) {
        unlinkSync(path);
      } else {
        for (let i = keep - 1; i >= 1; i--) {
          try {
            renameSync(`${path}.${i}`, `${path}.${i + 1}`);
          } catch (e) {
            if (!isMissing(e)) throw e;
          }
        }
        renameSync(path, `${path}.1`);
      }
    } catch (e) {
      // Keep appending to the live file: losing the rotation beats losing the events.
      if (!isMissing(e)) onError(e as Error, 'rotate');
    }
  }

  return {
    append(line) {
      const bytes = Buffer.byteLength(line);
      fd ??= open();
      if (fd !== undefined && size > 0 && size + bytes > maxBytes) {
        rotate();
        fd = open();
      }
      if (fd === undefined) return false;
      try {
        let written = writeSync(fd, line);
        // A short write (a nearly full disk) leaves the rest of the line to write.
        if (written < bytes) {
          const buffer = Buffer.from(line);
          while (written < bytes) written += writeSync(fd, buffer, written);
        }
        size += bytes;
        return true;
      } catch (e) {
        onError(e as Error, 'write');
        close();
        return false;
      }
    },
    close,
  };
}
