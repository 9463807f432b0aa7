import { renderHook } from '@testing-library/react';
import { getColorSchemeListenerCount, setSystemDarkMode } from '../test_helpers/system_color_scheme';
import { useSystemColorMode } from './use_system_color_mode';

describe('useSystemColorMode', () => {
  it('starts from the OS preference', () => {
    setSystemDarkMode(true);
    const { result } = renderHook(() => useSystemColorMode());
    expect(result.current).toBe('dark');
  });

  it('follows the OS preference live and stops listening on unmount', () => {
    const { result, unmount } = renderHook(() => useSystemColorMode());
    expect(result.current).toBe('light');
    setSystemDarkMode(true);
    expect(result.current).toBe('dark');
    setSystemDarkMode(false);
    expect(result.current).toBe('light');
    unmount();
    expect(getColorSchemeListenerCount()).toBe(0);
  });
});
