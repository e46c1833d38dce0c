import { Fragment, useMemo, useState, type ReactNode } from 'react';
import type { LocationSummary } from '../../api-roll.ts';
import { StatusBadge } from '../../components/BandBadge.tsx';
import { useI18n } from '../../i18n/index.ts';
import { Link } from '../../router.tsx';
import { compareLocations, LocationCells, LocationHead } from './LocationColumns.tsx';

interface Node {
  location: LocationSummary;
  children: Node[];
}

function buildTree(locations: LocationSummary[]): Node[] {
  const nodes = new Map<string, Node>(locations.map((l) => [l.code, { location: l, children: [] }]));
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const parent = node.location.parent ? nodes.get(node.location.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const order = (list: Node[]) => {
    list.sort((a, b) => compareLocations(a.location, b.location));
    for (const n of list) order(n.children);
  };
  order(roots);
  return roots;
}

/** Open at first: the locations whose children are not all cells (pavilions show their wings). */
function initiallyOpen(nodes: Node[]): Set<string> {
  const open = new Set<string>();
  const visit = (list: Node[]) => {
    for (const n of list) {
      if (n.children.some((c) => c.location.kind !== 'cell')) open.add(n.location.code);
      visit(n.children);
    }
  };
  visit(nodes);
  return open;
}

function allWithChildren(nodes: Node[]): Set<string> {
  const codes = new Set<string>();
  const visit = (list: Node[]) => {
    for (const n of list) {
      if (n.children.length > 0) codes.add(n.location.code);
      visit(n.children);
    }
  };
  visit(nodes);
  return codes;
}

/**
 * A centre's locations as an expandable tree in a table: pavilions open on their wings, wings
 * open on their cells. Each row links to its location's page.
 */
export function LocationTree({ locations, caption }: { locations: LocationSummary[]; caption: string }) {
  const { t } = useI18n();
  const roots = useMemo(() => buildTree(locations), [locations]);
  const [open, setOpen] = useState<Set<string>>(() => initiallyOpen(roots));

  const toggle = (code: string) => {
    const next = new Set(open);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setOpen(next);
  };

  const rows = (list: Node[], level: number): ReactNode =>
    list.map((node) => {
      const l = node.location;
      const expanded = open.has(l.code);
      return (
        <Fragment key={l.code}>
          <tr className={`tree-row tree-level-${Math.min(level, 3)} ${l.status !== 'active' ? 'row-inactive' : ''}`} data-location={l.code}>
            <th scope="row">
              <span className="tree-cell">
                {node.children.length > 0 ? (
                  <button
                    type="button"
                    className="tree-toggle"
                    aria-expanded={expanded}
                    aria-label={t(expanded ? 'tree.collapse' : 'tree.expand', { name: l.name, count: node.children.length })}
                    onClick={() => toggle(l.code)}
                  >
                    <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
                  </button>
                ) : (
                  <span className="tree-spacer" aria-hidden="true" />
                )}
                <span className="tree-label">
                  <Link to={`/locations/${encodeURIComponent(l.code)}`}>{l.name}</Link>
                  {l.status !== 'active' && (
                    <>
                      {' '}
                      <StatusBadge status={l.status} />
                    </>
                  )}
                  <span className="code-note">
                    {t(`locationKind.${l.kind}`)} · {l.code}
                  </span>
                </span>
              </span>
            </th>
            <LocationCells location={l} compact />
          </tr>
          {expanded && rows(node.children, level + 1)}
        </Fragment>
      );
    });

  return (
    <>
      <div className="table-tools">
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(allWithChildren(roots))}>
          {t('tree.expandAll')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setOpen(initiallyOpen(roots))}>
          {t('tree.collapseCells')}
        </button>
      </div>
      <div className="table-wrap">
        <table className="data-table data-table-compact tree-table">
          <caption>{caption}</caption>
          <LocationHead first={t('location.location')} compact />
          <tbody>{rows(roots, 1)}</tbody>
        </table>
      </div>
    </>
  );
}
