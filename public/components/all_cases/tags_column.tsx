import { useState } from 'react';
import { EuiBadge, EuiBadgeGroup, EuiFlexGroup, EuiFlexItem, EuiPopover, EuiPopoverTitle } from '@elastic/eui';

/**
 * About what a 168 px cell holds in badge text. Counted in characters rather than measured, so a
 * row renders once with no layout pass; each badge also truncates, so a miscount costs an
 * ellipsis, never a second line.
 */
const INLINE_CHARS = 16;

/** The leading tags that fit the budget; always at least one, so a row never shows only "+N". */
export function inlineTags(tags: string[], budget = INLINE_CHARS): string[] {
  const shown: string[] = [];
  let used = 0;
  for (const tag of tags) {
    if (shown.length > 0 && used + tag.length > budget) break;
    shown.push(tag);
    used += tag.length + 2;
  }
  return shown;
}

/** One line of tags: those that fit, then "+N", which opens the whole list. */
export function TagsColumn({ tags }: { tags: string[] }) {
  const [isOpen, setIsOpen] = useState(false);
  if (tags.length === 0) return <span>—</span>;
  const shown = inlineTags(tags);
  const hidden = tags.length - shown.length;
  return (
    <EuiFlexGroup gutterSize="xs" responsive={false} wrap={false} alignItems="center" css={{ minWidth: 0 }} data-test-subj="case-table-column-tags">
      {shown.map((tag) => (
        <EuiFlexItem key={tag} grow={false} css={{ minWidth: 0 }}>
          <EuiBadge color="hollow" title={tag} data-test-subj={`case-table-column-tags-${tag}`}>
            {tag}
          </EuiBadge>
        </EuiFlexItem>
      ))}
      {hidden > 0 && (
        <EuiFlexItem grow={false}>
          <EuiPopover
            isOpen={isOpen}
            closePopover={() => setIsOpen(false)}
            panelPaddingSize="s"
            anchorPosition="downCenter"
            button={
              <EuiBadge
                color="hollow"
                onClick={() => setIsOpen((open) => !open)}
                // The name starts with the visible "+N" (WCAG 2.5.3): a voice user says what they see.
                onClickAriaLabel={`+${hidden} more tags, show all ${tags.length}`}
                data-test-subj="case-table-column-tags-more"
              >
                +{hidden}
              </EuiBadge>
            }
          >
            <EuiPopoverTitle paddingSize="s">Tags</EuiPopoverTitle>
            <EuiBadgeGroup gutterSize="xs" css={{ maxWidth: 320 }} data-test-subj="case-table-column-tags-popover">
              {tags.map((tag) => (
                <EuiBadge key={tag} color="hollow" data-test-subj={`case-table-column-tags-popover-${tag}`}>
                  {tag}
                </EuiBadge>
              ))}
            </EuiBadgeGroup>
          </EuiPopover>
        </EuiFlexItem>
      )}
    </EuiFlexGroup>
  );
}
