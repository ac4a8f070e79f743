// Small text utilities of the phone's toybox, enough for pipes people write after `adb shell`.
import type { CommandContext, CommandHandler } from '../run';

async function readAll(ctx: CommandContext): Promise<string> {
  if (!ctx.stdin) return '';
  const parts: Buffer[] = [];
  for await (const chunk of ctx.stdin) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}

/** Reads stdin line by line without holding it all (grep over a live logcat). */
async function* lines(ctx: CommandContext): AsyncGenerator<string> {
  if (!ctx.stdin) return;
  let rest = '';
  for await (const chunk of ctx.stdin) {
    rest += chunk.toString('utf8');
    let nl: number;
    while ((nl = rest.indexOf('\n')) >= 0) {
      yield rest.slice(0, nl);
      rest = rest.slice(nl + 1);
    }
  }
  if (rest) yield rest;
}

export const echo: CommandHandler = async (ctx) => {
  let args = ctx.argv.slice(1);
  let newline = true;
  let escapes = false;
  while (args[0] === '-n' || args[0] === '-e' || args[0] === '-ne' || args[0] === '-en') {
    if (args[0].includes('n')) newline = false;
    if (args[0].includes('e')) escapes = true;
    args = args.slice(1);
  }
  let text = args.join(' ');
  if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
  await ctx.stdout.write(text + (newline ? '\n' : ''));
  return 0;
};

export const grep: CommandHandler = async (ctx) => {
  const args = ctx.argv.slice(1);
  let invert = false;
  let ignoreCase = false;
  let count = false;
  let extended = false;
  let fixed = false;
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-e') patterns.push(args[++i] ?? '');
    else if (/^-[vicEFw]+$/.test(a)) {
      invert ||= a.includes('v');
      ignoreCase ||= a.includes('i');
      count ||= a.includes('c');
      extended ||= a.includes('E');
      fixed ||= a.includes('F');
    } else patterns.push(a);
  }
  if (!patterns.length) {
    await ctx.stderr.write('usage: grep [-EFivc] PATTERN\n');
    return 2;
  }
  let res: RegExp[];
  try {
    res = patterns.map((p) => {
      const src = fixed ? p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : extended ? p : p.replace(/\\\|/g, '|');
      return new RegExp(src, ignoreCase ? 'i' : '');
    });
  } catch {
    await ctx.stderr.write(`grep: bad regex '${patterns[0]}'\n`);
    return 2;
  }
  let n = 0;
  for await (const line of lines(ctx)) {
    if (ctx.signal.aborted) break;
    const hit = res.some((r) => r.test(line)) !== invert;
    if (!hit) continue;
    n++;
    if (!count) await ctx.stdout.write(line + '\n');
  }
  if (count) await ctx.stdout.write(`${n}\n`);
  return n > 0 ? 0 : 1;
};

function countArg(argv: string[], fallback: number): number {
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-n') return Number(argv[i + 1]) || fallback;
    const m = /^-n?(\d+)$/.exec(argv[i]);
    if (m) return Number(m[1]);
  }
  return fallback;
}

export const head: CommandHandler = async (ctx) => {
  const n = countArg(ctx.argv, 10);
  let i = 0;
  for await (const line of lines(ctx)) {
    if (i++ >= n) break;
    await ctx.stdout.write(line + '\n');
  }
  return 0;
};

export const tail: CommandHandler = async (ctx) => {
  const n = countArg(ctx.argv, 10);
  const keep: string[] = [];
  for await (const line of lines(ctx)) {
    keep.push(line);
    if (keep.length > n) keep.shift();
  }
  if (keep.length) await ctx.stdout.write(keep.join('\n') + '\n');
  return 0;
};

export const wc: CommandHandler = async (ctx) => {
  const text = await readAll(ctx);
  const l = text.length ? text.split('\n').length - (text.endsWith('\n') ? 1 : 0) : 0;
  await ctx.stdout.write(
    ctx.argv.includes('-l')
      ? `${l}\n`
      : `${l} ${text.split(/\s+/).filter(Boolean).length} ${Buffer.byteLength(text)}\n`,
  );
  return 0;
};

export const tr: CommandHandler = async (ctx) => {
  const text = await readAll(ctx);
  if (ctx.argv[1] === '-d') {
    const set = (ctx.argv[2] ?? '').replace(/\\r/g, '\r').replace(/\\n/g, '\n');
    await ctx.stdout.write([...text].filter((c) => !set.includes(c)).join(''));
    return 0;
  }
  await ctx.stdout.write(text);
  return 0;
};

export const sleep: CommandHandler = async (ctx) => {
  const s = Number(ctx.argv[1] ?? '0');
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, Math.max(0, Math.min(s, 3600)) * 1000);
    ctx.signal.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
  return 0;
};

export const idCmd: CommandHandler = async (ctx) => {
  await ctx.stdout.write(
    'uid=2000(shell) gid=2000(shell) groups=2000(shell),1004(input),1007(log),1011(adb),1015(sdcard_rw),1028(sdcard_r),1078(ext_data_rw),1079(ext_obb_rw),3001(net_bt_admin),3002(net_bt),3003(inet),3006(net_bw_stats),3009(readproc),3011(uhid),3012(readtracefs) context=u:r:shell:s0\n',
  );
  return 0;
};

export const whoami: CommandHandler = async (ctx) => {
  await ctx.stdout.write('shell\n');
  return 0;
};

export const date: CommandHandler = async (ctx) => {
  if (ctx.argv[1] === '+%s') await ctx.stdout.write(`${Math.floor(Date.now() / 1000)}\n`);
  else await ctx.stdout.write(new Date().toString() + '\n');
  return 0;
};
