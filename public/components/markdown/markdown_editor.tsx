import { EuiMarkdownEditor } from '@elastic/eui';
import { safeParsingPlugins, safeProcessingPlugins, safeUiPlugins } from './markdown_plugins';

export interface MarkdownEditorProps {
  value: string;
  onChange(value: string): void;
  ariaLabel: string;
  'data-test-subj'?: string;
  height?: number | 'full';
  /** Shown in the editor's footer, as EUI shows parse errors. */
  errors?: string[];
  placeholder?: string;
  /** Set by an enclosing EuiFormRow so that its label and error text point at the textarea. */
  id?: string;
  'aria-describedby'?: string;
  readOnly?: boolean;
}

const NO_ERRORS: string[] = [];

/** Markdown input with a preview that renders exactly as MarkdownRenderer will. */
export function MarkdownEditor({
  value,
  onChange,
  ariaLabel,
  'data-test-subj': dataTestSubj = 'markdownEditor',
  height = 200,
  errors = NO_ERRORS,
  placeholder,
  id,
  'aria-describedby': ariaDescribedBy,
  readOnly,
}: MarkdownEditorProps) {
  return (
    <EuiMarkdownEditor
      aria-label={ariaLabel}
      aria-describedby={ariaDescribedBy}
      editorId={id}
      value={value}
      onChange={onChange}
      height={height}
      errors={errors}
      placeholder={placeholder}
      readOnly={readOnly}
      parsingPluginList={safeParsingPlugins}
      processingPluginList={safeProcessingPlugins}
      uiPlugins={safeUiPlugins}
      data-test-subj={dataTestSubj}
    />
  );
}
