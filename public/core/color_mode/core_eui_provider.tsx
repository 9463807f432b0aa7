import { type ReactNode } from 'react';
import { EuiProvider } from '@elastic/eui';
import { useSystemColorMode } from './use_system_color_mode';

/**
 * Every React root on the page (shell, login, each app) wraps itself in this: context does not
 * cross roots. Only the first root owns EUI's global reset and utility classes, so they are
 * injected once.
 */
export function CoreEuiProvider({ children, isRoot = false }: { children: ReactNode; isRoot?: boolean }) {
  const colorMode = useSystemColorMode();
  return (
    <EuiProvider
      colorMode={colorMode}
      {...(isRoot ? {} : { globalStyles: false as const, utilityClasses: false as const })}
    >
      {children}
    </EuiProvider>
  );
}
