import { useEffect, useState, type FormEvent } from 'react';
import type { CentreTree } from '../../api-roll.ts';
import type { RollSheet } from '../../api-roll.ts';
import { Breadcrumb } from '../../components/Breadcrumb.tsx';
import { LoadState } from '../../components/LoadState.tsx';
import { Page } from '../../components/Page.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { CentrePicker, useChosenCentre } from './CentrePicker.tsx';
import { useRollSheets } from './queries.ts';
import { useSearchParam, withQuery } from './query.ts';
import { SheetWing } from './SheetWing.tsx';

/** The wings of a pavilion's sheet, each with its cells, in the estate's order. */
function wingsOf(sheet: RollSheet, tree: CentreTree) {
  const byCode = new Map(tree.locations.map((l) => [l.code, l]));
  const wings = new Map<string, { code: string; name: string; cells: RollSheet['cells'] }>();
  for (const cell of sheet.cells) {
    const parent = byCode.get(byCode.get(cell.code)?.parent ?? '');
    const wing = parent && parent.kind !== 'pavilion' ? parent : null;
    const key = wing?.code ?? sheet.pavilion.code;
    const entry = wings.get(key) ?? { code: key, name: wing?.name ?? sheet.pavilion.name, cells: [] };
    entry.cells.push(cell);
    wings.set(key, entry);
  }
  return [...wings.values()];
}

/**
 * The printable roll sheet: the names in each cell, for the officers counting on the floor; one
 * printed page per wing, with a box to tick and a line to sign.
 */
export function SheetPage() {
  const { t } = useI18n();
  const { centre } = useChosenCentre();
  const pavilion = useSearchParam('pavilion').toUpperCase();
  const { tree, sheets } = useRollSheets(centre, pavilion);

  const [choice, setChoice] = useState(pavilion);
  useEffect(() => setChoice(pavilion), [pavilion]);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(withQuery('/roll/sheet', { centre, pavilion: choice }));
  }

  const data = tree.data && sheets.data ? { tree: tree.data, sheets: sheets.data } : null;
  const pavilions = data ? data.tree.locations.filter((l) => l.kind === 'pavilion') : [];

  return (
    <Page
      title={t('sheet.title')}
      intro={data ? `${data.tree.centre.name} (${centre})` : t('sheet.intro')}
      breadcrumb={<Breadcrumb items={[{ label: t('rollView.title'), to: withQuery('/roll', { centre }) }, { label: t('sheet.title') }]} />}
      actions={
        data && data.sheets.length > 0 ? (
          <button type="button" className="button button-primary" onClick={() => window.print()}>
            {t('sheet.print')}
          </button>
        ) : undefined
      }
    >
      <div className="no-print">
        <CentrePicker path="/roll/sheet" />
        {data && pavilions.length > 0 && (
          <form className="filter-bar" onSubmit={submit} aria-label={t('sheet.filter')}>
            <SelectField
              label={t('sheet.pavilion')}
              value={choice}
              onChange={setChoice}
              placeholder={t('sheet.allPavilions')}
              options={pavilions.map((p) => ({ value: p.code, label: p.name }))}
            />
            <div className="filter-actions">
              <button type="submit" className="button button-secondary">
                {t('sheet.show')}
              </button>
            </div>
          </form>
        )}
        <p className="field-hint">{t('sheet.printHint')}</p>
      </div>
      {centre && <LoadState query={tree.data ? sheets : tree} />}
      {data && data.sheets.length === 0 && <p className="empty-state">{t('sheet.noPavilions')}</p>}
      {data && (
        <div className="roll-sheet">
          {data.sheets.map((sheet) =>
            wingsOf(sheet, data.tree).map((wing) => (
              <SheetWing key={`${sheet.pavilion.code}/${wing.code}`} sheet={sheet} wing={wing} />
            )),
          )}
        </div>
      )}
    </Page>
  );
}
