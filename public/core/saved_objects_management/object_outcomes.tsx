import { useState } from 'react';
import { EuiBadge, EuiButton, EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiIcon, EuiSelect, EuiText, EuiToolTip } from '@elastic/eui';
import { objectKey, type Outcome } from './outcome';
import { objectTitle, relatedCount, typeIcon } from './type_display';
import { type ImportError, type ImportSuccess } from './types';

interface ObjectOutcomesProps {
  outcome: Outcome;
  /** `import` or `copy-<space>`: the rows' subjects start with it. */
  testPrefix: string;
  busy: boolean;
  /** Overwrite one conflict; an ambiguous one at the destination the user picked. */
  onOverwrite(error: ImportError, destinationId?: string): void;
  onSkip(error: ImportError): void;
}

function successLabel(success: ImportSuccess): { label: string; color: string } {
  if (success.overwrite) return { label: 'Overwritten', color: 'warning' };
  if (success.destinationId) return { label: 'New copy', color: 'primary' };
  return { label: 'Created', color: 'success' };
}

function ObjectCell({ object }: { object: { type: string; id: string; meta?: { title?: string } } }) {
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
      <EuiFlexItem grow={false}>
        <EuiToolTip content={object.type}>
          <EuiIcon type={typeIcon(object.type)} aria-label={object.type} />
        </EuiToolTip>
      </EuiFlexItem>
      <EuiFlexItem>
        <EuiText size="s">{objectTitle(object)}</EuiText>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

/** Why an object was not imported, in words, with its line of the file when the server says it. */
function errorText(error: ImportError): string {
  const line = error.line ? ` (line ${error.line})` : '';
  switch (error.error.type) {
    case 'conflict':
      return error.error.destinationId && error.error.destinationId !== error.id
        ? `A copy of this object exists already, under the ID ${error.error.destinationId}. Overwrite it?`
        : 'An object with this ID already exists. Overwrite it?';
    case 'ambiguous_conflict':
      return `${error.error.destinations.length} existing objects match it. Pick the one to overwrite.`;
    case 'missing_references':
      return `Missing references: ${error.error.references.map((ref) => `${ref.type} [id=${ref.id}]`).join(', ')}${line}`;
    case 'unsupported_type':
      return `Unsupported type: objects of type ${error.type} cannot be imported${line}`;
    case 'unknown':
      return `${error.error.message}${line}`;
  }
}

function ConflictActions({ error, busy, testSubj, onOverwrite, onSkip }: { error: ImportError; busy: boolean; testSubj: string } & Pick<ObjectOutcomesProps, 'onOverwrite' | 'onSkip'>) {
  const destinations = error.error.type === 'ambiguous_conflict' ? error.error.destinations : [];
  const [destinationId, setDestinationId] = useState(destinations[0]?.id);
  return (
    <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
      {destinations.length > 0 && (
        <EuiFlexItem grow={false}>
          <EuiSelect
            compressed
            aria-label="Object to overwrite"
            value={destinationId}
            onChange={(event) => setDestinationId(event.target.value)}
            options={destinations.map((destination) => ({ value: destination.id, text: `${destination.title ?? destination.id} (${destination.id})` }))}
            data-test-subj={`${testSubj}-destination`}
          />
        </EuiFlexItem>
      )}
      <EuiFlexItem grow={false}>
        <EuiButtonEmpty size="s" isDisabled={busy} onClick={() => onSkip(error)} data-test-subj={`${testSubj}-skip`}>
          Skip
        </EuiButtonEmpty>
      </EuiFlexItem>
      <EuiFlexItem grow={false}>
        <EuiButton size="s" color="warning" isDisabled={busy} onClick={() => onOverwrite(error, destinations.length > 0 ? destinationId : undefined)} data-test-subj={`${testSubj}-overwrite`}>
          Overwrite
        </EuiButton>
      </EuiFlexItem>
    </EuiFlexGroup>
  );
}

/**
 * Objects without a title of their own that travel with others (a case's comments and activity)
 * are counted per type and outcome on one row each: listed one by one they bury the cases.
 */
function groupRelated(successes: ImportSuccess[]): { titled: ImportSuccess[]; related: Array<{ type: string; label: string; color: string; count: number }> } {
  const titled: ImportSuccess[] = [];
  const related = new Map<string, { type: string; label: string; color: string; count: number }>();
  for (const success of successes) {
    if (success.meta?.title !== undefined) {
      titled.push(success);
      continue;
    }
    const { label, color } = successLabel(success);
    const key = `${success.type}\u0000${label}`;
    const group = related.get(key) ?? { type: success.type, label, color, count: 0 };
    group.count += 1;
    related.set(key, group);
  }
  return { titled, related: [...related.values()] };
}

/** Every object of the answer: what was written and how, then what was not and why. */
export function ObjectOutcomes({ outcome, testPrefix, busy, onOverwrite, onSkip }: ObjectOutcomesProps) {
  const { titled, related } = groupRelated(outcome.successes);
  return (
    <EuiFlexGroup direction="column" gutterSize="s" data-test-subj={`${testPrefix}-objects`}>
      {titled.map((success) => {
        const { label, color } = successLabel(success);
        return (
          <EuiFlexItem key={`ok-${objectKey(success)}`} data-test-subj={`${testPrefix}-success-${objectKey(success)}`}>
            <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
              <EuiFlexItem>
                <ObjectCell object={success} />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiBadge color={color}>{label}</EuiBadge>
              </EuiFlexItem>
            </EuiFlexGroup>
          </EuiFlexItem>
        );
      })}
      {related.map((group) => (
        <EuiFlexItem key={`related-${group.type}-${group.label}`} data-test-subj={`${testPrefix}-related-${group.type}`}>
          <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
            <EuiFlexItem>
              <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
                <EuiFlexItem grow={false}>
                  <EuiIcon type={typeIcon(group.type)} aria-hidden />
                </EuiFlexItem>
                <EuiFlexItem>
                  <EuiText size="s">{relatedCount(group.type, group.count)}</EuiText>
                </EuiFlexItem>
              </EuiFlexGroup>
            </EuiFlexItem>
            <EuiFlexItem grow={false}>
              <EuiBadge color={group.color}>{group.label}</EuiBadge>
            </EuiFlexItem>
          </EuiFlexGroup>
        </EuiFlexItem>
      ))}
      {outcome.errors.map((error) => {
        const key = objectKey(error);
        const testSubj = `${testPrefix}-error-${key}`;
        const skipped = outcome.skipped.includes(key);
        const conflict = error.error.type === 'conflict' || error.error.type === 'ambiguous_conflict';
        return (
          <EuiFlexItem key={`error-${key}`} data-test-subj={testSubj}>
            <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap>
              <EuiFlexItem>
                <ObjectCell object={error} />
                <EuiText size="xs" color={conflict ? 'warning' : 'danger'}>
                  {skipped ? 'Skipped: the existing object was kept.' : errorText(error)}
                </EuiText>
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                {conflict && !skipped ? (
                  <ConflictActions error={error} busy={busy} testSubj={testSubj} onOverwrite={onOverwrite} onSkip={onSkip} />
                ) : (
                  <EuiBadge color={skipped ? 'default' : 'danger'}>{skipped ? 'Skipped' : 'Error'}</EuiBadge>
                )}
              </EuiFlexItem>
            </EuiFlexGroup>
          </EuiFlexItem>
        );
      })}
    </EuiFlexGroup>
  );
}
