import type { Caseload, Role } from '../api.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';

export function roleKey(role: Role): MessageKey {
  return `role.${role}`;
}

export function roleNames(roles: readonly Role[], t: Translate): string {
  return roles.map((role) => t(roleKey(role))).join(', ');
}

export function caseloadText(caseload: Caseload, t: Translate): string {
  if (caseload.all) return t('caseload.all');
  if (caseload.centres.length === 0) return t('caseload.none');
  return caseload.centres.join(', ');
}
