import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { type AppMountParameters } from '../core/application_service';
import { CoreEuiProvider } from '../core/color_mode/core_eui_provider';
import { CoreContextProvider } from '../core/core_context';
import { createQueryClient } from '../core/query_client';
import { CasesHomePage } from './cases_home_page';

/** The cases app's root: its own query cache and a router scoped to the app's base path. */
export function CasesApp({ appBasePath, core }: Pick<AppMountParameters, 'appBasePath' | 'core'>) {
  const [queryClient] = useState(createQueryClient);
  return (
    <CoreEuiProvider>
      <QueryClientProvider client={queryClient}>
        <CoreContextProvider value={core}>
          <BrowserRouter basename={appBasePath} future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>
            <Routes>
              <Route path="*" element={<CasesHomePage />} />
            </Routes>
          </BrowserRouter>
        </CoreContextProvider>
      </QueryClientProvider>
    </CoreEuiProvider>
  );
}
