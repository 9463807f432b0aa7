/** The right-hand column: who the case is for and how it is filed, each field editable, and who worked on it. */
import { EuiBadge, EuiBadgeGroup, EuiFlexGroup, EuiFlexItem, EuiHorizontalRule, EuiSpacer, EuiText, EuiTitle } from '@elastic/eui';
import type { CaseAssignee } from '../../../common/types/domain/user';
import { CategoryPicker } from '../category/category_picker';
import { TagsPicker } from '../tags/tags_picker';
import { AssigneesAvatars } from '../user_profiles/assignees_avatars';
import { AssigneesPicker } from '../user_profiles/assignees_picker';
import { UserAvatar } from '../user_profiles/user_avatar';
import { caseUserName, toUserLike } from '../user_actions/case_user';
import { AssignYourself } from './assign_yourself';
import { useCaseEdit } from './case_edit_context';
import { CaseViewConnector } from './case_view_connector';
import { CustomFieldsSection } from './custom_fields_section';
import { EditableSidebarSection } from './editable_sidebar_section';
import { Participants } from './participants';
import { SyncAlertsSwitch } from './sync_alerts_switch';

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item));
const uidsOf = (assignees: CaseAssignee[]) => assignees.map((assignee) => assignee.uid);

function Empty({ children }: { children: string }) {
  return (
    <EuiText size="s" color="subdued">
      <p>{children}</p>
    </EuiText>
  );
}

function SidebarHeading({ children }: { children: string }) {
  return (
    <>
      <EuiTitle size="xxs">
        <h3>{children}</h3>
      </EuiTitle>
      <EuiSpacer size="s" />
    </>
  );
}

export function CaseViewSidebar() {
  const { caseData } = useCaseEdit();

  return (
    <aside data-test-subj="case-view-sidebar" aria-label="Case properties">
      <section data-test-subj="case-view-reporter" aria-label="Reporter">
        <SidebarHeading>Reporter</SidebarHeading>
        <EuiFlexGroup gutterSize="s" alignItems="center" responsive={false}>
          <EuiFlexItem grow={false}>
            <UserAvatar user={toUserLike(caseData.created_by)} size="s" />
          </EuiFlexItem>
          <EuiFlexItem grow={false}>
            <EuiText size="s">{caseUserName(caseData.created_by)}</EuiText>
          </EuiFlexItem>
        </EuiFlexGroup>
        <EuiHorizontalRule margin="m" />
      </section>

      <EditableSidebarSection<CaseAssignee[]>
        field="assignees"
        title="Assignees"
        value={caseData.assignees}
        isEqual={(a, b) => sameSet(uidsOf(a), uidsOf(b))}
        toChanges={(draft) => ({ assignees: draft.map(({ uid }) => ({ uid })) })}
        renderView={(assignees) => (
          <>
            {assignees.length > 0 ? <AssigneesAvatars assignees={assignees} /> : <Empty>No one is assigned.</Empty>}
            <AssignYourself assignees={assignees} />
          </>
        )}
        renderEditor={(draft, setDraft) => <AssigneesPicker selected={draft} onChange={setDraft} />}
      />

      <EditableSidebarSection<string[]>
        field="tags"
        title="Tags"
        value={caseData.tags}
        isEqual={sameSet}
        toChanges={(draft) => ({ tags: draft })}
        renderView={(tags) =>
          tags.length > 0 ? (
            <EuiBadgeGroup gutterSize="xs" data-test-subj="case-tags">
              {tags.map((tag) => (
                <EuiBadge key={tag} color="hollow" data-test-subj={`tag-${tag}`}>
                  {tag}
                </EuiBadge>
              ))}
            </EuiBadgeGroup>
          ) : (
            <Empty>No tags.</Empty>
          )
        }
        renderEditor={(draft, setDraft) => <TagsPicker selected={draft} onChange={setDraft} />}
      />

      <EditableSidebarSection<string | null>
        field="category"
        title="Category"
        value={caseData.category}
        isEqual={(a, b) => (a ?? null) === (b ?? null)}
        toChanges={(draft) => ({ category: draft && draft.trim() ? draft.trim() : null })}
        renderView={(category) =>
          category ? (
            <EuiBadge color="hollow" data-test-subj="case-category">
              {category}
            </EuiBadge>
          ) : (
            <Empty>No category.</Empty>
          )
        }
        renderEditor={(draft, setDraft) => <CategoryPicker value={draft} onChange={setDraft} />}
      />

      <CustomFieldsSection />

      <CaseViewConnector />

      <SyncAlertsSwitch />

      <Participants caseId={caseData.id} />
    </aside>
  );
}
