// Issue 12 item 2 (the process-wide part): an error that escapes a run — a promise nobody awaited,
// a throw in a timer — is written out redacted and without terminal escapes, and the process goes
// on (in `serve` that keeps every other run, client and the virtual phone alive). The CLI entry
// (`main`, which `serve` runs under) installs the guard; without it Node ends the process.
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = process.cwd();
const SECRET = 's3cr3t-serve-guard-9f8e7d';

/** Bundles a small program against the real sources and runs it (packages resolve from the repo). */
async function runProgram(
  name: string,
  body: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out', 'guard-test-'));
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, body);
  const outfile = join(dir, `${name}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
  });
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [outfile],
      { timeout: 30_000, env: { ...process.env, PUSH_DOCTOR_DEBUG: '' } },
      (err, stdout, stderr) => {
        rmSync(dir, { recursive: true, force: true });
        resolve({
          code: err ? ((err as { code?: number }).code ?? null) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
        });
      },
    );
  });
}

const escapes = (install: string) => `
import { registerSecret } from ${JSON.stringify(join(ROOT, 'src/main/secrets.ts'))};
${install}
registerSecret(${JSON.stringify(SECRET)});
// A watcher nobody awaited (the shape of the delivery-step bug), then a throw in a timer.
void Promise.reject(new Error('the phone went away; key ${SECRET}'));
setTimeout(() => { throw new Error('late failure \\u001b]52;c;aGk=\\u0007 ${SECRET}'); }, 20);
setTimeout(() => { process.stdout.write('still alive\\n'); process.exit(0); }, 300);
`;

describe('the process guard', () => {
  it('the CLI entry installs it: escaped errors are reported redacted and the process goes on', async () => {
    const r = await runProgram(
      'with-guard',
      escapes(`import { main } from ${JSON.stringify(join(ROOT, 'src/cli/index.ts'))};
await main(['node', 'push-doctor', '--version']);`),
    );
    expect(r.stdout).toContain('still alive');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/an internal task failed.*the phone went away; key \*\*\*/);
    expect(r.stderr).toMatch(/an internal error escaped.*late failure/);
    expect(r.stderr).not.toContain(SECRET);
    // No terminal escape (OSC 52 would write the clipboard) reaches stderr.
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u0007');
  }, 60_000);

  it('without it, the same errors end the process (what `serve` did)', async () => {
    const r = await runProgram('without-guard', escapes(''));
    expect(r.stdout).not.toContain('still alive');
    expect(r.code).not.toBe(0);
  }, 60_000);
});
