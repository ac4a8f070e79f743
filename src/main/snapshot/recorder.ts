// What a capture keeps: every answer the checklist got from the phone, in the order it came, with
// its exit status and duration, the manifest's bytes and the log window around the restart. The
// checklist steps hand their answers here when a run records (see ../checklist/engine.ts); the
// snapshot is built from it at the end (./capture.ts).
import type { ShellResult } from '../adb/shell';
import type { PhoneSnapshot, SnapshotCommand } from '../../shared/snapshot';

export type RecordedManifest = NonNullable<PhoneSnapshot['manifest']>;
export type RecordedLogWindow = NonNullable<PhoneSnapshot['logWindow']>;

export class SnapshotRecorder {
  readonly startedAt = Date.now();
  readonly commands: SnapshotCommand[] = [];
  adb?: PhoneSnapshot['adb'];
  manifest?: RecordedManifest;
  logWindow?: RecordedLogWindow;

  command(result: ShellResult): void {
    this.commands.push({
      command: result.command,
      output: result.output,
      exitCode: result.exitCode,
      durationMs: result.durationMs,
      truncated: result.truncated,
      atMs: Date.now() - this.startedAt,
    });
  }
}
