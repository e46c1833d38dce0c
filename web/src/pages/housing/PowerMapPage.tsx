import { useCallback } from 'react';
import { api } from '../../api.ts';
import { housingApi } from '../../api-housing.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { useI18n } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { PavilionPowerPanel } from './PavilionPowerPanel.tsx';

/** Who holds each pavilion of a centre: members by group, the dominant group, leaders and rivals present. */
export function PowerMapPage({ code }: { code: string }) {
  const { t, formatWhen } = useI18n();
  const fetchMap = useCallback(
    () => Promise.all([housingApi.powerMap(code), api.centre(code)]).then(([map, centre]) => ({ map, centre })),
    [code],
  );
  const [load, reload] = useLoad(fetchMap, code);
  const name = load.status === 'ready' ? load.data.centre.name : code;
  const withGroups = load.status === 'ready' ? load.data.map.pavilions.filter((p) => p.affiliated > 0) : [];
  const without = load.status === 'ready' ? load.data.map.pavilions.filter((p) => p.affiliated === 0) : [];

  return (
    <Page
      title={t('powerMap.titleCentre', { centre: code })}
      heading={t('powerMap.title')}
      intro={load.status === 'ready' ? t('powerMap.intro', { centre: name, when: formatWhen(load.data.map.at) }) : undefined}
      breadcrumb={
        <Breadcrumb
          items={[{ label: t('centres.title'), to: '/centres' }, { label: code, to: `/centres/${encodeURIComponent(code)}` }, { label: t('powerMap.title') }]}
        />
      }
    >
      <LoadState load={load} retry={reload} />
      {load.status === 'ready' && (
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
