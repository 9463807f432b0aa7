import { useState, type ReactNode } from 'react';
import { EuiFilterButton, EuiPopover, EuiPopoverTitle, EuiSelectable, type EuiSelectableOption } from '@elastic/eui';

export interface FilterOption {
  key: string;
  label: string;
  /** Shown instead of the label in the list (a badge, an avatar); search still matches the label. */
  render?: ReactNode;
}

interface MultiSelectFilterProps {
  /** Called as the list opens: options that cost a server aggregation load only then. */
  onOpen?: () => void;
  id: string;
  label: string;
  options: FilterOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  isLoading?: boolean;
  /**
   * How many values there are to pick from, shown on the button. Left out while unknown (not
   * loaded yet, or a server search): no number is better than a wrong 0.
   */
  optionsCount?: number;
  /** Set when the options come from a server search of what is typed, rather than a fixed list. */
  onSearchChange?: (search: string) => void;
}

type Option = EuiSelectableOption<{ key: string; render?: ReactNode }>;

const testSubjKey = (key: string) => key.split(' ').join('-');

/**
 * A filter button with a searchable checklist, as in Kibana's cases list. A selected value the
 * server no longer knows (a deleted tag in an old link) still shows, so it can be unchecked.
 */
export function MultiSelectFilter({ id, label, options, selected, onChange, isLoading = false, optionsCount, onSearchChange, onOpen }: MultiSelectFilterProps) {
  const [isOpen, setIsOpen] = useState(false);
  const known = new Set(options.map((option) => option.key));
  const all: FilterOption[] = [...options, ...selected.filter((key) => !known.has(key)).map((key) => ({ key, label: key }))];
  const selectableOptions: Option[] = all.map((option) => ({
    key: option.key,
    label: option.label,
    render: option.render,
    checked: selected.includes(option.key) ? 'on' : undefined,
    'data-test-subj': `options-filter-popover-item-${testSubjKey(option.key)}`,
  }));

  return (
    <EuiPopover
      ownFocus
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      panelPaddingSize="none"
      repositionOnScroll
      data-test-subj={`options-filter-popover-${id}`}
      panelProps={{ 'data-test-subj': `options-filter-popover-panel-${id}` }}
      button={
        <EuiFilterButton
          iconType="chevronSingleDown"
          onClick={() => {
            if (!isOpen) onOpen?.();
            setIsOpen(!isOpen);
          }}
          isSelected={isOpen}
          numFilters={optionsCount}
          hasActiveFilters={selected.length > 0}
          numActiveFilters={selected.length}
          data-test-subj={`options-filter-popover-button-${id}`}
        >
          {label}
        </EuiFilterButton>
      }
    >
      <EuiSelectable<{ key: string; render?: ReactNode }>
        options={selectableOptions}
        searchable
        isLoading={isLoading}
        isPreFiltered={onSearchChange !== undefined}
        searchProps={{
          placeholder: `Search ${label.toLowerCase()}`,
          'data-test-subj': `${id}-search-input`,
          ...(onSearchChange ? { onChange: (value: string) => onSearchChange(value) } : {}),
        }}
        emptyMessage="No options available"
        noMatchesMessage="No options match the search"
        renderOption={(option) => option.render ?? option.label}
        onChange={(next) => onChange(next.filter((option) => option.checked === 'on').map((option) => option.key as string))}
      >
        {(list, search) => (
          <div css={{ width: 300 }}>
            <EuiPopoverTitle paddingSize="s">{search}</EuiPopoverTitle>
            {list}
          </div>
        )}
      </EuiSelectable>
    </EuiPopover>
  );
}
