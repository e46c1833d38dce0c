/** The address of a group's page. */
export function groupPath(code: string): string {
  return `/groups/${encodeURIComponent(code)}`;
}
