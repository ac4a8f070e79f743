// Streams a log (a saved file, a bugreport, a paste, or a live adb stream) line by line in bounded
// memory and reports the push story's lines. Speed comes from a keyword pre-filter on the raw line:
// only the few lines that pass it are parsed and matched against the specific patterns. Memory stays
// flat however many lines match: findings are kept once per distinct value (with a count) and at
// most MAX_DISTINCT_PER_KIND per kind; the rest are only counted.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type yauzl from 'yauzl';
import { BadInputError } from '../errors';
import {
  FORMATS_ACCEPTED,
  continuation,
  isHeader,
  parseAny,
  parseLine,
  sniffFormat,
  type LogFormat,
  type ParsedLine,
} from './line';
import {
  PATTERNS,
  PREFILTER,
  compileUserPatterns,
  matchLine,
  type FindingKind,
  type LineFinding,
  type UserPattern,
} from './patterns';

export interface ScanFinding extends LineFinding {
  lineNumber: number;
  line: string;
  time: string;
  pid: number;
  tag: string;
  /** How many lines said the same thing (same kind, pattern, vendor, value); lineNumber is the first. 1 when absent. */
  count?: number;
}

/** Distinct findings kept per kind; a log of a million token lines reports 50 and counts the rest. */
export const MAX_DISTINCT_PER_KIND = 50;
/** How far up a header-less line (stack trace, `-v long` message) looks for the entry it belongs to. */
const MAX_LOOKBACK = 64;

export interface ScanOptions {
  /** Keep only what the app's processes logged (known from `Start proc` lines), plus events naming it. */
  package?: string;
  userPatterns?: UserPattern[];
  signal?: AbortSignal;
  /** Skip sniffing (live streams are always threadtime). */
  format?: LogFormat;
  /** Called for each finding as it is found (live capture stops early on a token). */
  onFinding?: (f: ScanFinding) => void;
  /** Called with every parsed line (live viewers); off by default because parsing costs. */
  onLine?: (line: ParsedLine, lineNumber: number) => void;
  /** Lines longer than this are cut (bounded memory on hostile input). */
  maxLineLength?: number;
  /** Where the text came from, for messages. */
  source?: string;
}

export interface ScanResult {
  /** `mixed`: no one format fitted, every line was read in whatever format it is in (a paste). */
  format: LogFormat | 'bugreport' | 'mixed';
  lines: number;
  bytes: number;
  findings: ScanFinding[];
  cutLines: number;
  /** Whether the package filter could use process ids (false: the log never showed the app start). */
  filteredByPid: boolean;
  /** Lines read that had no logcat header and no header above them (bare pasted text); still matched. */
  unplaced: number;
  /** Matching lines beyond MAX_DISTINCT_PER_KIND distinct findings of their kind: counted, not kept. */
  dropped: Partial<Record<FindingKind, number>>;
}

/** Distinct (tag, message) pairs whose match is remembered, and the longest message remembered. */
const MATCH_CACHE_SIZE = 256;
/** Bytes of a chunk read as one string when looking for candidate lines. */
const BYTE_PIECE = 64 * 1024;
const MAX_CACHED_MESSAGE = 400;
const START_PROC = /Start proc (\d+):([\w.]+)(?::[\w.]+)?\//;
const SNIFF_LINES = 60;

/**
 * The regex that, run on a chunk's bytes read as latin1, matches at least every line that `re`
 * matches on the same bytes read as UTF-8; null when that cannot be said of `re`. ASCII reads the
 * same both ways, and a character beyond ASCII is two to four bytes of 0x80-0xFF: those bytes never
 * match an ASCII literal, `\w`, `\d` or `\b` (nor does the character), so only what can match a
 * non-ASCII character needs care. `\s` also matches Unicode spaces (U+00A0, U+3000…): it becomes
 * `[\s\x80-\xff]`, which is a superset only when repeated without bound (`*`, `+`). Anything else
 * that matches non-ASCII characters or counts them (`.`, `\S`, `[^…]`, a negative lookaround, a
 * non-ASCII character, flags), or that depends on where the text was cut (`^`, `$`), gives null,
 * and the caller decodes the text instead. The alternatives come out grouped by first character.
 */
