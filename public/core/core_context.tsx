import { createContext, useContext } from 'react';
import { type CoreStart } from './application_service';

const CoreContext = createContext<CoreStart | null>(null);

export const CoreContextProvider = CoreContext.Provider;

export function useCore(): CoreStart {
  const core = useContext(CoreContext);
  if (!core) throw new Error('useCore must be used inside a CoreContextProvider');
  return core;
}
