import { useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFilePicker,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiFormRow,
  EuiSpacer,
  EuiTitle,
  useGeneratedHtmlId,
} from '@elastic/eui';
import { useCore } from '../core_context';
import { getErrorMessage } from '../http_client';
import { ConflictOptions } from './conflict_options';
import { ImportWarnings } from './import_warnings';
import { ObjectOutcomes } from './object_outcomes';
import { applyRetryAnswer, outcomeOf, overwriteRetry, pendingConflicts, skip, type Outcome } from './outcome';
import { savedObjectsApi } from './saved_objects_api';
import { useInvalidateSavedObjects } from './use_saved_objects';
import { type ConflictMode, type ImportError } from './types';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function ResultSummary({ outcome }: { outcome: Outcome }) {
  const pending = pendingConflicts(outcome).length;
  const failed = outcome.errors.length - pending - outcome.skipped.length;
  const imported = plural(outcome.successes.length, 'object imported', 'objects imported');
  if (pending === 0 && failed === 0) {
    return <EuiCallOut color="success" iconType="check" title={`Import successful: ${imported}`} data-test-subj="import-summary" />;
  }
  return (
    <EuiCallOut color={failed > 0 ? 'danger' : 'warning'} iconType="warning" title={imported} data-test-subj="import-summary">
      {pending > 0 && <p>{plural(pending, 'object already exists', 'objects already exist')}: overwrite or skip each below.</p>}
      {failed > 0 && <p>{plural(failed, 'object was', 'objects were')} not imported.</p>}
    </EuiCallOut>
  );
}

/**
 * Kibana's import flyout: an NDJSON file and what to do with objects that exist already; then
 * every object's outcome, the conflicts to overwrite or skip one by one (each overwrite a
 * `_resolve_import_errors` call with the same file), and the warnings the types raised.
 */
export function ImportFlyout({ onClose }: { onClose(): void }) {
  const core = useCore();
  const invalidate = useInvalidateSavedObjects();
  const titleId = useGeneratedHtmlId({ prefix: 'importFlyoutTitle' });
  const [file, setFile] = useState<File>();
  const [mode, setMode] = useState<ConflictMode>({ createNewCopies: false, overwrite: true });
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const wrongExtension = file !== undefined && !file.name.toLowerCase().endsWith('.ndjson');

  const runImport = async () => {
    if (!file) return;
    setBusy(true);
    setFailure(undefined);
    try {
      setOutcome(outcomeOf(await savedObjectsApi.import(core, file, mode)));
      void invalidate();
    } catch (error) {
      setFailure(getErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const overwrite = async (errors: ImportError[], destinationId?: string) => {
    if (!file || !outcome) return;
    const retries = errors.map((error) => overwriteRetry(error, destinationId));
    setBusy(true);
    try {
      const answer = await savedObjectsApi.resolveImportErrors(core, file, retries, mode.createNewCopies);
      setOutcome((current) => current && applyRetryAnswer(current, retries, answer));
      void invalidate();
    } catch (error) {
      core.toasts.addError(error, { title: 'Could not overwrite the objects' });
    } finally {
      setBusy(false);
    }
  };

  const pending = outcome ? pendingConflicts(outcome) : [];
  // Ambiguous conflicts need a destination picked: "Overwrite all" covers the plain ones.
  const plainPending = pending.filter((error) => error.error.type === 'conflict');

  return (
    <EuiFlyout onClose={onClose} size="m" ownFocus aria-labelledby={titleId} data-test-subj="import-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>Import saved objects</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {outcome ? (
          <>
            <ResultSummary outcome={outcome} />
            <EuiSpacer size="m" />
            <ImportWarnings warnings={outcome.warnings} />
            {outcome.warnings.length > 0 && <EuiSpacer size="m" />}
            <ObjectOutcomes
              outcome={outcome}
              testPrefix="import"
              busy={busy}
              onOverwrite={(error, destinationId) => void overwrite([error], destinationId)}
              onSkip={(error) => setOutcome((current) => current && skip(current, error))}
            />
          </>
        ) : (
          <>
            {failure && (
              <>
                <EuiCallOut color="danger" iconType="error" title="Could not import the file" data-test-subj="import-failure">
                  <p>{failure}</p>
                </EuiCallOut>
                <EuiSpacer size="m" />
              </>
            )}
            <EuiFormRow
              label="Select a file to import"
              isInvalid={wrongExtension}
              error={wrongExtension ? 'Choose an NDJSON export (a file ending in .ndjson).' : undefined}
              fullWidth
            >
              <EuiFilePicker
                accept=".ndjson"
                fullWidth
                display="large"
                initialPromptText="Import"
                isInvalid={wrongExtension}
                onChange={(files) => setFile(files?.[0] ?? undefined)}
                data-test-subj="import-file-picker"
              />
            </EuiFormRow>
            <EuiSpacer size="m" />
            <ConflictOptions value={mode} onChange={setMode} testPrefix="import" disabled={busy} />
          </>
        )}
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="import-close">
              {outcome ? 'Done' : 'Cancel'}
            </EuiButtonEmpty>
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            {outcome ? (
              plainPending.length > 1 && (
                <EuiButton color="warning" isLoading={busy} onClick={() => void overwrite(plainPending)} data-test-subj="import-overwrite-all">
                  Overwrite all {plainPending.length}
                </EuiButton>
              )
            ) : (
              <EuiButton fill isLoading={busy} isDisabled={!file || wrongExtension} onClick={() => void runImport()} data-test-subj="import-submit">
                Import
              </EuiButton>
            )}
          </EuiFlexItem>
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
