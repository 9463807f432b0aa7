import { useState } from 'react';
import {
  EuiButton,
  EuiButtonEmpty,
  EuiCallOut,
  EuiFlexGroup,
  EuiFlexItem,
  EuiFlyout,
  EuiFlyoutBody,
  EuiFlyoutFooter,
  EuiFlyoutHeader,
  EuiFormRow,
  EuiPanel,
  EuiSelectable,
  EuiSpacer,
  EuiSwitch,
  EuiText,
  EuiTitle,
  useGeneratedHtmlId,
  type EuiSelectableOption,
} from '@elastic/eui';
import { useSpaces } from '../containers/use_spaces';
import { useCore } from '../core_context';
import { getErrorMessage } from '../http_client';
import { ConflictOptions } from './conflict_options';
import { ObjectOutcomes } from './object_outcomes';
import { applyRetryAnswer, outcomeOf, overwriteRetry, pendingConflicts, skip, type Outcome } from './outcome';
import { savedObjectsApi } from './saved_objects_api';
import { objectTitle } from './type_display';
import { type ConflictMode, type ImportError, type ObjectRef } from './types';

interface CopyToSpaceFlyoutProps {
  objects: Array<ObjectRef & { meta?: { title?: string } }>;
  onClose(): void;
}

function SpaceResult({ name, outcome, testPrefix, busy, onOverwrite, onSkip }: { name: string; outcome: Outcome; testPrefix: string; busy: boolean } & Pick<Parameters<typeof ObjectOutcomes>[0], 'onOverwrite' | 'onSkip'>) {
  const pending = pendingConflicts(outcome).length;
  const failed = outcome.errors.length - pending - outcome.skipped.length;
  return (
    <EuiPanel hasBorder paddingSize="m" data-test-subj={testPrefix}>
      <EuiTitle size="xs">
        <h3>{name}</h3>
      </EuiTitle>
      <EuiText size="s" color={failed > 0 ? 'danger' : 'subdued'} data-test-subj={`${testPrefix}-summary`}>
        <p>
          {outcome.successes.length} copied
          {pending > 0 ? `, ${pending} to resolve` : ''}
          {failed > 0 ? `, ${failed} failed` : ''}
        </p>
      </EuiText>
      <EuiSpacer size="s" />
      <ObjectOutcomes outcome={outcome} testPrefix={testPrefix} busy={busy} onOverwrite={onOverwrite} onSkip={onSkip} />
    </EuiPanel>
  );
}

/**
 * Kibana's "Copy to space": the objects (and, by default, what they reference) go into the
 * spaces picked, as new copies unless the user asks to check for existing ones; each space
 * answers on its own, and its conflicts are overwritten or skipped one by one.
 */
