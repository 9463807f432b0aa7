/**
 * Files reach the upload queue two ways: the "Upload files" button (a native file dialog, several
 * files at once) and dropping them anywhere on the Files section, which is outlined while files
 * are dragged over it. Only files count: dragged text or links are ignored.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { EuiButton, EuiIcon, EuiPanel, EuiText, useEuiTheme } from '@elastic/eui';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function UploadFilesButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <EuiButton size="s" iconType="upload" onClick={() => input.current?.click()} data-test-subj="case-files-upload-button">
        Upload files
      </EuiButton>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        aria-label="Files to attach to the case"
        onChange={(event) => {
          onFiles(Array.from(event.target.files ?? []));
          // Cleared so that choosing the same file again (after a refusal) still fires a change.
          event.target.value = '';
        }}
        data-test-subj="case-files-input"
      />
    </>
  );
}

export function FileDropZone({ enabled, onFiles, children }: { enabled: boolean; onFiles: (files: File[]) => void; children: ReactNode }) {
  const { euiTheme } = useEuiTheme();
  // Entering a child fires dragenter on it before dragleave on the parent: count, not flag.
  const depth = useRef(0);
  const [isDragging, setIsDragging] = useState(false);
  if (!enabled) return <>{children}</>;

  const onDragEnter = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth.current += 1;
    setIsDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    // Without this the browser opens the dropped file in place of the page.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onDragLeave = () => {
    depth.current = Math.max(0, depth.current - 1);
    if (depth.current === 0) setIsDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    depth.current = 0;
    setIsDragging(false);
    onFiles(Array.from(event.dataTransfer?.files ?? []));
  };

  return (
    <div
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
      data-test-subj="case-files-drop-zone"
      data-dragging={isDragging || undefined}
      css={{
        position: 'relative',
        borderRadius: euiTheme.border.radius.medium,
        outline: isDragging ? `${euiTheme.border.width.thick} dashed ${euiTheme.colors.primary}` : 'none',
        outlineOffset: euiTheme.size.xs,
        backgroundColor: isDragging ? euiTheme.colors.backgroundBasePrimary : undefined,
      }}
    >
      {children}
      {isDragging && (
        <div css={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none', zIndex: 1 }}>
          <EuiPanel hasShadow paddingSize="m" data-test-subj="case-files-drop-hint">
            <EuiText size="s" textAlign="center">
              <EuiIcon type="upload" color="primary" size="l" aria-hidden />
              <p>Drop the files to attach them to this case</p>
            </EuiText>
          </EuiPanel>
        </div>
      )}
    </div>
  );
}
