import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useCentreOf, useCentreZone } from '../../queries.ts';
import { PavilionPowerPanel } from './PavilionPowerPanel.tsx';
import { usePowerMap } from './queries.ts';

/** Who holds each pavilion of a centre: members by group, the dominant group, leaders and rivals present. */
export function PowerMapPage({ code }: { code: string }) {
  const { t, formatWhen } = useI18n();
  const powerMap = usePowerMap(code);
  const map = powerMap.data;
  const name = useCentreOf(code)?.name ?? code;
  const timeZone = useCentreZone(code);
  const withGroups = map?.pavilions.filter((p) => p.affiliated > 0) ?? [];
  const without = map?.pavilions.filter((p) => p.affiliated === 0) ?? [];

  return (
    <Page
      title={t('powerMap.titleCentre', { centre: code })}
      heading={t('powerMap.title')}
      intro={map ? t('powerMap.intro', { centre: name, when: formatWhen(map.at, timeZone) }) : undefined}
      breadcrumb={
        <Breadcrumb
          items={[{ label: t('centres.title'), to: '/centres' }, { label: code, to: `/centres/${encodeURIComponent(code)}` }, { label: t('powerMap.title') }]}
        />
      }
    >
      <LoadState query={powerMap} />
      {map && (
        <>
          <p className="field-hint">{t('powerMap.rule')}</p>
          {withGroups.length === 0 && <p className="empty-state">{t('powerMap.none')}</p>}
          {withGroups.map((p) => (
            <PavilionPowerPanel key={p.code} pavilion={p} />
          ))}
          {without.length > 0 && (
            <p className="muted" data-testid="pavilions-without-groups">
              {t('powerMap.without', { pavilions: without.map((p) => p.name).join(', ') })}
            </p>
          )}
        </>
      )}
    </Page>
  );
}
