// The phone's log buffer (logd): a bounded ring of entries that `logcat` dumps and follows.

export type LogPriority = 'V' | 'D' | 'I' | 'W' | 'E' | 'F';

export interface LogEntry {
  /** Epoch milliseconds (with a sub-ms part folded into nsec when printed). */
  timeMs: number;
  nsec: number;
  pid: number;
  tid: number;
  uid: number;
  priority: LogPriority;
  tag: string;
  message: string;
  /** 0 main, 3 system, 4 crash. */
  lid: number;
}

export type LogListener = (entry: LogEntry) => void;

export class LogBuffer {
  private entries: LogEntry[] = [];
  private start = 0;
  private listeners = new Set<LogListener>();
  /** Set by the `logcat-stall` fault: followers stop receiving without the stream closing. */
  stalled = false;

  constructor(private readonly capacity = 50_000) {}

  append(entry: LogEntry): void {
    if (this.entries.length - this.start >= this.capacity) {
      this.start++;
      // Compact now and then instead of shifting on every append.
      if (this.start > this.capacity) {
        this.entries = this.entries.slice(this.start);
        this.start = 0;
      }
    }
    this.entries.push(entry);
    if (this.stalled) return;
    for (const l of this.listeners) l(entry);
  }

  snapshot(): LogEntry[] {
    return this.entries.slice(this.start);
  }

  clear(): void {
    this.entries = [];
    this.start = 0;
  }

  follow(listener: LogListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get size(): number {
    return this.entries.length - this.start;
  }
}
