// Parsers for one line of a saved or live logcat, in every format people save (device-facts.md
// §4.1): threadtime (adb logcat's default, with the year/uid/epoch variants), brief, time, process,
// tag, long, Android Studio's exports (with and without the year), and the `--------- beginning of`
// buffer headers. Pastes mix them, and lines of a stack trace or of `-v long` carry no header of
// their own: they belong to the header line above. Pure functions.
import type { LogLine } from '../../shared/types';

export type LogFormat = 'threadtime' | 'brief' | 'time' | 'process' | 'tag' | 'studio' | 'long' | 'raw';

export interface ParsedLine {
  time: string;
  pid: number;
  tid: number;
  level: LogLine['level'];
  tag: string;
  message: string;
}

// `MM-DD hh:mm:ss.mmm` with optional year, or epoch seconds; optional uid column; pid; tid; level; tag padded to 8 then `: `.
const THREADTIME =
  /^((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,9}|\s*\d+\.\d{3,9})(?: [+-]\d{4})?\s+(?:(\w+)\s+)??(\d+)\s+(\d+) ([VDIWEFS]) (.*?)\s*: (.*)$/;
// Studio: `2019-09-02 10:50:35.988 5446-5475/? D/ONE SDK: msg`, the same without the year as older
// Studio versions copy it (`05-27 15:48:38.601 24351-24374/com.app E/Tag: msg`, firebase/flutterfire#6607
// quotes the dated form), and the newer `… 5446-5475 tag  pkg  D  msg` form (Studio Flamingo+).
const STUDIO = /^((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\s+(\d+)-(\d+)\/\S*\s+([VDIWEFA])\/(.*?): (.*)$/;
const STUDIO_NEW =
  /^((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3})\s+(\d+)-(\d+)\s+(\S+)\s+\S+\s+([VDIWEFA])\s{1,2}(.*)$/;
// `-v long`: a header `[ 08-18 16:38:31.978 16600:16600 W/GCM ]` (uid, hex tid on old releases), the
// message on the lines after it (logcat's logprint.c, FORMAT_LONG).
const LONG =
  /^\[ ((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,9}|\d+\.\d{3,9})\s+(?:\w+:\s*)??(\d+):\s*(0x[0-9a-f]+|\d+)\s+([VDIWEFAS])\/(.*?)\s*\]$/;
const TIME = /^((?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,9})\s+([VDIWEFS])\/(.*?)\(\s*(\d+)\): (.*)$/;
const BRIEF = /^([VDIWEFS])\/(.*?)\(\s*(\d+)\): (.*)$/;
const PROCESS = /^([VDIWEFS])\(\s*(\d+)\) (.*?)\s+\((.*)\)$/;
const TAG = /^([VDIWEFS])\/(.*?): (.*)$/;

const level = (c: string) => (c === 'A' ? 'F' : c) as LogLine['level'];

export function parseThreadtime(line: string): ParsedLine | null {
  const m = THREADTIME.exec(line);
  if (!m) return null;
  return { time: m[1].trim(), pid: Number(m[3]), tid: Number(m[4]), level: level(m[5]), tag: m[6], message: m[7] };
}

export function parseLine(line: string, format: LogFormat): ParsedLine | null {
  let m: RegExpExecArray | null;
  switch (format) {
    case 'threadtime':
      return parseThreadtime(line);
    case 'studio':
      if ((m = STUDIO.exec(line)))
        return { time: m[1], pid: Number(m[2]), tid: Number(m[3]), level: level(m[4]), tag: m[5], message: m[6] };
      if ((m = STUDIO_NEW.exec(line)))
        return { time: m[1], pid: Number(m[2]), tid: Number(m[3]), level: level(m[5]), tag: m[4], message: m[6] };
      return null;
    case 'time':
      if ((m = TIME.exec(line)))
        return {
          time: m[1],
          pid: Number(m[4]),
          tid: Number(m[4]),
          level: level(m[2]),
          tag: m[3].trimEnd(),
          message: m[5],
        };
      return null;
    case 'brief':
      if ((m = BRIEF.exec(line)))
        return {
          time: '',
          pid: Number(m[3]),
          tid: Number(m[3]),
          level: level(m[1]),
          tag: m[2].trimEnd(),
          message: m[4],
        };
      return null;
    case 'process':
      if ((m = PROCESS.exec(line)))
        return { time: '', pid: Number(m[2]), tid: Number(m[2]), level: level(m[1]), tag: m[4], message: m[3] };
      return null;
    case 'tag':
      if ((m = TAG.exec(line)))
        return { time: '', pid: 0, tid: 0, level: level(m[1]), tag: m[2].trimEnd(), message: m[3] };
      return null;
    case 'long':
      if ((m = LONG.exec(line)))
        return {
          time: m[1],
          pid: Number(m[2]),
          tid: m[3].startsWith('0x') ? parseInt(m[3], 16) : Number(m[3]),
          level: level(m[4]),
          tag: m[5],
          message: '',
        };
      return null;
    default:
      return { time: '', pid: 0, tid: 0, level: 'I', tag: '', message: line };
  }
}

export function isHeader(line: string): boolean {
  return line.startsWith('--------- beginning of ') || line.startsWith('--------- switch to ');
}

/** The order a line is tried in when the paste mixes formats: the most specific first. */
const ANY_ORDER: LogFormat[] = ['threadtime', 'studio', 'time', 'long', 'brief', 'process', 'tag'];

/** Reads a line in whatever format it is in; `null` when it has no logcat header at all. */
export function parseAny(line: string, prefer?: LogFormat): { parsed: ParsedLine; format: LogFormat } | null {
  if (prefer && prefer !== 'raw') {
    const p = parseLine(line, prefer);
    if (p) return { parsed: p, format: prefer };
  }
  // Pastes from issue threads often keep the indentation of a quote or a list.
  const trimmed = line.replace(/^[\t >]+/, '');
  for (const f of ANY_ORDER) {
    if (f === prefer) continue;
    const p = parseLine(trimmed, f);
    if (p) return { parsed: p, format: f };
  }
  return null;
}

/**
 * A line without a header of its own, read as part of the entry above it: a stack trace's `at …` and
 * `Caused by …` lines, the message lines of `-v long`, a message that ran over several lines.
 */
export function continuation(header: ParsedLine, line: string): ParsedLine {
  return { ...header, message: line.trim() };
}

/** Decides the format from a sample of lines; `null` when none fits (not a logcat). */
export function sniffFormat(sample: string[]): LogFormat | null {
  const lines = sample.filter((l) => l.trim() && !isHeader(l)).slice(0, 200);
  if (!lines.length) return null;
  const order: LogFormat[] = ['threadtime', 'studio', 'time', 'long', 'brief', 'process', 'tag'];
  let best: LogFormat | null = null;
  let bestHits = 0;
  for (const f of order) {
    const hits = lines.filter((l) => parseLine(l, f)).length;
    if (hits > bestHits) {
      best = f;
      bestHits = hits;
    }
  }
  // Most lines of a real log fit its format; a few stray lines (stack traces printed raw, a
  // bugreport's other sections) are fine.
  return bestHits >= Math.max(1, Math.ceil(lines.length * 0.3)) ? best : null;
}

export const FORMATS_ACCEPTED =
  'adb logcat text (threadtime, time, brief, process, tag, long; -v year/uid/epoch), Android Studio logcat exports (with or without the year), pasted snippets and stack traces, or a bugreport';
