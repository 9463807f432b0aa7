/**
 * The Observables section of the case's Attachments tab: the case's observables filtered by the
 * tab's search text, how many other cases hold each, a search of every case of the space for a
 * value, the switch that extracts observables from attached alerts, and (for a caller who may
 * update the case) add, edit and delete.
 */
import { useEffect, useMemo, useState } from 'react';
import { EuiSpacer } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import type { CaseObservable } from '../../../common/types/domain/observable';
import { useObservableCounts } from '../../containers/use_observable_search';
import { useCaseEdit } from '../case_view/case_edit_context';
import { DeleteObservableModal } from './delete_observable_modal';
import { filterObservables } from './filter_observables';
import { ObservableFormFlyout } from './observable_form_flyout';
import { ObservableSearchFlyout } from './observable_search_flyout';
import { ObservablesTable } from './observables_table';
import { ObservablesToolbar } from './observables_toolbar';
import { useObservableTypes } from './use_observable_types';

type Editing = { kind: 'add' } | { kind: 'edit'; observable: CaseObservable } | { kind: 'delete'; observable: CaseObservable } | null;

export function CaseObservablesTab({ caseData, search }: { caseData: Case; search: string }) {
  const { permissions } = useCaseEdit();
  const types = useObservableTypes(caseData.owner);
  const [editing, setEditing] = useState<Editing>(null);
  const [searchValue, setSearchValue] = useState<string | null>(null);
  const observables = useMemo(() => caseData.observables ?? [], [caseData.observables]);
  const shown = useMemo(() => filterObservables(observables, search, types.labelOf), [observables, search, types]);
  const counts = useObservableCounts(caseData.id, observables.map((observable) => observable.value));

  // A link in the search flyout opens another case in this same view: nothing of this one stays open.
  useEffect(() => {
    setEditing(null);
    setSearchValue(null);
  }, [caseData.id]);

  const canEdit = permissions.update;
  return (
    <section aria-label="Observables" data-test-subj="case-observables-tab">
      <ObservablesToolbar
        total={observables.length}
        shown={shown.length}
        onSearchAllCases={setSearchValue}
        onAdd={canEdit ? () => setEditing({ kind: 'add' }) : undefined}
      />
      <EuiSpacer size="m" />
      <ObservablesTable
        observables={shown}
        labelOf={types.labelOf}
        seenIn={(observable) => counts.data?.counts[observable.value]}
        onSearchValue={setSearchValue}
        onEdit={canEdit ? (observable) => setEditing({ kind: 'edit', observable }) : undefined}
        onDelete={canEdit ? (observable) => setEditing({ kind: 'delete', observable }) : undefined}
        noItemsMessage={
          observables.length === 0
            ? 'No observables yet. Add the IPs, domains, hashes and other indicators of this case, or turn on extraction to collect them from the alerts you attach.'
            : 'No observable of this case matches the search.'
        }
      />
      {editing?.kind === 'add' && <ObservableFormFlyout caseId={caseData.id} types={types} onClose={() => setEditing(null)} />}
      {editing?.kind === 'edit' && <ObservableFormFlyout caseId={caseData.id} types={types} observable={editing.observable} onClose={() => setEditing(null)} />}
      {editing?.kind === 'delete' && (
        <DeleteObservableModal caseId={caseData.id} observable={editing.observable} typeLabel={types.labelOf(editing.observable.typeKey)} onClose={() => setEditing(null)} />
      )}
      {searchValue !== null && <ObservableSearchFlyout value={searchValue} currentCaseId={caseData.id} labelOf={types.labelOf} onClose={() => setSearchValue(null)} />}
    </section>
  );
}
