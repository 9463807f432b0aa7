import type { ReactNode } from 'react';
import { EuiButtonIcon, EuiFlexGroup, EuiFlexItem, EuiPanel, EuiSpacer, EuiText } from '@elastic/eui';

interface ConfigurationItemListProps<T extends { key: string }> {
  items: T[];
  /** The item's name, for the buttons' accessible labels: "Edit Severity score". */
  nameOf(item: T): string;
  renderItem(item: T): ReactNode;
  onEdit(item: T): void;
  onDelete(item: T): void;
  emptyText: string;
  disabled?: boolean;
  /** Prefix of every test subject: `${prefix}-${key}`, `${prefix}-edit-${key}`, `${prefix}-delete-${key}`. */
  testSubjPrefix: string;
}

/** The list of a section (custom fields, templates, observable types): one panel per entry, with edit and delete. */
export function ConfigurationItemList<T extends { key: string }>(props: ConfigurationItemListProps<T>) {
  const { items, nameOf, renderItem, onEdit, onDelete, emptyText, disabled, testSubjPrefix } = props;
  if (items.length === 0) {
    return (
      <EuiText size="s" color="subdued" data-test-subj={`${testSubjPrefix}-empty`}>
        <p>{emptyText}</p>
      </EuiText>
    );
  }
  return (
    <div data-test-subj={`${testSubjPrefix}-list`}>
      {items.map((item, index) => (
        <div key={item.key}>
          {index > 0 && <EuiSpacer size="s" />}
          <EuiPanel hasBorder paddingSize="s" data-test-subj={`${testSubjPrefix}-${item.key}`}>
            <EuiFlexGroup alignItems="center" gutterSize="s" responsive={false}>
              <EuiFlexItem css={{ minWidth: 0 }}>{renderItem(item)}</EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButtonIcon
                  iconType="pencil"
                  aria-label={`Edit ${nameOf(item)}`}
                  isDisabled={disabled}
                  onClick={() => onEdit(item)}
                  data-test-subj={`${testSubjPrefix}-edit-${item.key}`}
                />
              </EuiFlexItem>
              <EuiFlexItem grow={false}>
                <EuiButtonIcon
                  iconType="trash"
                  color="danger"
                  aria-label={`Delete ${nameOf(item)}`}
                  isDisabled={disabled}
                  onClick={() => onDelete(item)}
                  data-test-subj={`${testSubjPrefix}-delete-${item.key}`}
                />
              </EuiFlexItem>
            </EuiFlexGroup>
          </EuiPanel>
        </div>
      ))}
    </div>
  );
}
