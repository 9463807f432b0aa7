/** A chart panel's menu: "Download JSON" always, then what the panel's owner adds ("Open visualization"). */
import { useState } from 'react';
import { EuiButtonIcon, EuiContextMenuItem, EuiContextMenuPanel, EuiPopover, type IconType } from '@elastic/eui';

export interface VisualizationAction {
  /** The end of the item's test subject: `visualization-action-<id>`. */
  id: string;
  label: string;
  iconType: string;
  onClick(): void;
}

export function VisualizationMenu({ title, actions, onDownload }: { title: string; actions: VisualizationAction[]; onDownload(): void }) {
  const [isOpen, setIsOpen] = useState(false);
  const items: VisualizationAction[] = [...actions, { id: 'download', label: 'Download JSON', iconType: 'download', onClick: onDownload }];
  return (
    <EuiPopover
      button={
        <EuiButtonIcon
          iconType="boxesVertical"
          color="text"
          aria-label={`Actions for the visualization ${title}`}
          onClick={() => setIsOpen((open) => !open)}
          data-test-subj="visualization-menu"
        />
      }
      isOpen={isOpen}
      closePopover={() => setIsOpen(false)}
      panelPaddingSize="none"
      anchorPosition="downRight"
    >
      <EuiContextMenuPanel
        items={items.map((item) => (
          <EuiContextMenuItem
            key={item.id}
            icon={item.iconType as IconType}
            onClick={() => {
              // Closed first, so a flyout the item opens gets the focus rather than the popover.
              setIsOpen(false);
              item.onClick();
            }}
            data-test-subj={`visualization-action-${item.id}`}
          >
            {item.label}
          </EuiContextMenuItem>
        ))}
      />
    </EuiPopover>
  );
}
