import { STEP_LABELS } from '../server/loading-page.ts';
import type { StartupStep } from '../server/startup.ts';
import type { CliLanguage } from './language.ts';

/** A progress line for long work (import, demo, export). */
export interface Progress {
  /** What is being done now. */
  update(text: string): void;
  /** Step `done + 1` of `total` (a step of the loading, in words). */
  step(step: StartupStep, done: number, total: number, rows?: number): void;
  /** Clears the line (call before printing the result, and on failure). */
  end(): void;
}

const SPINNER = ['|', '/', '-', '\\'];

/**
 * One line on stderr, rewritten in place (carriage return, erase line) with a spinner and the
 * seconds elapsed, when stderr is a terminal; nothing at all when it is a pipe or a file, so
 * scripts and logs get only the messages. A dozen lines of our own rather than a progress-bar
 * library: the line is all we draw, and it needs no dependency to keep up to date.
 */
export function progressLine(language: CliLanguage, stream: Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'> = process.stderr): Progress {
  if (!stream.isTTY) return { update: () => undefined, step: () => undefined, end: () => undefined };
  const started = performance.now();
  const numbers = new Intl.NumberFormat(language === 'es' ? 'es-EC' : 'en-GB');
  let text = '';
  let turn = 0;
  let shown = false;
  const draw = () => {
    const seconds = Math.floor((performance.now() - started) / 1000);
    const line = `${SPINNER[turn++ % SPINNER.length]} ${text} · ${seconds} s`;
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r\x1b[2K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
    shown = true;
  };
  const timer = setInterval(draw, 250);
  timer.unref();
  return {
    update(next) {
      text = next;
      draw();
    },
    step(step, done, total, rows = 0) {
      const label = STEP_LABELS[language][step];
      this.update(`[${Math.min(done + 1, total)}/${total}] ${label}${rows > 0 ? ` (${numbers.format(rows)})` : ''}`);
    },
    end() {
      clearInterval(timer);
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
