/**
 * Files waiting to be attached to a case, sent one after the other (one upload at a time keeps
 * the progress honest and the server's per-case file count checked in order). A finished file
 * leaves the queue (it is in the listing then); a refused one stays with the server's reason
 * until dismissed; a cancelled one simply goes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { getErrorMessage, useCore } from '../../core';
import { isAbortError, uploadCaseFile, type UploadHandle } from '../../containers/files_api';
import { useInvalidateCaseFiles } from '../../containers/use_case_files';
import { useGetConfigurationLimits } from '../../containers/use_get_configuration_limits';
import { sizeRefusal } from './size_check';

export interface QueuedUpload {
  key: string;
  file: File;
  status: 'queued' | 'uploading' | 'failed';
  /** Share of the body sent, 0 to 1. */
  progress: number;
  error?: string;
}

let sequence = 0;

export function useUploadQueue(caseId: string) {
  const { http, toasts } = useCore();
  const invalidate = useInvalidateCaseFiles();
  const limits = useGetConfigurationLimits().files;
  const [items, setItems] = useState<QueuedUpload[]>([]);
  const current = useRef<{ key: string; handle: UploadHandle } | null>(null);

  const update = useCallback((key: string, patch: Partial<QueuedUpload>) => setItems((list) => list.map((item) => (item.key === key ? { ...item, ...patch } : item))), []);
  const remove = useCallback((key: string) => setItems((list) => list.filter((item) => item.key !== key)), []);

  const start = useCallback(
    (next: QueuedUpload) => {
      const { key, file } = next;
      const handle = uploadCaseFile({ spaceId: http.spaceId, caseId, file, onProgress: (progress) => update(key, { progress }) });
      current.current = { key, handle };
      update(key, { status: 'uploading', progress: 0 });
      handle.result.then(
        () => {
          current.current = null;
          remove(key);
          toasts.addSuccess({ title: `Attached ${file.name} to the case`, 'data-test-subj': 'case-files-uploaded-toast' });
          void invalidate();
        },
        (error: unknown) => {
          current.current = null;
          if (isAbortError(error)) {
            remove(key);
            return;
          }
          update(key, { status: 'failed', error: getErrorMessage(error) });
          toasts.addError(error, { title: `Could not upload ${file.name}` });
        },
      );
    },
    [caseId, http.spaceId, invalidate, remove, toasts, update],
  );

  // Each change of the queue (a file added, one settled) may free the single upload slot.
  useEffect(() => {
    if (current.current) return;
    const next = items.find((item) => item.status === 'queued');
    if (next) start(next);
  }, [items, start]);

  // Leaving the case (or the section) stops the upload: nothing would show its outcome, and the
  // server removes what an aborted upload wrote.
  useEffect(() => () => current.current?.handle.abort(), []);

  const add = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      // A file past the caps is refused here with the server's words, and never sent.
      const queued = files.map((file): QueuedUpload => {
        const refusal = sizeRefusal(file, limits);
        return { key: `upload-${(sequence += 1)}`, file, status: refusal ? 'failed' : 'queued', progress: 0, ...(refusal ? { error: refusal } : {}) };
      });
      setItems((list) => [...list, ...queued]);
    },
    [limits],
  );

  /** Stops the file's upload if it is running; takes it off the queue otherwise. */
  const cancel = useCallback(
    (key: string) => {
      if (current.current?.key === key) current.current.handle.abort();
      else remove(key);
    },
    [remove],
  );

  return { items, add, cancel };
}