export function latin1Candidates(re: RegExp): RegExp | null {
  if (re.flags.replace('g', '')) return null;
  const src = re.source;
  let out = '';
  let inClass = false;
  let classStart = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c.charCodeAt(0) > 0x7f) return null;
    if (c === '\\') {
      const e = src[i + 1];
      i++;
      if (e === undefined || /[SWDpPuxck0-9]/.test(e)) return null;
      if (e === 's') {
        if (inClass) out += '\\s\\x80-\\xff';
        else {
          if (src[i + 1] !== '*' && src[i + 1] !== '+') return null;
          out += '[\\s\\x80-\\xff]';
        }
        continue;
      }
      out += c + e;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        // A class that takes a space takes the bytes of a Unicode space too: only as a repeat.
        if (out.includes('\\x80-\\xff', classStart) && src[i + 1] !== '*' && src[i + 1] !== '+') return null;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      if (src[i + 1] === '^') return null;
      inClass = true;
      classStart = out.length;
    } else if (c === '.' || c === '^' || c === '$') return null;
    else if (c === '(' && (src.startsWith('(?!', i) || src.startsWith('(?<!', i))) return null;
    out += c;
  }
  return new RegExp(byFirstCharacter(out), 'g');
}

/**
 * `ab|ac|[Xx]y` as `a(?:b|c)|X(?:y)|x(?:y)`: the same matches, and irregexp tries one branch per
 * first character instead of every alternative at every position (~10 % faster on the prefilter's
 * 45 alternatives). Alternatives that start with anything else are kept as they are.
 */
export function byFirstCharacter(source: string): string {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(from, i));
      from = i + 1;
    }
  }
  alternatives.push(source.slice(from));
  const groups = new Map<string, string[]>();
  const kept: string[] = [];
  const add = (first: string, rest: string) => {
    const g = groups.get(first);
    if (g) g.push(rest);
    else groups.set(first, [rest]);
  };
  for (const alt of alternatives) {
    const pair = /^\[([A-Za-z])([A-Za-z])\]/.exec(alt);
    const head = pair ? pair[0] : alt[0];
    if (head === undefined || /^[*+?{]/.test(alt.slice(head.length))) kept.push(alt);
    else if (pair) for (const first of [pair[1], pair[2]]) add(first, alt.slice(head.length));
    else if (/[A-Za-z0-9 _-]/.test(head)) add(head, alt.slice(1));
    else kept.push(alt);
  }
  return [...[...groups].map(([first, rests]) => `${first}(?:${rests.join('|')})`), ...kept].join('|');
}

/**
 * Scans a stream, or a source of chunks (each handled before the next is asked for, so a reader
 * may reuse one buffer).
 */
