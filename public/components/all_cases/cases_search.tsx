import { useEffect, useRef, useState } from 'react';
import { EuiFieldSearch, EuiFormRow } from '@elastic/eui';
import { MAX_SEARCH_LENGTH } from '../../../common/constants';
import { searchCostError } from '../../../common/types/api/search_codec';

const DEBOUNCE_MS = 300;

interface CasesSearchProps {
  value: string;
  onSearch: (value: string) => void;
}

/**
 * Searches as the analyst types (debounced so one word is one request), and at once on Enter.
 * The text is sent as typed: the server reads `#42` as case number 42. A search past the
 * server's cost bounds (too many terms, a one-letter `a*`) is not sent: the box says why, with
 * the same check the server runs, and the list keeps showing the last search.
 */
export function CasesSearch({ value, onSearch }: CasesSearchProps) {
  const [text, setText] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const latestOnSearch = useRef(onSearch);
  latestOnSearch.current = onSearch;

  // The URL can change under the box (clear filters, back button): show what is applied.
  useEffect(() => setText(value), [value]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const costError = searchCostError(text);
  const commit = (next: string) => {
    clearTimeout(timer.current);
    if (next !== value && searchCostError(next) === undefined) latestOnSearch.current(next);
  };

  return (
    <EuiFormRow fullWidth isInvalid={costError !== undefined} error={costError} data-test-subj="cases-search-row">
    <EuiFieldSearch
      fullWidth
      value={text}
      maxLength={MAX_SEARCH_LENGTH}
      placeholder="Search cases by title, description or #number"
      aria-label="Search cases"
      isClearable
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        clearTimeout(timer.current);
        timer.current = setTimeout(() => commit(next), DEBOUNCE_MS);
      }}
      onSearch={(next) => commit(next)}
      isInvalid={costError !== undefined}
      data-test-subj="cases-search"
    />
    </EuiFormRow>
  );
}
