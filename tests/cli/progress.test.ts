import { createProgress, formatDuration, progressLine } from '../../src/cli/progress';
import { capture } from './helpers';

describe('progress bar', () => {
  it('formats durations as m:ss and h:mm:ss', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(65.4)).toBe('1:05');
    expect(formatDuration(3600 + 120 + 7)).toBe('1:02:07');
  });

  it('shows count, rate, ETA and failures, and fits the width', () => {
    const line = progressLine(50, 200, 3, 10, 80);
    expect(line).toContain('25%');
    expect(line).toContain('50/200');
    expect(line).toContain('5.0/s');
    expect(line).toContain('ETA 0:30');
    expect(line).toContain('3 failed');
    expect(Array.from(line).length).toBeLessThan(80);
    expect(Array.from(progressLine(50, 200, 3, 10, 40)).length).toBeLessThan(40);
  });

  it('shows count and rate only when the total is unknown', () => {
    expect(progressLine(12, null, 0, 4, 80)).toBe('12 · 3.0/s');
  });

  it('redraws in place at most every 100 ms, always at the end, and erases itself', () => {
    const out = capture({ isTTY: true, columns: 80 });
    let clock = 0;
    const bar = createProgress(out, 3, () => clock);
    bar.tick(false); // 0 ms after the first draw: skipped
    clock = 150;
    bar.tick(true);
    clock = 160;
    bar.tick(false); // the last one: drawn
    bar.done();
    const frames = out.text().split('\r').filter(Boolean);
    expect(frames).toHaveLength(4);
    expect(frames[1]).toContain('2/3');
    expect(frames[1]).toContain('1 failed');
    expect(frames[2]).toContain('100%');
    expect(frames[3]).toBe('\x1b[K');
  });
});
