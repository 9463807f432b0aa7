import { useState } from 'react';
import { EuiFilterButton, EuiFilterGroup, EuiPopover, EuiSelectable } from '@elastic/eui';
import { typeDisplayName } from './type_display';
import { type AllowedType } from './types';

/** The Type filter of Kibana's search bar: none ticked lists every type. */
export function TypeFilter({ types, selected, onChange }: { types: AllowedType[]; selected: string[]; onChange(selected: string[]): void }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <EuiFilterGroup>
      <EuiPopover
        isOpen={isOpen}
        closePopover={() => setIsOpen(false)}
        panelPaddingSize="none"
        button={
          <EuiFilterButton
            iconType="chevronSingleDown"
            onClick={() => setIsOpen((open) => !open)}
            isSelected={isOpen}
            hasActiveFilters={selected.length > 0}
            numActiveFilters={selected.length}
            numFilters={types.length}
            data-test-subj="saved-objects-type-filter"
          >
            Type
          </EuiFilterButton>
        }
      >
        <EuiSelectable
          aria-label="Types"
          options={types.map((type) => ({
            key: type.name,
            label: typeDisplayName(type.name, types),
            checked: selected.includes(type.name) ? 'on' : undefined,
            'data-test-subj': `saved-objects-type-option-${type.name}`,
          }))}
          onChange={(options) => onChange(options.filter((option) => option.checked === 'on').map((option) => option.key!))}
          listProps={{ bordered: false }}
        >
          {(list) => <div style={{ width: 240 }}>{list}</div>}
        </EuiSelectable>
      </EuiPopover>
    </EuiFilterGroup>
  );
}
