// What `watch` writes, one JSON line per event: the core appends them to its file, the CLI prints
// them, and the UI's Watch tab draws them as they come. The summary (percentiles, loss) is
// computed here so that the report, the CLI and the UI give the same numbers.

/** Phone facts recorded with each push and in `phone` events (values as `reproduce` reads them). */
export type PhoneFacts = Partial<Record<string, string>>;

export type WatchLine =
  | {
      type: 'start';
      startedAt: string;
      everyMs: number;
      forMs: number;
      serial: string;
      package: string;
      route: string;
      /** The condition the phone is held in for the whole watch (`reproduce`'s names). */
      condition?: string;
      /** Phone time ran this many times faster than the host's (a virtual phone); times are phone time. */
      timeScale?: number;
    }
  | {
      type: 'condition';
      at: string;
      id: string;
      /** `reapplied`: set again after the phone came back without it (a reboot clears forced Doze). */
      phase: 'recovered' | 'set' | 'reapplied' | 'restored';
      evidence: PhoneFacts;
      differ?: string[];
    }
  | {
      type: 'push';
      seq: number;
      sentAt: string;
      route: string;
      status: 'arrived' | 'missing' | 'refused';
      latencyMs?: number;
      vendorCode?: string;
      phone: PhoneFacts;
    }
  /** A push written `missing` that showed later (held by the phone): now late, with its latency. */
  | { type: 'arrival'; seq: number; at: string; latencyMs: number }
  | { type: 'phone'; at: string; changes: Record<string, [string | undefined, string]> }
  | { type: 'phone-gone'; seq: number; at: string; error: string }
  | { type: 'phone-back'; seq: number; at: string; awayMs: number }
  | { type: 'resume'; at: string };

/** Nearest-rank percentile of a list of numbers (undefined when empty). */
export function percentile(values: number[], p: number): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface WatchSummary {
  pushes: number;
  /** Arrived, in time or late (`late` of them showed after the round gave up on them). */
  arrived: number;
  late: number;
  missing: number;
  refused: number;
  lossPct: number;
  p50?: number;
  p95?: number;
  max?: number;
  phoneGone: number;
}

export function summarize(lines: readonly WatchLine[]): WatchSummary {
  const pushes = lines.filter((l): l is Extract<WatchLine, { type: 'push' }> => l.type === 'push');
  const arrivals = new Map<number, number>();
  for (const l of lines) if (l.type === 'arrival') arrivals.set(l.seq, l.latencyMs);
  const late = pushes.filter((p) => p.status === 'missing' && arrivals.has(p.seq));
  const lat = [
    ...pushes.filter((p) => p.status === 'arrived').map((p) => p.latencyMs ?? 0),
    ...late.map((p) => arrivals.get(p.seq)!),
  ];
  const accepted = pushes.filter((p) => p.status !== 'refused').length;
  const missing = pushes.filter((p) => p.status === 'missing').length - late.length;
  return {
    pushes: pushes.length,
    arrived: lat.length,
    late: late.length,
    missing,
    refused: pushes.length - accepted,
    lossPct: accepted ? Math.round((missing / accepted) * 1000) / 10 : 0,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    max: lat.length ? Math.max(...lat) : undefined,
    phoneGone: lines.filter((l) => l.type === 'phone-gone').length,
  };
}
