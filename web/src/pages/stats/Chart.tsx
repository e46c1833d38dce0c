import type * as Plot from '@observablehq/plot';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/index.ts';

/**
 * One chart drawn by Observable Plot (SVG, with an accessible name and description on the SVG
 * root). The library is loaded on demand, the first time a chart is shown, so that the pages
 * without charts do not carry it. Every chart of the statistics pages comes with a table of the
 * same figures (ChartPanel), which is what screen readers and spreadsheets read.
 */

export type PlotLibrary = typeof Plot;

let loading: Promise<PlotLibrary> | null = null;

function loadPlot(): Promise<PlotLibrary> {
  loading ??= import('@observablehq/plot').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

interface ChartProps {
  /** Draws the chart at `width` pixels (the box's width, or `fixedWidth`). */
  draw: (plot: PlotLibrary, width: number) => Element;
  /** The accessible name of the drawing. */
  label: string;
  /** A fixed width (the printed report), instead of the box's. */
  fixedWidth?: number;
  /** Never narrower than this (a wide table of cells): the box scrolls sideways on a phone. */
  minWidth?: number;
  /** Redrawn when this changes (the data and the language, as text). */
  signature: string;
}

export function Chart({ draw, label, fixedWidth, minWidth = 280, signature }: ChartProps) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(fixedWidth ?? 0);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const drawRef = useRef(draw);
  drawRef.current = draw;

  useEffect(() => {
    if (fixedWidth) return;
    const element = box.current;
    if (!element) return;
    // Redrawn once the width has settled, and only for a real change (not a scrollbar's few pixels).
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setWidth((current) => (Math.abs(current - element.clientWidth) > 24 ? Math.round(element.clientWidth) : current)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [fixedWidth]);

  useEffect(() => {
    const element = box.current;
    if (!element || width <= 0) return;
    let cancelled = false;
    loadPlot().then(
      (plot) => {
        if (cancelled) return;
        const drawing = drawRef.current(plot, Math.max(width, minWidth));
        element.querySelector('.chart-drawing')?.replaceChildren(drawing);
        setState('ready');
      },
      () => {
        if (!cancelled) setState('failed');
      },
    );
    return () => {
      cancelled = true;
    };
  }, [width, minWidth, signature, label]);

  return (
    <div className="chart" ref={box}>
      <div className="chart-drawing" role="img" aria-label={label} />
      {state === 'loading' && (
        <p className="loading" role="status">
          {t('stats.chart.loading')}
        </p>
      )}
      {state === 'failed' && <p className="muted">{t('stats.chart.failed')}</p>}
    </div>
  );
}
