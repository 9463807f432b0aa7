/**
 * Brings the first field the form marks invalid into view and gives it focus, so a refused submit
 * says where to look even when the field is below the fold. EUI marks an invalid row's control
 * (and its label, which cannot take focus) with `aria-invalid`; a control that is not marked is
 * reached through its row's error text.
 */
export function focusFirstInvalidField(formId: string): void {
  const form = document.getElementById(formId);
  if (!form) return;
  const invalid = form.querySelector<HTMLElement>('[aria-invalid="true"]:not(label)');
  const target = invalid ?? form.querySelector<HTMLElement>('.euiFormErrorText')?.closest('.euiFormRow')?.querySelector<HTMLElement>('input, textarea, button') ?? null;
  if (!target) return;
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
}
