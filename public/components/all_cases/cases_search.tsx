import { EuiFieldSearch, EuiFormRow } from '@elastic/eui';
import { MAX_SEARCH_LENGTH } from '../../../common/constants';
import { searchCostError } from '../../../common/types/api/search_codec';
import { useDebouncedSearch } from '../use_debounced_search';

const withinCost = (text: string) => searchCostError(text) === undefined;

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
  const search = useDebouncedSearch(value, onSearch, withinCost);
  const costError = searchCostError(search.text);

  return (
    <EuiFormRow fullWidth isInvalid={costError !== undefined} error={costError} data-test-subj="cases-search-row">
    <EuiFieldSearch
      fullWidth
      value={search.text}
      maxLength={MAX_SEARCH_LENGTH}
      placeholder="Search cases by title, description or #number"
      aria-label="Search cases"
      isClearable
      onChange={search.onChange}
      onSearch={search.onSearch}
      isInvalid={costError !== undefined}
      data-test-subj="cases-search"
    />
    </EuiFormRow>
  );
}
