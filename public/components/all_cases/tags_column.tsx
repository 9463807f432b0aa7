import { EuiBadge, EuiBadgeGroup, EuiToolTip } from '@elastic/eui';

const SHOWN = 3;

/**
 * A few tags inline; all of them in the tooltip (hover) and in the "+N" badge's accessible name,
 * since long lists would push the row taller. No tab stop: rows stay quick to tab through.
 */
export function TagsColumn({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span>—</span>;
  const hidden = tags.length - SHOWN;
  return (
    <EuiToolTip content={tags.join(', ')} anchorProps={{ css: { maxWidth: '100%' } }}>
      <EuiBadgeGroup gutterSize="xs" data-test-subj="case-table-column-tags">
        {tags.slice(0, SHOWN).map((tag) => (
          <EuiBadge key={tag} color="hollow" css={{ maxWidth: 120 }} data-test-subj={`case-table-column-tags-${tag}`}>
            {tag}
          </EuiBadge>
        ))}
        {hidden > 0 && (
          <EuiBadge color="hollow" aria-label={`${hidden} more tags: ${tags.slice(SHOWN).join(', ')}`} data-test-subj="case-table-column-tags-more">
            +{hidden}
          </EuiBadge>
        )}
      </EuiBadgeGroup>
    </EuiToolTip>
  );
}
