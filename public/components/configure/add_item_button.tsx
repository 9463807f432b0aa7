import { EuiButtonEmpty, EuiToolTip } from '@elastic/eui';

interface AddItemButtonProps {
  label: string;
  /** What the cap counts, for the tooltip: "custom fields". */
  noun: string;
  count: number;
  max: number;
  disabled?: boolean;
  onClick(): void;
  'data-test-subj': string;
}

/** "Add …", disabled with a tooltip that names the cap once the list is full. */
export function AddItemButton({ label, noun, count, max, disabled, onClick, 'data-test-subj': testSubj }: AddItemButtonProps) {
  const atCap = count >= max;
  const button = (
    <EuiButtonEmpty iconType="plusCircle" size="s" isDisabled={atCap || disabled} onClick={onClick} data-test-subj={testSubj}>
      {label}
    </EuiButtonEmpty>
  );
  if (!atCap) return button;
  return (
    <EuiToolTip content={`You can have at most ${max} ${noun}.`} data-test-subj={`${testSubj}-cap-tooltip`}>
      {button}
    </EuiToolTip>
  );
}
