/**
 * The Files table's columns: what a responder checks before opening evidence (its name, type,
 * size and SHA-256, to compare with a sample elsewhere), when it came and from whom; then preview
 * (raster images only), download and delete.
 */
import { EuiButtonIcon, EuiCode, EuiCopy, EuiFlexGroup, EuiIcon, EuiText, EuiToolTip, type EuiBasicTableColumn } from '@elastic/eui';
import { isImageMimeType, isPreviewableImage } from '../../../common/files/mime_types';
import type { CaseFile } from '../../containers/files_api';
import { formatAbsolute, formatRelative } from '../user_actions/formatted_time';
import { fileNameOf, formatBytes } from './format_bytes';

const SHORT_HASH = 12;

function Sha256({ hash }: { hash: string | undefined }) {
  if (!hash) return <EuiText size="xs" color="subdued">—</EuiText>;
  return (
    <EuiFlexGroup gutterSize="xs" alignItems="center" responsive={false} wrap={false}>
      <EuiToolTip content={<span css={{ wordBreak: 'break-all' }}>{hash}</span>} position="top">
        <EuiCode tabIndex={0} data-test-subj="case-files-sha256">{`${hash.slice(0, SHORT_HASH)}…`}</EuiCode>
      </EuiToolTip>
      <EuiCopy textToCopy={hash} beforeMessage="Copy the SHA-256" afterMessage="Copied">
        {(copy) => <EuiButtonIcon iconType="copy" size="xs" aria-label="Copy the SHA-256" onClick={copy} data-test-subj="case-files-copy-sha256" />}
      </EuiCopy>
    </EuiFlexGroup>
  );
}

function AddedAt({ iso }: { iso: string }) {
  return (
    <EuiToolTip content={formatAbsolute(iso)} position="top">
      <time dateTime={iso} tabIndex={0} css={{ whiteSpace: 'nowrap' }}>
        {formatRelative(iso)}
      </time>
    </EuiToolTip>
  );
}

/**
 * Below the wide-table width the type goes (the name's extension and icon tell most of it): a
 * 1024 px window keeps a readable name beside the hash, date, author and actions.
 */
export const FILE_WIDE_ONLY_FIELDS: ReadonlySet<string> = new Set(['mimeType']);

export interface FileColumnsOptions {
  downloadUrl: (file: CaseFile) => string;
  onPreview: (file: CaseFile) => void;
  /** Absent when the caller may not delete (Kibana's deleteComment: delete_cases). */
  onDelete?: (file: CaseFile) => void;
}

/**
 * One custom action holding the row's buttons: EUI folds more than two actions into a menu, and
 * these three are what the row is for.
 */
function RowActions({ file, options }: { file: CaseFile; options: FileColumnsOptions }) {
  const name = fileNameOf(file);
  return (
    <EuiFlexGroup gutterSize="xs" justifyContent="flexEnd" responsive={false} wrap={false}>
      {isPreviewableImage(file.mimeType) && (
        <EuiToolTip content="Preview" position="top" disableScreenReaderOutput>
          <EuiButtonIcon iconType="eye" aria-label={`Preview ${name}`} onClick={() => options.onPreview(file)} data-test-subj="case-files-preview" />
        </EuiToolTip>
      )}
      <EuiToolTip content="Download" position="top" disableScreenReaderOutput>
        {/* A plain link with `download`: the browser saves the file, the page never renders it. */}
        <EuiButtonIcon iconType="download" href={options.downloadUrl(file)} download={name} aria-label={`Download ${name}`} data-test-subj="case-files-download" />
      </EuiToolTip>
      {options.onDelete && (
        <EuiToolTip content="Delete" position="top" disableScreenReaderOutput>
          <EuiButtonIcon iconType="trash" color="danger" aria-label={`Delete ${name}`} onClick={() => options.onDelete?.(file)} data-test-subj="case-files-delete" />
        </EuiToolTip>
      )}
    </EuiFlexGroup>
  );
}

export function fileColumns(options: FileColumnsOptions): Array<EuiBasicTableColumn<CaseFile>> {
  return [
    {
      field: 'name',
      name: 'Name',
      truncateText: true,
      render: (_name: string, file: CaseFile) => (
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false} wrap={false} css={{ minWidth: 0 }}>
          <EuiIcon type={isImageMimeType(file.mimeType) ? 'image' : 'document'} color="subdued" aria-hidden />
          <span className="eui-textTruncate" title={fileNameOf(file)} data-test-subj="case-files-name">
            {fileNameOf(file)}
          </span>
        </EuiFlexGroup>
      ),
    },
    { field: 'mimeType', name: 'Type', truncateText: true, width: '11em', render: (mime: string) => <span title={mime} data-test-subj="case-files-type">{mime}</span> },
    { field: 'size', name: 'Size', width: '6em', align: 'right', render: (size: number) => <span data-test-subj="case-files-size">{formatBytes(size)}</span> },
    { field: 'hash', name: 'SHA-256', width: '170px', render: (hash: CaseFile['hash'] | undefined) => <Sha256 hash={hash?.sha256} /> },
    { field: 'created', name: 'Added', width: '9.5em', render: (created: string) => <AddedAt iso={created} /> },
    { field: 'user', name: 'Added by', truncateText: true, width: '9em', render: (user: CaseFile['user']) => <span data-test-subj="case-files-author">{user?.name || 'Unknown'}</span> },
    { name: 'Actions', width: '110px', actions: [{ render: (file: CaseFile) => <RowActions file={file} options={options} /> }] },
  ];
}
