import { memo } from 'react';
import { EuiMarkdownFormat } from '@elastic/eui';
import { safeParsingPlugins, safeProcessingPlugins } from './markdown_plugins';

export interface MarkdownRendererProps {
  children: string;
  'data-test-subj'?: string;
}

/** Renders user-written markdown (descriptions, comments) with no raw HTML and no script links. */
export const MarkdownRenderer = memo(function MarkdownRenderer({ children, 'data-test-subj': dataTestSubj = 'markdownRenderer' }: MarkdownRendererProps) {
  return (
    <EuiMarkdownFormat
      textSize="s"
      parsingPluginList={safeParsingPlugins}
      processingPluginList={safeProcessingPlugins}
      data-test-subj={dataTestSubj}
    >
      {children}
    </EuiMarkdownFormat>
  );
});
