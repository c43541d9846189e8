import type { CliOutput } from './io.js';

/** A one-line progress bar redrawn in place on a terminal: done/total, rate and ETA. */
export interface Progress {
  tick(failed: boolean): void;
  /** Erases the bar. */
  done(): void;
}

const REDRAW_MS = 100;

/** Formats seconds as m:ss or h:mm:ss. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The text of the bar for `done` of `total` after `elapsed` seconds, fitted to `width` columns. */
export function progressLine(done: number, total: number | null, failed: number, elapsed: number, width: number): string {
  const rate = elapsed > 0 ? done / elapsed : 0;
  const parts = [`${done}${total !== null ? `/${total}` : ''}`, `${rate.toFixed(1)}/s`];
  if (total !== null && rate > 0) parts.push(`ETA ${formatDuration((total - done) / rate)}`);
  if (failed > 0) parts.push(`${failed} failed`);
  const info = parts.join(' · ');
  if (total === null || total === 0) return info.slice(0, width - 1);
  const barWidth = Math.max(10, Math.min(40, width - info.length - 8));
  const filled = Math.round((done / total) * barWidth);
  const percent = `${Math.floor((done / total) * 100)}%`.padStart(4);
  return `${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)} ${percent} ${info}`.slice(0, width - 1);
}

/** A progress bar on `out` (stderr); `now` is injectable for tests. */
export function createProgress(out: CliOutput, total: number | null, now: () => number = Date.now): Progress {
  const started = now();
  let done = 0;
  let failed = 0;
  let drawn = 0;
  const draw = () => {
    out.write(`\r${progressLine(done, total, failed, (now() - started) / 1000, out.columns ?? 80)}\x1b[K`);
    drawn = now();
  };
  draw();
  return {
    tick(isFailure) {
      done++;
      if (isFailure) failed++;
      if (now() - drawn >= REDRAW_MS || done === total) draw();
    },
    done() {
      out.write('\r\x1b[K');
    },
  };
}
