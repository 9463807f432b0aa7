/**
 * The uploads in progress, waiting or refused: one row each with the file's name and size, a
 * progress bar with the real share sent, and Cancel (or Dismiss once the server has refused it,
 * its reason shown in the row).
 */
import { EuiButtonEmpty, EuiFlexGroup, EuiFlexItem, EuiIcon, EuiPanel, EuiProgress, EuiText } from '@elastic/eui';
import { formatBytes } from './format_bytes';
import type { QueuedUpload } from './use_upload_queue';

function UploadRow({ item, onCancel }: { item: QueuedUpload; onCancel: (key: string) => void }) {
  const percent = Math.round(item.progress * 100);
  const failed = item.status === 'failed';
  return (
    <EuiPanel hasBorder paddingSize="s" color={failed ? 'danger' : 'plain'} data-test-subj={`case-files-upload-${item.file.name}`}>
      <EuiFlexGroup alignItems="center" gutterSize="s" responsive={false}>
        <EuiFlexItem grow={false}>
          <EuiIcon type={failed ? 'error' : 'document'} color={failed ? 'danger' : 'subdued'} aria-hidden />
        </EuiFlexItem>
        <EuiFlexItem css={{ minWidth: 0 }}>
          <EuiText size="s" className="eui-textTruncate" title={item.file.name}>
            <strong>{item.file.name}</strong> <span>({formatBytes(item.file.size)})</span>
          </EuiText>
          {failed ? (
            <EuiText size="xs" color="danger" data-test-subj="case-files-upload-error">
              {item.error}
            </EuiText>
          ) : (
            <EuiProgress
              value={item.status === 'uploading' ? percent : 0}
              max={100}
              size="s"
              color="primary"
              valueText={item.status === 'uploading' ? `${percent}%` : 'Waiting'}
              label={item.status === 'uploading' ? 'Uploading' : 'Queued'}
              aria-label={`Upload of ${item.file.name}`}
              data-test-subj="case-files-upload-progress"
            />
          )}
        </EuiFlexItem>
        <EuiFlexItem grow={false}>
          <EuiButtonEmpty size="xs" color={failed ? 'text' : 'danger'} onClick={() => onCancel(item.key)} data-test-subj={failed ? 'case-files-upload-dismiss' : 'case-files-upload-cancel'}>
            {failed ? 'Dismiss' : 'Cancel'}
          </EuiButtonEmpty>
        </EuiFlexItem>
      </EuiFlexGroup>
    </EuiPanel>
  );
}

export function UploadQueueList({ items, onCancel }: { items: QueuedUpload[]; onCancel: (key: string) => void }) {
  if (items.length === 0) return null;
  return (
    <EuiFlexGroup direction="column" gutterSize="xs" data-test-subj="case-files-upload-queue">
      {items.map((item) => (
        <EuiFlexItem key={item.key}>
          <UploadRow item={item} onCancel={onCancel} />
        </EuiFlexItem>
      ))}
    </EuiFlexGroup>
  );
}
