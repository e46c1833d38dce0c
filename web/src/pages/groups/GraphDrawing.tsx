import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { useEffect, useRef, useState } from 'react';
import type { GroupGraphView } from '../../../../src/modules/groups/schemas.ts';
import { useI18n } from '../../i18n/index.ts';
import { navigate } from '../../router.tsx';
import { groupPath } from './paths.ts';

/** The colours of the legend (housing.css) and of the drawing: one meaning each. */
export const EDGE_COLOURS = { rival: '#b42318', allied: '#1e7b3c', faction_of: '#7d8897' } as const;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': '#dbe4f0',
      'border-color': '#1d4e89',
      'border-width': 2,
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(name)',
      color: '#1b2430',
      'font-family': 'system-ui, sans-serif',
      'font-size': 14,
      'font-weight': 600,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '96px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  { selector: 'node[leaders > 0]', style: { 'border-width': 4 } },
  { selector: 'edge', style: { width: 3, 'curve-style': 'bezier' } },
  { selector: 'edge[kind = "rival"]', style: { 'line-color': EDGE_COLOURS.rival } },
  { selector: 'edge[kind = "allied"]', style: { 'line-color': EDGE_COLOURS.allied } },
  {
    selector: 'edge[kind = "faction_of"]',
    style: {
      'line-color': EDGE_COLOURS.faction_of,
      'line-style': 'dashed',
      width: 2,
      'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_COLOURS.faction_of,
    },
  },
  { selector: 'edge[confidence = "possible"]', style: { opacity: 0.55 } },
];

/**
 * Node diameters grow with the square root of the members, so that areas compare. The layout
 * starts from a circle in code order, so that the same graph is drawn the same way each time.
 */
function elements(graph: GroupGraphView): ElementDefinition[] {
  const most = Math.max(1, ...graph.nodes.map((n) => n.members));
  const order = [...graph.nodes].sort((a, b) => a.code.localeCompare(b.code));
  const radius = 60 * order.length;
  return [
    ...order.map((n, i) => ({
      group: 'nodes' as const,
      data: { id: n.code, name: n.name, members: n.members, leaders: n.leaders, size: Math.round(30 + 70 * Math.sqrt(n.members / most)) },
      position: { x: radius * Math.cos((2 * Math.PI * i) / order.length), y: radius * Math.sin((2 * Math.PI * i) / order.length) },
    })),
    ...graph.edges.map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, confidence: e.confidence ?? 'confirmed' },
    })),
  ];
}

/**
 * The network of groups drawn with Cytoscape (on canvas, loaded on demand): a node per group
 * sized by its members, an edge per relation in force. Clicking a group opens its page. The
 * same facts are in the tables under the drawing, for screen readers and printing.
 */
export function GraphDrawing({ graph }: { graph: GroupGraphView }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    let cy: Core | null = null;
    let current = true;
    setStatus('loading');
    import('cytoscape').then(
      ({ default: cytoscape }) => {
        if (!current || !container.current) return;
        cy = cytoscape({
          container: container.current,
          elements: elements(graph),
          style: STYLE,
          layout: {
            name: 'cose',
            animate: false,
            randomize: false,
            padding: 30,
            nodeDimensionsIncludeLabels: true,
            nodeRepulsion: () => 120_000,
            idealEdgeLength: () => 70,
            edgeElasticity: () => 120,
            gravity: 1,
            componentSpacing: 60,
            numIter: 2000,
          },
          boxSelectionEnabled: false,
          autoungrabify: true,
          maxZoom: 2.5,
          minZoom: 0.3,
        });
        cy.on('tap', 'node', (event) => navigate(groupPath(String(event.target.id()))));
        const canvas = container.current;
        cy.on('mouseover', 'node', () => canvas.classList.add('graph-pointer'));
        cy.on('mouseout', 'node', () => canvas.classList.remove('graph-pointer'));
        setStatus('ready');
      },
      () => current && setStatus('failed'),
    );
    return () => {
      current = false;
      cy?.destroy();
    };
  }, [graph]);

  return (
    <div className="graph-frame">
      <div
        ref={container}
        className="graph-canvas"
        data-testid="group-graph"
        data-nodes={graph.nodes.length}
        data-edges={graph.edges.length}
        data-ready={status === 'ready'}
        role="img"
        aria-label={t('graph.drawingLabel', { nodes: graph.nodes.length, edges: graph.edges.length })}
      />
      {status === 'loading' && (
        <p className="loading graph-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {status === 'failed' && <p className="inline-error graph-status">{t('graph.failed')}</p>}
      <ul className="legend-list graph-legend" aria-label={t('graph.legend')}>
        <li>
          <span className="legend-swatch legend-node" aria-hidden="true" /> {t('graph.legendNode')}
        </li>
        <li>
          <span className="legend-line legend-rival" aria-hidden="true" /> {t('groupRelation.rival')}
        </li>
        <li>
          <span className="legend-line legend-allied" aria-hidden="true" /> {t('groupRelation.allied')}
        </li>
        <li>
          <span className="legend-line legend-faction" aria-hidden="true" /> {t('graph.legendFaction')}
        </li>
        <li>{t('graph.legendClick')}</li>
      </ul>
    </div>
  );
}
