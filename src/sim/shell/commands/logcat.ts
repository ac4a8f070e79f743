// `logcat` as the phone runs it: text formats (threadtime by default, brief, time, tag, process,
// raw, with year/epoch/UTC/usec modifiers), `-B` binary logger_entry v4 records, dump (-d, -t),
// follow (default, -T), clear (-c), buffer options, and tag:priority filters (including
// ANDROID_LOG_TAGS, which `adb logcat` sets).
import type { CommandContext, CommandHandler } from '../run';
import type { LogEntry, LogPriority } from '../../phone/logbuffer';
import type { VirtualPhone } from '../../phone/phone';

const LEVELS: Record<string, number> = { V: 2, D: 3, I: 4, W: 5, E: 6, F: 7, S: 8, '*': 2 };

interface Options {
  format: string;
  year: boolean;
  epoch: boolean;
  utc: boolean;
  usec: boolean;
  uid: boolean;
  binary: boolean;
  dump: boolean;
  clear: boolean;
  tail?: number;
  follow: boolean;
  filters: { tag: string; level: number }[];
  defaultLevel: number;
  pid?: number;
  regex?: RegExp;
  max?: number;
  getSize: boolean;
}

class UsageError extends Error {}

function parseFilters(spec: string, out: Options['filters']): void {
  for (const part of spec.split(/\s+/).filter(Boolean)) {
    const [tag, level = 'V'] = part.split(':');
    const n = LEVELS[level.toUpperCase()];
    if (n === undefined) throw new UsageError(`Invalid filter expression '${part}'`);
    out.push({ tag, level: n });
  }
}

function parseArgs(argv: string[], env: Map<string, string>): Options {
  const o: Options = {
    format: 'threadtime',
    year: false,
    epoch: false,
    utc: false,
    usec: false,
    uid: false,
    binary: false,
    dump: false,
    clear: false,
    follow: true,
    filters: [],
    defaultLevel: 2,
    getSize: false,
  };
  const envTags = env.get('ANDROID_LOG_TAGS')?.replace(/^'+|'+$/g, '');
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`option requires an argument -- '${a.replace(/^-+/, '')}'`);
      return v;
    };
    if (a === '-v' || a.startsWith('--format')) {
      const v = a.includes('=') ? a.split('=')[1] : value();
      for (const f of v.split(',')) {
        if (['threadtime', 'brief', 'time', 'tag', 'process', 'raw', 'long', 'thread'].includes(f)) o.format = f;
        else if (f === 'year') o.year = true;
        else if (f === 'epoch') o.epoch = true;
        else if (f === 'UTC' || f === 'utc') o.utc = true;
        else if (f === 'usec') o.usec = true;
        else if (f === 'uid') o.uid = true;
        else if (['color', 'printable', 'descriptive', 'monotonic', 'zone', 'nsec'].includes(f)) continue;
        else throw new UsageError(`Unknown -v option '${f}'`);
      }
    } else if (a === '-B' || a === '--binary') o.binary = true;
    else if (a === '-d') o.dump = true;
    else if (a === '-c' || a === '--clear') o.clear = true;
    else if (a === '-g' || a === '--buffer-size') o.getSize = true;
    else if (a === '-t' || a === '-T') {
      const v = value();
      o.tail = Number.parseInt(v, 10) || 0;
      if (a === '-t') o.dump = true;
    } else if (a === '-b' || a.startsWith('--buffer')) {
      if (!a.includes('=')) value();
    } else if (a === '-s') o.defaultLevel = 8;
    else if (a.startsWith('--pid=')) o.pid = Number(a.slice(6));
    else if (a === '--pid') o.pid = Number(value());
    else if (a === '-e' || a.startsWith('--regex')) {
      const v = a.includes('=') ? a.split('=')[1] : value();
      try {
        o.regex = new RegExp(v);
      } catch {
        throw new UsageError(`Invalid regex: ${v}`);
      }
    } else if (a === '-m' || a.startsWith('--max-count')) o.max = Number(a.includes('=') ? a.split('=')[1] : value());
    else if (a === '-D' || a === '--dividers' || a === '-n' || a === '-r' || a === '-f') {
      if (a === '-n' || a === '-r' || a === '-f') value();
    } else if (a.startsWith('-')) throw new UsageError(`unrecognized option '${a}'`);
    else parseFilters(a, o.filters);
  }
  if (envTags && o.filters.length === 0 && envTags.trim()) parseFilters(envTags, o.filters);
  for (const f of o.filters) if (f.tag === '*') o.defaultLevel = f.level;
  return o;
}

function passes(o: Options, e: LogEntry): boolean {
  const level = LEVELS[e.priority];
  const rule = o.filters.find((f) => f.tag === e.tag);
  if (level < (rule ? rule.level : o.defaultLevel)) return false;
  if (o.pid !== undefined && e.pid !== o.pid) return false;
  if (o.regex && !o.regex.test(e.message)) return false;
  return true;
}

