import { useSyncExternalStore } from 'react';
import { subscribe } from '../../router.tsx';

/** The query string of the address, kept current across navigations (links, back and forward). */
function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

/** One parameter of the address's query string ('' when absent). */
export function useSearchParam(name: string): string {
  return new URLSearchParams(useSearch()).get(name) ?? '';
}

/** A path with a query string of the non-empty values. */
export function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
