/** The columns of the Similar cases table: the case, its state, and what it shares with this one. */
import { EuiBadge, EuiBadgeGroup, type EuiBasicTableColumn } from '@elastic/eui';
import type { SimilarityObservable } from '../../../common/types/domain/observable';
import type { SimilarCase } from '../../containers/similar_cases_api';
import { CaseDetailsLink } from '../all_cases/case_details_link';
import { TagsColumn } from '../all_cases/tags_column';
import { SeverityBadge } from '../severity/severity_badge';
import { StatusBadge } from '../status/status_badge';

/** "IPv4: 203.0.113.7": each badge truncates, the whole pair stays in its title. */
export function SharedObservables({ observables }: { observables: SimilarityObservable[] }) {
  return (
    <EuiBadgeGroup gutterSize="xs" css={{ minWidth: 0 }} data-test-subj="similar-case-shared-observables">
      {observables.map(({ typeKey, typeLabel, value }) => {
        const text = `${typeLabel}: ${value}`;
        return (
          <EuiBadge key={`${typeKey}\u0000${value}`} color="hollow" title={text} css={{ maxWidth: 280 }} data-test-subj="similar-case-shared-observable">
            {text}
          </EuiBadge>
        );
      })}
    </EuiBadgeGroup>
  );
}

export const similarCasesColumns: Array<EuiBasicTableColumn<SimilarCase>> = [
  {
    field: 'title',
    name: 'Case',
    render: (title: string, similar: SimilarCase) => (
      <span css={{ overflowWrap: 'anywhere' }}>
        <CaseDetailsLink caseId={similar.id}>{title}</CaseDetailsLink>
      </span>
    ),
  },
  { field: 'status', name: 'Status', width: '110px', render: (status: SimilarCase['status']) => <StatusBadge status={status} /> },
  { field: 'severity', name: 'Severity', width: '100px', render: (severity: SimilarCase['severity']) => <SeverityBadge severity={severity} /> },
  { field: 'tags', name: 'Tags', width: '16em', render: (tags: string[]) => <TagsColumn tags={tags} /> },
  {
    name: 'Shared observables',
    render: (similar: SimilarCase) => <SharedObservables observables={similar.similarities.observables} />,
  },
];