export async function scanStream(
  input: Readable | AsyncIterable<Buffer | string>,
  opts: ScanOptions = {},
): Promise<ScanResult> {
  const max = opts.maxLineLength ?? 16 * 1024;
  const userPatterns = compileUserPatterns(opts.userPatterns);
  const decoder = new StringDecoder('utf8');
  const findings: ScanFinding[] = [];
  const seen = new Map<string, ScanFinding>();
  const perKind = new Map<FindingKind, number>();
  const dropped: Partial<Record<FindingKind, number>> = {};
  const appPids = new Set<number>();
  let format: LogFormat | 'mixed' | null = opts.format ?? null;
  let unplaced = 0;
  let headersSeen = 0;
  let firstLine = '';
  let matches = 0;
  /** Mixed mode reads every line in order, so it knows the last header exactly. */
  let lastHeader: ParsedLine | null = null;
  /** Lines looked at upwards in all; past it, header-less lines stay unplaced. */
  let lookbackBudget = 2_000_000;
  /** The last header-less line read (outside mixed mode) and the header it belongs to. */
  let runHeader: { line: number; header: ParsedLine | null } = { line: -2, header: null };
  /** The line-by-line path keeps the last few raw lines for a header-less line to look up. */
  const recent: string[] = [];
  let bugreport = false;
  const sniffBuffer: string[] = [];
  let lines = 0;
  let bytes = 0;
  let cutLines = 0;
  let partial = '';
  let skippingRest = false;

  const handle = (raw: string) => {
    lines++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!firstLine && line.trim()) firstLine = line;
    if (!format) {
      if (lines === 1 && /^=+$/.test(line.trim())) bugreport = true;
      if (bugreport || line.startsWith('== dumpstate')) bugreport = true;
      sniffBuffer.push(line);
      if (sniffBuffer.length < SNIFF_LINES) return;
      flushSniff();
      return;
    }
    processLine(line, lines, ringAbove());
    recent.push(line);
    if (recent.length > MAX_LOOKBACK) recent.shift();
  };

  /** Walks the ring of recent lines upwards. */
  const ringAbove = () => {
    let i = recent.length;
    return () => (i > 0 ? recent[--i] : undefined);
  };

  const flushSniff = () => {
    if (format) return;
    // No single format fits a paste of a few lines from several tools, or mostly a stack trace:
    // read each line for itself rather than refusing it.
    format = bugreport ? 'threadtime' : (sniffFormat(sniffBuffer) ?? 'mixed');
    const start = lines - sniffBuffer.length;
    sniffBuffer.forEach((l, i) => {
      let k = i;
      processLine(l, start + i + 1, () => (k > 0 ? sniffBuffer[--k] : undefined));
    });
    for (const l of sniffBuffer.slice(-MAX_LOOKBACK)) recent.push(l);
    sniffBuffer.length = 0;
  };

  /** The entry a header-less line belongs to: the nearest header above it, up to a blank line. */
  const headerAbove = (up: () => string | undefined): ParsedLine | null => {
    for (let k = 0; k < MAX_LOOKBACK; k++) {
      // Hostile input (alternating header-less lines, millions of them) must not make the scan crawl.
      if (lookbackBudget-- <= 0) return null;
      const raw = up();
      if (raw === undefined || !raw.trim()) return null;
      if (isHeader(raw)) return null;
      const parse = (l: string) => (format && format !== 'mixed' ? parseLine(l, format) : null) ?? parseAny(l)?.parsed;
      // Parsed again from a copy, so a finding that keeps this header's tag and time does not keep
      // the whole chunk alive.
      if (parse(raw)) return parse(Buffer.from(raw, 'utf8').toString('utf8')) ?? null;
    }
    return null;
  };

  const record = (finding: ScanFinding) => {
    matches++;
    opts.onFinding?.(finding);
    const key = [
      finding.kind,
      finding.patternId,
      finding.vendor ?? '',
      finding.value ?? '',
      finding.description ?? '',
      finding.event ?? '',
      opts.package ? finding.pid : '',
    ].join('\u0000');
    const had = seen.get(key);
    if (had) {
      had.count = (had.count ?? 1) + 1;
      return;
    }
    const n = perKind.get(finding.kind) ?? 0;
    if (n >= MAX_DISTINCT_PER_KIND) {
      dropped[finding.kind] = (dropped[finding.kind] ?? 0) + 1;
      return;
    }
    perKind.set(finding.kind, n + 1);
    seen.set(key, finding);
    findings.push(finding);
  };

  /** owned: the line was decoded on its own (the byte path), so it holds no chunk alive. */
  const processLine = (sliced: string, lineNumber: number, up: () => string | undefined, owned = false) => {
    const interesting = PREFILTER.test(sliced) || userPatterns.length > 0;
    const mixed = format === 'mixed';
    // A line cut from a 1 MiB chunk keeps the whole chunk alive while a finding holds it: copy the
    // few lines that may become findings, so memory stays flat however long the log.
    const line = interesting && !owned ? Buffer.from(sliced, 'utf8').toString('utf8') : sliced;
    const startProc = opts.package !== undefined && line.includes('Start proc');
    if (!interesting && !startProc && !opts.onLine && !mixed) return;
    if (isHeader(line)) return;
    if (!line.trim()) {
      if (mixed) lastHeader = null;
      return;
    }
    let parsed = mixed ? null : parseLine(line, format as LogFormat);
    if (!parsed) {
      const any = parseAny(line);
      if (any) parsed = any.parsed;
      else {
        // A run of header-less lines shares the header above the run: look it up once per run.
        const above = mixed
          ? lastHeader
          : interesting
            ? runHeader.line === lineNumber - 1
              ? runHeader.header
              : headerAbove(up)
            : null;
        if (!mixed && interesting) runHeader = { line: lineNumber, header: above };
        if (above) parsed = continuation(above, line);
        else {
          if (mixed || interesting) unplaced++;
          if (!interesting) return;
          parsed = { time: '', pid: 0, tid: 0, level: 'I', tag: '', message: line.trim() };
        }
        if (mixed || opts.onLine) {
          opts.onLine?.(parsed, lineNumber);
          if (!interesting) return;
        }
        matchAndRecord(parsed, line, lineNumber);
        return;
      }
    }
    headersSeen++;
    if (mixed) lastHeader = parsed;
    opts.onLine?.(parsed, lineNumber);
    if (startProc) {
      const m = START_PROC.exec(parsed.message);
      if (m && m[2] === opts.package) appPids.add(Number(m[1]));
    }
    if (!interesting) return;
    matchAndRecord(parsed, line, lineNumber);
  };

  /**
   * What matchLine said of recent (tag, message) pairs. Logs repeat themselves (SDK status lines,
   * heartbeats: what logd's chatty collapses), and a line that passes the prefilter costs every
   * pattern in turn; matchLine is a pure function of the pair, so a repeat is answered from here.
   */
  const matched = new Map<string, LineFinding | null>();
  const matchCached = (tag: string, message: string) => {
    if (message.length > MAX_CACHED_MESSAGE) return matchLine(tag, message, PATTERNS, userPatterns);
    const key = `${tag}\u0000${message}`;
    let f = matched.get(key);
    if (f === undefined) {
      f = matchLine(tag, message, PATTERNS, userPatterns);
      if (matched.size >= MATCH_CACHE_SIZE) matched.clear();
      matched.set(key, f);
    }
    return f;
  };

  const matchAndRecord = (parsed: ParsedLine, line: string, lineNumber: number) => {
    const f = matchCached(parsed.tag, parsed.message);
    if (!f) return;
    record({ ...f, lineNumber, line, time: parsed.time, pid: parsed.pid, tag: parsed.tag, count: 1 });
  };

  const stream = 'on' in input ? input : null;
  const chunks = stream ? null : input[Symbol.asyncIterator]();
  const stop = () => {
    if (stream) stream.destroy();
    else chunks?.return?.(undefined).catch(() => undefined);
  };
  await new Promise<void>((resolve, reject) => {
    const fail = (err: unknown) => {
      stop();
      reject(err);
    };
    const onAbort = () => {
      stop();
      resolve();
    };
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    // Most lines of a log are noise: once the format is known (and no caller wants every line),
    // one regex pass over the whole chunk finds the few candidate lines, instead of cutting and
    // testing a million strings. Line numbers come from counting newlines in between.
    const fastPath = () => !!format && format !== 'mixed' && !opts.onLine && userPatterns.length === 0;
    const candidates = new RegExp(`${PREFILTER.source}${opts.package !== undefined ? '|Start proc' : ''}`, 'g');
    const countNewlines = (text: string, from: number, to: number) => {
      let n = 0;
      for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
      return n;
    };
    /** Handles the complete lines of text[start, end) (end just past a newline). */
    const scanLines = (text: string, start: number, end: number) => {
      while (start < end && !fastPath()) {
        const nl = text.indexOf('\n', start);
        handle(text.slice(start, nl));
        start = nl + 1;
      }
      if (start >= end) return;
      candidates.lastIndex = start;
      let counted = start;
      for (let m = candidates.exec(text); m && m.index < end; m = candidates.exec(text)) {
        const ls = text.lastIndexOf('\n', m.index) + 1;
        const le = text.indexOf('\n', m.index);
        lines += countNewlines(text, counted, ls);
        lines++;
        const raw = text.slice(ls, le);
        // Lines above, read back from the chunk only when this line has no header of its own.
        let upEnd = ls - 1;
        const up = () => {
          if (upEnd < start) return undefined;
          const s0 = text.lastIndexOf('\n', upEnd - 1) + 1;
          const l = text.slice(s0, upEnd);
          upEnd = s0 - 1;
          return l.endsWith('\r') ? l.slice(0, -1) : l;
        };
        processLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, lines, up);
        counted = le + 1;
        candidates.lastIndex = le + 1;
      }
      lines += countNewlines(text, counted, end);
    };
    // Bytes: the candidates are found in the raw chunk read as latin1 (one byte, one character: no
    // UTF-8 decoding of the whole log, and byte offsets are string offsets), newlines are counted
    // with memchr, and only the candidate lines are decoded. latin1Candidates matches every line
    // that the UTF-8 regex matches (and maybe a few more, which processLine's own test drops).
    const byteCandidates = latin1Candidates(candidates);
    const countNewlineBytes = (buf: Buffer, from: number, to: number) => {
      let n = 0;
      for (let i = buf.indexOf(10, from); i >= 0 && i < to; i = buf.indexOf(10, i + 1)) n++;
      return n;
    };
    /** Handles the complete lines of buf[start, end) (start just past a newline, end just past one). */
    const scanBytes = (buf: Buffer, start: number, end: number) => {
      if (start >= end) return;
      if (!fastPath() || !byteCandidates) {
        // Sniffing, a paste, live viewers, profile patterns: every line as a string, as before.
        const text = buf.toString('utf8', start, end);
        scanLines(text, 0, text.length);
        return;
      }
      const re = byteCandidates;
      let counted = start;
      // In pieces of about 64 KiB, cut after a newline: a short string dies young, where one of a
      // whole chunk lives in the large-object space until a full collection.
      for (let ps = start; ps < end;) {
        const cut = ps + BYTE_PIECE >= end ? end : buf.indexOf(10, ps + BYTE_PIECE) + 1;
        const text = buf.toString('latin1', ps, cut);
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const at = ps + m.index;
          const ls = buf.lastIndexOf(10, at) + 1;
          const le = buf.indexOf(10, at);
          lines += countNewlineBytes(buf, counted, ls);
          lines++;
          let upEnd = ls - 1;
          const up = () => {
            if (upEnd < start) return undefined;
            const s0 = buf.lastIndexOf(10, upEnd - 1) + 1;
            const e0 = upEnd > s0 && buf[upEnd - 1] === 13 ? upEnd - 1 : upEnd;
            upEnd = s0 - 1;
            return buf.toString('utf8', s0, e0);
          };
          processLine(buf.toString('utf8', ls, le > ls && buf[le - 1] === 13 ? le - 1 : le), lines, up, true);
          counted = le + 1;
          re.lastIndex = le + 1 - ps;
        }
        ps = cut;
      }
      lines += countNewlineBytes(buf, counted, end);
    };
    /** The bytes after the last newline read so far (the head of a line that ends in a later chunk). */
    let partialBytes: Buffer | null = null;
    const onBytes = (chunk: Buffer) => {
      bytes += chunk.length;
      let from = 0;
      if (skippingRest) {
        const nl = chunk.indexOf(10);
        if (nl < 0) return;
        from = nl + 1;
        skippingRest = false;
      }
      const lastNl = chunk.lastIndexOf(10);
      if (lastNl < from) {
        const rest = chunk.subarray(from);
        partialBytes = partialBytes?.length ? Buffer.concat([partialBytes, rest]) : Buffer.from(rest);
      } else {
        // The line left over from the previous chunk ends in this one.
        const firstNl = chunk.indexOf(10, from);
        handle(
          partialBytes?.length
            ? Buffer.concat([partialBytes, chunk.subarray(from, firstNl)]).toString('utf8')
            : chunk.toString('utf8', from, firstNl),
        );
        // Copied: a reader may fill this chunk's memory again (fileChunks does).
        partialBytes = Buffer.from(chunk.subarray(lastNl + 1));
        scanBytes(chunk, firstNl + 1, lastNl + 1);
      }
      // Characters are never more than bytes: only a long run of bytes can be a line over the cap.
      if (partialBytes.length > max) {
        // As the text path counts it: what is decoded so far, an unfinished character held back.
        const head = new StringDecoder('utf8').write(partialBytes);
        if (head.length > max) {
          // A line longer than the cap: keep its head, drop the rest up to the next newline.
          handle(head.slice(0, max));
          cutLines++;
          partialBytes = null;
          skippingRest = true;
        }
      }
    };
    /** Text chunks (a stream with an encoding set), or bytes when no byte regex could be built. */
    const onText = (chunk: Buffer | string) => {
      let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
      if (skippingRest) {
        const nl = text.indexOf('\n');
        if (nl < 0) return;
        text = text.slice(nl + 1);
        skippingRest = false;
      }
      const lastNl = text.lastIndexOf('\n');
      if (lastNl < 0) {
        partial += text;
      } else {
        // The line left over from the previous chunk ends in this one.
        const firstNl = text.indexOf('\n');
        handle(partial + text.slice(0, firstNl));
        partial = text.slice(lastNl + 1);
        scanLines(text, firstNl + 1, lastNl + 1);
      }
      if (partial.length > max) {
        // A line longer than the cap: keep its head, drop the rest up to the next newline.
        handle(partial.slice(0, max));
        cutLines++;
        partial = '';
        skippingRest = true;
      }
    };
    /** One stream gives one kind of chunk; the first decides the path. */
    let bytePath: boolean | null = null;
    const onData = (chunk: Buffer | string) => {
      bytePath ??= typeof chunk !== 'string' && !!byteCandidates;
      if (!bytePath) return onText(chunk);
      onBytes(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    };
    const onEnd = () => {
      try {
        const rest = bytePath ? (partialBytes?.toString('utf8') ?? '') : partial + decoder.end();
        if (rest && !skippingRest) handle(rest);
        if (!format && sniffBuffer.length) flushSniff();
        else if (!format && lines === 0)
          throw new BadInputError(
            `${opts.source ?? 'The log'} is empty.`,
            'Save a log with `adb logcat -d -v threadtime > log.txt`.',
          );
        // Text with no logcat line and no push line in it is something else (a web page, a document).
        if (format === 'mixed' && headersSeen === 0 && matches === 0)
          throw new BadInputError(
            `${opts.source ?? 'The log'} is not in a logcat format Push Doctor reads and holds no push SDK line (first lines: ${JSON.stringify(firstLine.slice(0, 80))}).`,
            `Accepted: ${FORMATS_ACCEPTED}. Save one with \`adb logcat -d -v threadtime > log.txt\`.`,
          );
        opts.signal?.removeEventListener('abort', onAbort);
        resolve();
      } catch (err) {
        fail(err);
      }
    };
    const readFailed = (err: Error) => new BadInputError(`Cannot read ${opts.source ?? 'the log'}: ${err.message}.`);
    if (stream) {
      stream.on('data', (chunk: Buffer | string) => {
        try {
          onData(chunk);
        } catch (err) {
          fail(err);
        }
      });
      stream.once('end', onEnd);
      stream.once('close', () => resolve());
      stream.once('error', (err) => fail(readFailed(err)));
      return;
    }
    // A chunk source: each chunk is handled before the next is asked for.
    void (async () => {
      for (;;) {
        let next: IteratorResult<Buffer | string>;
        try {
          next = await chunks!.next();
        } catch (err) {
          return fail(readFailed(err as Error));
        }
        if (opts.signal?.aborted) return;
        if (next.done) return onEnd();
        try {
          onData(next.value);
        } catch (err) {
          return fail(err);
        }
      }
    })();
  });

  let kept = findings;
  if (opts.package && appPids.size) {
    kept = findings.filter((f) => appPids.has(f.pid) || f.value === opts.package);
  }
  return {
    format: bugreport ? 'bugreport' : (format ?? 'threadtime'),
    lines,
    bytes,
    findings: kept,
    cutLines,
    filteredByPid: appPids.size > 0,
    unplaced,
    dropped,
  };
}

