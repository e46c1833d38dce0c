import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { withQuery } from './query.ts';

/** Where to go from a centre's roll: its counts, emergency, missing list and printable sheet. */
export function CentreLinks({ code, compact = false }: { code: string; compact?: boolean }) {
  const { t } = useI18n();
  const links = [
    { to: withQuery('/roll/counts', { centre: code }), label: t('rollLinks.counts') },
    { to: withQuery('/roll/emergency', { centre: code }), label: t('rollLinks.emergency') },
    { to: withQuery('/roll/missing', { centre: code }), label: t('rollLinks.missing') },
    // The table of several centres keeps to the three most needed; a centre's own page has all.
    ...(compact
      ? []
      : [
          { to: withQuery('/roll/sheet', { centre: code }), label: t('rollLinks.sheet') },
          { to: withQuery('/roll/out', { centre: code }), label: t('mv.links.out') },
          { to: withQuery('/roll/arrivals', { centre: code }), label: t('mv.links.arrivals') },
        ]),
  ];
  return (
    <ul className={compact ? 'roll-links roll-links-compact' : 'roll-links'} aria-label={t('rollLinks.label', { centre: code })}>
      {links.map((link) => (
        <li key={link.to}>
          <Link to={link.to} className={compact ? undefined : 'button button-secondary'}>
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
