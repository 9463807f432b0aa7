import { EuiFieldSearch } from '@elastic/eui';
import { MAX_SEARCH_LENGTH } from '../../../common/constants';
import { useDebouncedSearch } from '../use_debounced_search';

/** Free-text search as the analyst types (one request per pause), and at once on Enter. */
export function AlertsSearch({ value, onSearch, placeholder }: { value: string; onSearch: (value: string) => void; placeholder: string }) {
  const search = useDebouncedSearch(value, onSearch);
  return (
    <EuiFieldSearch
      fullWidth
      value={search.text}
      maxLength={MAX_SEARCH_LENGTH}
      placeholder={placeholder}
      aria-label={placeholder}
      isClearable
      onChange={search.onChange}
      onSearch={search.onSearch}
      data-test-subj="alerts-search"
    />
  );
}