/** The text entry of a bugreport zip (`bugreport-*.txt`), streamed. */
async function openZipLog(path: string): Promise<Readable> {
  // Loaded here: a text log (the common case) never pays for the zip reader.
  const { default: zipReader } = await import('yauzl');
  return new Promise((resolve, reject) => {
    zipReader.open(path, { lazyEntries: true }, (err, zip) => {
      if (err || !zip)
        return reject(new BadInputError(`${path} is not a readable zip: ${err?.message ?? 'unknown error'}.`));
      let found = false;
      zip.on('entry', (entry: yauzl.Entry) => {
        if (
          /(^|\/)bugreport[^/]*\.txt$/.test(entry.fileName) ||
          /(^|\/)(logcat|main)[^/]*\.txt$/.test(entry.fileName)
        ) {
          found = true;
          zip.openReadStream(entry, (e, stream) =>
            e || !stream ? reject(new BadInputError(`Cannot read ${entry.fileName} in ${path}.`)) : resolve(stream),
          );
        } else zip.readEntry();
      });
      zip.on('end', () => {
        if (!found)
          reject(
            new BadInputError(
              `${path} holds no bugreport-*.txt or logcat text file.`,
              'Give the zip that `adb bugreport` writes, or a text log.',
            ),
          );
      });
      zip.on('error', (e: Error) => reject(new BadInputError(`${path} is a damaged zip: ${e.message}.`)));
      zip.readEntry();
    });
  });
}

