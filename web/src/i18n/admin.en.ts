import type { AdminMessages } from './admin.es.ts';

/** The English texts of administration, the forced password change and date inputs: every key of the Spanish ones. */
export const adminEn: AdminMessages = {
  'users.editAccess': 'Roles and caseload',
  'users.resetPassword': 'Reset password',
  'users.confirmReset': "Reset {username}'s password? Their sessions will end and they must choose a new one when they log in.",
  'users.confirmResetYes': 'Yes, reset',
  'users.resetTitle': 'One-time password for {username}',
  'users.resetText':
    'Hand it to the person by a safe means. It is shown only now: Custodia does not keep it in clear. When they log in with it, they must choose their own password before doing anything else. Their open sessions have ended.',
  'users.resetDone': "{username}'s password has been reset.",
  'users.verifyOnly': 'You can check that the audit log is intact: that no entry has been deleted, altered or rewritten.',

  'access.title': "{username}'s roles and caseload",
  'access.review': 'Review changes',
  'access.reviewTitle': "Confirm {username}'s changes",
  'access.reviewHint': "Each change applies at the user's next action and is recorded in the audit log.",
  'access.nothingChanged': 'Nothing has changed.',
  'access.fromTo': 'from "{from}" to "{to}"',
  'access.confirm': 'Confirm changes',
  'access.saving': 'Saving…',
  'access.back': 'Back to editing',
  'access.cancel': 'Cancel',
  'access.done': "{username}'s roles or caseload have been changed.",

  'password.forcedTitle': 'You must change your password.',
  'password.forcedText':
    'An administrator gave you a one-time password. Type it below and choose a new one: until then Custodia lets you do nothing else.',
  'password.oneTime': 'One-time password',

  'dateInput.pattern': 'Format: {pattern}.',
  'dateInput.dayFormat': 'Type the date as DD/MM/YYYY, for example 05/12/2026.',
  'dateInput.timeFormat': 'Type the date and time as DD/MM/YYYY HH:MM, for example 05/12/2026 14:30.',

  'audit.filterFrom': 'From day',
  'audit.filterTo': 'To day (included)',
  'audit.filterDatesHint': "Days on the chosen centre's clock; without a centre, on mainland Ecuador's.",
  'audit.filterOrder': 'The last day cannot come before the first.',
  'audit.filterCentre': 'Centre',
  'audit.filterAllCentres': 'All',
  'audit.filterNoCentre': 'No centre (national)',
  'audit.filterAllActions': 'All actions',
  'audit.filterActorHint': 'Exact username.',
  'audit.subjectId': 'Identifier',
  'audit.page': 'Page {page}',
  'audit.newer': 'Newer',
  'audit.older': 'Older',
  'audit.pagerLabel': 'Pages of the audit log',

  'auditAction.user.password_reset': 'Password reset by an administrator',
  'auditAction.emergency.location_verified': 'Location checked during an emergency',
  'auditAction.person.description_changed': 'Physical description changed',
  'auditAction.person.photo_recorded': 'Photograph recorded',
  'auditSubject.audit': 'Audit log',
};