export function CopyToSpaceFlyout({ objects, onClose }: CopyToSpaceFlyoutProps) {
  const core = useCore();
  const spaces = useSpaces();
  const titleId = useGeneratedHtmlId({ prefix: 'copyFlyoutTitle' });
  const [selected, setSelected] = useState<string[]>([]);
  const [mode, setMode] = useState<ConflictMode>({ createNewCopies: true, overwrite: true });
  const [includeReferences, setIncludeReferences] = useState(true);
  const [results, setResults] = useState<Record<string, Outcome>>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();

  const targets = (spaces.data ?? []).filter((space) => space.id !== core.spaceId);
  const spaceName = (id: string) => targets.find((space) => space.id === id)?.name ?? id;
  const refs = objects.map(({ type, id }) => ({ type, id }));
  const options: EuiSelectableOption[] = targets.map((space) => ({
    key: space.id,
    label: space.name,
    checked: selected.includes(space.id) ? 'on' : undefined,
    'data-test-subj': `copy-space-option-${space.id}`,
  }));

  const copy = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const answer = await savedObjectsApi.copyToSpaces(core.http, { spaces: selected, objects: refs, includeReferences, ...mode });
      setResults(Object.fromEntries(selected.map((id) => [id, outcomeOf(answer[id] ?? { success: false, successCount: 0 })])));
    } catch (error) {
      setFailure(getErrorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const overwrite = async (spaceId: string, error: ImportError, destinationId?: string) => {
    const retries = [overwriteRetry(error, destinationId)];
    setBusy(true);
    try {
      const answer = await savedObjectsApi.resolveCopyErrors(core.http, { retries: { [spaceId]: retries }, objects: refs, includeReferences, createNewCopies: mode.createNewCopies });
      setResults((current) => current && { ...current, [spaceId]: applyRetryAnswer(current[spaceId]!, retries, answer[spaceId] ?? { success: false, successCount: 0 }) });
    } catch (caught) {
      core.toasts.addError(caught, { title: 'Could not overwrite the object' });
    } finally {
      setBusy(false);
    }
  };

  const skipIn = (spaceId: string, error: ImportError) => setResults((current) => current && { ...current, [spaceId]: skip(current[spaceId]!, error) });

  const what = objects.length === 1 ? `'${objectTitle(objects[0]!)}'` : `${objects.length} objects`;

  return (
    <EuiFlyout onClose={onClose} size="m" ownFocus aria-labelledby={titleId} data-test-subj="copy-to-space-flyout">
      <EuiFlyoutHeader hasBorder>
        <EuiTitle size="m">
          <h2 id={titleId}>Copy {what} to spaces</h2>
        </EuiTitle>
      </EuiFlyoutHeader>
      <EuiFlyoutBody>
        {results ? (
          <EuiFlexGroup direction="column" gutterSize="m">
            {Object.entries(results).map(([spaceId, outcome]) => (
              <EuiFlexItem key={spaceId}>
                <SpaceResult
                  name={spaceName(spaceId)}
                  outcome={outcome}
                  testPrefix={`copy-result-${spaceId}`}
                  busy={busy}
                  onOverwrite={(error, destinationId) => void overwrite(spaceId, error, destinationId)}
                  onSkip={(error) => skipIn(spaceId, error)}
                />
              </EuiFlexItem>
            ))}
          </EuiFlexGroup>
        ) : (
          <>
            {failure && (
              <>
                <EuiCallOut color="danger" iconType="error" title="Could not copy the objects" data-test-subj="copy-failure">
                  <p>{failure}</p>
                </EuiCallOut>
                <EuiSpacer size="m" />
              </>
            )}
            <ConflictOptions value={mode} onChange={setMode} testPrefix="copy" disabled={busy} />
            <EuiSpacer size="m" />
            <EuiSwitch
              label="Include related objects"
              checked={includeReferences}
              disabled={busy}
              onChange={(event) => setIncludeReferences(event.target.checked)}
              data-test-subj="copy-include-related"
            />
            <EuiSpacer size="m" />
            <EuiFormRow label="Select spaces" fullWidth helpText="The objects are copied into each space you pick.">
              <EuiSelectable
                aria-label="Spaces to copy into"
                searchable
                isLoading={spaces.isLoading}
                options={options}
                onChange={(next) => setSelected(next.filter((option) => option.checked === 'on').map((option) => option.key!))}
                emptyMessage="There is no other space to copy into."
                listProps={{ bordered: true }}
                data-test-subj="copy-space-selector"
              >
                {(list, search) => (
                  <>
                    {search}
                    {list}
                  </>
                )}
              </EuiSelectable>
            </EuiFormRow>
          </>
        )}
      </EuiFlyoutBody>
      <EuiFlyoutFooter>
        <EuiFlexGroup justifyContent="spaceBetween" responsive={false}>
          <EuiFlexItem grow={false}>
            <EuiButtonEmpty onClick={onClose} data-test-subj="copy-close">
              {results ? 'Done' : 'Cancel'}
            </EuiButtonEmpty>
          </EuiFlexItem>
          {!results && (
            <EuiFlexItem grow={false}>
              <EuiButton fill iconType="copy" isLoading={busy} isDisabled={selected.length === 0} onClick={() => void copy()} data-test-subj="copy-submit">
                {selected.length > 1 ? `Copy to ${selected.length} spaces` : 'Copy to space'}
              </EuiButton>
            </EuiFlexItem>
          )}
        </EuiFlexGroup>
      </EuiFlyoutFooter>
    </EuiFlyout>
  );
}