/** Time formatting in the phone's zone; the offset is computed once (a session never crosses DST). */
function makeClock(timezone: string | undefined): (ms: number, o: Options) => string {
  let offsetMs = 0;
  try {
    if (timezone) {
      const now = new Date();
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: timezone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }).formatToParts(now);
      const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
      const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
      offsetMs = Math.round((asUtc - Math.floor(now.getTime() / 1000) * 1000) / 60000) * 60000;
    }
  } catch {
    offsetMs = 0;
  }
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (ms, o) => {
    if (o.epoch) {
      const sec = Math.floor(ms / 1000);
      return `${String(sec).padStart(5)}.${pad(ms % 1000, 3)}`;
    }
    const d = new Date(ms + (o.utc ? 0 : offsetMs));
    const date = `${o.year ? d.getUTCFullYear() + '-' : ''}${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const frac = o.usec ? pad((ms % 1000) * 1000, 6) : pad(ms % 1000, 3);
    return `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${frac}`;
  };
}

export function formatEntry(e: LogEntry, o: Options, clock: (ms: number, o: Options) => string): string {
  const tag = e.tag.padEnd(8);
  const pid = String(e.pid).padStart(5);
  const tid = String(e.tid).padStart(5);
  const uid = o.uid ? `${String(e.uid).padStart(5)} ` : '';
  switch (o.format) {
    case 'brief':
      return `${e.priority}/${tag}(${pid}): ${e.message}\n`;
    case 'time':
      return `${clock(e.timeMs, o)} ${e.priority}/${tag}(${pid}): ${e.message}\n`;
    case 'tag':
      return `${e.priority}/${tag}: ${e.message}\n`;
    case 'process':
      return `${e.priority}(${pid}) ${e.message}  (${e.tag})\n`;
    case 'thread':
      return `${e.priority}(${pid}:${tid}) ${e.message}\n`;
    case 'raw':
      return `${e.message}\n`;
    case 'long':
      return `[ ${clock(e.timeMs, o)} ${uid}${pid}:${tid} ${e.priority}/${e.tag} ]\n${e.message}\n\n`;
    default:
      return `${clock(e.timeMs, o)} ${uid}${pid} ${tid} ${e.priority} ${tag}: ${e.message}\n`;
  }
}

const PRIORITY_CODE: Record<LogPriority, number> = { V: 2, D: 3, I: 4, W: 5, E: 6, F: 7 };

/** A logger_entry v4 record: 28-byte header, then priority, tag\0, message\0. */
export function binaryEntry(e: LogEntry): Buffer {
  const tag = Buffer.from(e.tag + '\0');
  const msg = Buffer.from(e.message + '\0');
  const len = 1 + tag.length + msg.length;
  const b = Buffer.alloc(28 + len);
  b.writeUInt16LE(len, 0);
  b.writeUInt16LE(28, 2);
  b.writeInt32LE(e.pid, 4);
  b.writeUInt32LE(e.tid, 8);
  b.writeUInt32LE(Math.floor(e.timeMs / 1000), 12);
  b.writeUInt32LE(e.nsec % 1e9, 16);
  b.writeUInt32LE(e.lid, 20);
  b.writeUInt32LE(e.uid, 24);
  b.writeUInt8(PRIORITY_CODE[e.priority], 28);
  tag.copy(b, 29);
  msg.copy(b, 29 + tag.length);
  return b;
}

/** Collects output into chunks so that a busy log becomes few ADB packets. */
class Batcher {
  private parts: Buffer[] = [];
  private size = 0;
  private scheduled = false;
  private pending: Promise<void> = Promise.resolve();
  constructor(private readonly ctx: CommandContext) {}
  add(b: Buffer): void {
    this.parts.push(b);
    this.size += b.length;
    if (this.size >= 64 * 1024) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setTimeout(() => this.flush(), 5);
    }
  }
  flush(): Promise<void> {
    this.scheduled = false;
    if (!this.parts.length) return this.pending;
    const data = Buffer.concat(this.parts);
    this.parts = [];
    this.size = 0;
    this.pending = this.pending.then(() => this.ctx.stdout.write(data));
    return this.pending;
  }
}

export function logcatCommand(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    let o: Options;
    try {
      o = parseArgs(ctx.argv, ctx.env);
    } catch (err) {
      await ctx.stderr.write(`logcat: ${(err as Error).message}\nusage: logcat [options] [filterspecs]\n`);
      return 1;
    }
    if (o.getSize) {
      await ctx.stdout.write(
        'main: ring buffer is 256 KiB (187 KiB consumed), max entry is 5120 B, max payload is 4068 B\nsystem: ring buffer is 256 KiB (22 KiB consumed), max entry is 5120 B, max payload is 4068 B\ncrash: ring buffer is 256 KiB (0 B consumed), max entry is 5120 B, max payload is 4068 B\n',
      );
      return 0;
    }
    if (o.clear) {
      phone.log.clear();
      if (!o.dump && o.tail === undefined && ctx.argv.filter((a) => a !== '-c' && a !== '--clear').length <= 1)
        return 0;
    }
    const clock = makeClock(phone.props['persist.sys.timezone']);
    const out = new Batcher(ctx);
    let printed = 0;
    let lastLid = -1;
    const emit = (e: LogEntry) => {
      if (!passes(o, e)) return;
      if (o.max !== undefined && printed >= o.max) return;
      printed++;
      if (o.binary) out.add(binaryEntry(e));
      else {
        if (e.lid !== lastLid && o.format !== 'raw') {
          out.add(Buffer.from(`--------- beginning of ${e.lid === 3 ? 'system' : e.lid === 4 ? 'crash' : 'main'}\n`));
          lastLid = e.lid;
        }
        out.add(Buffer.from(formatEntry(e, o, clock)));
      }
    };
    let backlog = phone.log.snapshot();
    if (o.tail !== undefined) backlog = backlog.filter((e) => passes(o, e)).slice(-o.tail);
    for (const e of backlog) emit(e);
    if (o.dump || (o.max !== undefined && printed >= o.max)) {
      await out.flush();
      return 0;
    }
    await out.flush();
    await new Promise<void>((resolve) => {
      const stop = phone.log.follow((e) => {
        emit(e);
        if (o.max !== undefined && printed >= o.max) finish();
      });
      const finish = () => {
        stop();
        void out.flush().then(resolve);
      };
      if (ctx.signal.aborted) finish();
      else ctx.signal.addEventListener('abort', finish, { once: true });
    });
    return 0;
  };
}
