// Byte-level file commands of toybox that read the phone's files: `head -c`, `tail -c [+]N`,
// `stat -c %s`. Push Doctor reads an APK's zip directory and manifest with them instead of
// pulling the whole file; line-mode head/tail stay in text.ts.
import type { CommandContext, CommandHandler } from '../run';
import type { VirtualPhone } from '../../phone/phone';
import { head as headLines, tail as tailLines } from './text';

async function readFile(phone: VirtualPhone, path: string): Promise<Buffer | undefined> {
  return phone.userFiles.get(path) ?? (phone.files.has(path) ? await phone.files.get(path)!() : undefined);
}

async function readStdin(ctx: CommandContext, limit = Infinity): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  if (!ctx.stdin) return Buffer.alloc(0);
  for await (const chunk of ctx.stdin) {
    // Keep only what is asked for (a piped 100 MB file must not be copied whole).
    const take = chunk.length > limit - size ? chunk.subarray(0, limit - size) : chunk;
    parts.push(take);
    size += take.length;
    if (size >= limit) break;
  }
  return Buffer.concat(parts);
}

/** `-c N` / `-cN` / `-c +N`: the byte count and whether it counts from the start (+). */
function byteArg(argv: string[]): { n: number; fromStart: boolean; rest: string[] } | null {
  const rest: string[] = [];
  let spec: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    if (argv[i] === '-c') spec = argv[++i];
    else if (/^-c[+]?\d+$/.test(argv[i])) spec = argv[i].slice(2);
    else rest.push(argv[i]);
  }
  if (spec === undefined) return null;
  const m = /^(\+)?(\d+)$/.exec(spec);
  return m ? { n: Number(m[2]), fromStart: !!m[1], rest } : { n: NaN, fromStart: false, rest };
}

async function invalidNumber(ctx: CommandContext, name: string): Promise<number> {
  await ctx.stderr.write(`${name}: invalid number\n`);
  return 1;
}

async function input(phone: VirtualPhone, ctx: CommandContext, files: string[], name: string): Promise<Buffer | null> {
  if (!files.length) return readStdin(ctx);
  const data = await readFile(phone, files[0]);
  if (!data) {
    await ctx.stderr.write(`${name}: ${files[0]}: No such file or directory\n`);
    return null;
  }
  return data;
}

export function head(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const c = byteArg(ctx.argv);
    if (!c) return headLines(ctx);
    if (!Number.isFinite(c.n)) return invalidNumber(ctx, 'head');
    const data = c.rest.length ? await input(phone, ctx, c.rest, 'head') : await readStdin(ctx, c.n);
    if (!data) return 1;
    await ctx.stdout.write(data.subarray(0, c.n));
    return 0;
  };
}

export function tail(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const c = byteArg(ctx.argv);
    if (!c) return tailLines(ctx);
    if (!Number.isFinite(c.n)) return invalidNumber(ctx, 'tail');
    const data = await input(phone, ctx, c.rest, 'tail');
    if (!data) return 1;
    // `+N` starts at byte N (1-based), as in toybox and coreutils.
    await ctx.stdout.write(
      c.fromStart ? data.subarray(Math.max(0, c.n - 1)) : data.subarray(Math.max(0, data.length - c.n)),
    );
    return 0;
  };
}

export function stat(phone: VirtualPhone): CommandHandler {
  return async (ctx) => {
    const args = ctx.argv.slice(1);
    let format: string | undefined;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-c') format = args[++i];
      else files.push(args[i]);
    }
    let status = 0;
    for (const f of files) {
      const data = await readFile(phone, f);
      if (!data) {
        await ctx.stderr.write(`stat: '${f}': No such file or directory\n`);
        status = 1;
        continue;
      }
      if (format !== undefined)
        await ctx.stdout.write(format.replace(/%s/g, String(data.length)).replace(/%n/g, f) + '\n');
      else
        await ctx.stdout.write(
          `  File: ${f}\n  Size: ${data.length}\t Blocks: ${Math.ceil(data.length / 512)}\t IO Blocks: 4096\tregular file\n`,
        );
    }
    return status;
  };
}