/**
 * A plain file in 1 MiB reads into two buffers used in turn: no stream between, no new megabyte for
 * the garbage collector each time (the scanner copies the little it keeps), and the next read runs
 * while the scanner works on the chunk it was given.
 */
async function* fileChunks(path: string): AsyncGenerator<Buffer> {
  const fh = await open(path, 'r');
  const bufs = [Buffer.allocUnsafeSlow(1024 * 1024), Buffer.allocUnsafeSlow(1024 * 1024)];
  const read = (buf: Buffer, position: number) => fh.read(buf, 0, buf.length, position);
  let pending = read(bufs[0], 0);
  try {
    for (let i = 0, position = 0; ; i ^= 1) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) return;
      position += bytesRead;
      // The other buffer: the chunk it held was handled before this generator was resumed.
      pending = read(bufs[i ^ 1], position);
      yield bufs[i].subarray(0, bytesRead);
    }
  } finally {
    await pending.catch(() => undefined);
    await fh.close();
  }
}

/** Scans a saved log: plain text, `.gz`, or a bugreport `.zip`. */
export async function scanLogFile(path: string, opts: ScanOptions = {}): Promise<ScanResult> {
  let st;
  try {
    st = await stat(path);
  } catch (err) {
    throw new BadInputError(
      `Cannot read the log ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}.`,
    );
  }
  if (st.isDirectory()) throw new BadInputError(`${path} is a directory; give a log file.`);
  const head = await new Promise<Buffer>((resolve) => {
    const chunks: Buffer[] = [];
    createReadStream(path, { start: 0, end: 3 })
      .on('data', (c) => chunks.push(c as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks)))
      .on('error', () => resolve(Buffer.alloc(0)));
  });
  let input: Readable | AsyncIterable<Buffer>;
  if (head[0] === 0x1f && head[1] === 0x8b) input = createReadStream(path).pipe(createGunzip());
  else if (head[0] === 0x50 && head[1] === 0x4b) input = await openZipLog(path);
  else input = fileChunks(path);
  return scanStream(input, { source: path, ...opts });
}
