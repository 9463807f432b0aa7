import { type MouseEvent } from 'react';
import { EuiButton, EuiCallOut, EuiFlexGroup, EuiFlexItem } from '@elastic/eui';
import { useCore } from '../core_context';
import { getSpaceBasePath } from '../space_url';
import { type ImportWarning } from './types';

/**
 * The import's warnings (Kibana's `onImport` hooks): a note, or an action the user must take
 * (imported connectors need their secrets again) with a button to the page where it is taken,
 * in the space the objects were imported into.
 */
export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  const core = useCore();
  if (warnings.length === 0) return null;
  return (
    <EuiFlexGroup direction="column" gutterSize="s" data-test-subj="import-warnings">
      {warnings.map((warning, index) => {
        if (warning.type === 'simple') {
          return (
            <EuiFlexItem key={index}>
              <EuiCallOut size="s" color="primary" iconType="info" title={warning.message} data-test-subj="import-warning-simple" />
            </EuiFlexItem>
          );
        }
        const href = `${getSpaceBasePath(core.spaceId)}${warning.actionPath}`;
        const go = (event: MouseEvent) => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          core.navigateToUrl(href);
        };
        return (
          <EuiFlexItem key={index}>
            <EuiCallOut size="s" color="warning" iconType="warning" title={warning.message} data-test-subj="import-warning-action-required">
              <EuiButton size="s" color="warning" href={href} onClick={go} data-test-subj="import-warning-action">
                {warning.buttonLabel ?? 'Go to connectors'}
              </EuiButton>
            </EuiCallOut>
          </EuiFlexItem>
        );
      })}
    </EuiFlexGroup>
  );
}
