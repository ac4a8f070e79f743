import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AppStore, UiState } from './store';

export const StoreContext = createContext<AppStore | null>(null);

/** Reads the app store with a selector (selectors must return stable values, as zustand 5 asks). */
export function useApp<T>(selector: (s: UiState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext missing');
  return useStore(store, selector);
}

export function useActions(): UiState['actions'] {
  return useApp((s) => s.actions);
}
