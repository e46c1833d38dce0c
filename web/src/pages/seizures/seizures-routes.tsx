import type { RouteObject } from '../../router.tsx';

/** Searches and seizures: their pages, included by App.tsx under the signed-in shell. */
export const seizureRoutes: RouteObject[] = [];
