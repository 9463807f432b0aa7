/**
 * The case's Attachments tab, as Kibana 9.3 groups them: one search box over everything the case
 * holds (alert and event ids, file names, observable values, indicators), and a section per kind
 * whose selector shows how many the case holds, or how many match while searching. The section
 * is in the URL (`?tabId=alerts`), so older links open the table they always did.
 */
import { useState } from 'react';
import { EuiFieldSearch, EuiSpacer, EuiTab, EuiTabs } from '@elastic/eui';
import type { Case } from '../../../common/types/domain/case';
import { CaseAlertsTab } from '../case_alerts/case_alerts_tab';
import { CaseEventsTab } from '../case_alerts/case_events_tab';
import { CaseFilesTab } from '../case_files/case_files_tab';
import { CaseIndicatorsTab } from '../case_indicators/case_indicators_tab';
import { CaseObservablesTab } from '../case_observables/case_observables_tab';
import { CountBadge } from '../case_view/case_view_tabs';
import { ATTACHMENT_SECTIONS, type AttachmentSectionId } from '../case_view/use_case_view_tab';
import { useDebouncedSearch } from '../use_debounced_search';
import { useSectionCounts } from './use_section_counts';
import { ownerFeaturesOf } from '../../../common/owners/kibana_owner_features';

const SECTION_NAMES: Record<AttachmentSectionId, string> = {
  alerts: 'Alerts',
  events: 'Events',
  files: 'Files',
  observables: 'Observables',
  indicators: 'Indicators',
};

function SectionContent({ section, caseData, search }: { section: AttachmentSectionId; caseData: Case; search: string }) {
  switch (section) {
    case 'alerts':
      return <CaseAlertsTab caseData={caseData} search={search} />;
    case 'events':
      return <CaseEventsTab caseData={caseData} search={search} />;
    case 'files':
      return <CaseFilesTab caseData={caseData} search={search} />;
    case 'observables':
      return <CaseObservablesTab caseData={caseData} search={search} />;
    case 'indicators':
      return <CaseIndicatorsTab caseData={caseData} search={search} />;
  }
}

export function CaseAttachmentsTab({ caseData, section, onSectionChange }: { caseData: Case; section: AttachmentSectionId; onSectionChange: (section: AttachmentSectionId) => void }) {
  const [search, setSearch] = useState('');
  const box = useDebouncedSearch(search, setSearch);
  const counts = useSectionCounts(caseData, search);
  // An owner without observables (Kibana's Observability) shows no Observables section.
  const sections = ATTACHMENT_SECTIONS.filter((id) => id !== 'observables' || ownerFeaturesOf(caseData.owner).observables.enabled);
  const shown = sections.includes(section) ? section : sections[0];
  return (
    <section aria-label="Attachments of this case" data-test-subj="case-view-attachments">
      <EuiFieldSearch
        fullWidth
        placeholder="Search observables, alert and event ids, file names"
        value={box.text}
        onChange={box.onChange}
        onSearch={box.onSearch}
        isClearable
        aria-label="Search the attachments of this case"
        data-test-subj="case-attachments-search"
      />
      <EuiSpacer size="m" />
      <EuiTabs size="s" data-test-subj="case-attachments-sections">
        {sections.map((id) => {
          const count = counts[id];
          return (
            <EuiTab key={id} isSelected={shown === id} onClick={() => onSectionChange(id)} data-test-subj={`case-view-tab-title-${id}`}>
              {SECTION_NAMES[id]}
              {count !== undefined && <CountBadge count={count} isSelected={shown === id} testSubj={`case-view-${id}-stats-badge`} />}
            </EuiTab>
          );
        })}
      </EuiTabs>
      <EuiSpacer size="l" />
      <div data-test-subj={`case-view-tab-content-${shown}`}>
        <SectionContent section={shown} caseData={caseData} search={search} />
      </div>
    </section>
  );
}
