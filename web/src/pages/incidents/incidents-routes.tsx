import type { RouteObject } from '../../router.tsx';

/** Incident reports: their pages, included by App.tsx under the signed-in shell. */
export const incidentRoutes: RouteObject[] = [];
