import type { RouteObject } from '../../router.tsx';

/** The deaths-in-custody register: their pages, included by App.tsx under the signed-in shell. */
export const deathRoutes: RouteObject[] = [];
