import { createContext, useContext } from 'react';
import type { TabApi } from './api';
import type { HostContext } from './host';
import type { Me } from './types';

/** What every view needs: the API client, who is signed in, and the Teams host. */
export interface AppServices {
  api: TabApi;
  me: Me;
  host: HostContext;
  /** Browser mode: the chosen demo user (X-Dev-User), if any. */
  devUser: string | null;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside <AppContext.Provider>');
  return services;
}

/** The app's time zone (GET /api/me): "today", due dates and times are reckoned and shown in it. */
export const useTimeZone = (): string => useApp().me.timeZone;
