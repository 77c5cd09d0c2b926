import cliProgress from 'cli-progress';

export interface ProgressReporter {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * Progress on stderr: a bar when stderr is a terminal, otherwise a plain line at every tenth of the way
 * (so logs and CI output stay readable).
 */
export function progressReporter(label: string, unit = 'rows'): ProgressReporter {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit}`,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total) {
        if (!started) bar.start(total, done);
        else bar.update(done);
        started = true;
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastStep = -1;
  return {
    update(done, total) {
      const step = total ? Math.floor((done / total) * 10) : 10;
      if (step === lastStep) return;
      lastStep = step;
      process.stderr.write(`${label}: ${done}/${total} ${unit} (${step * 10}%)\n`);
    },
    stop: () => undefined,
  };
}
