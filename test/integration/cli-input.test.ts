// Bad input at the CLI, run as a user runs it: a clear message, exit 2 for bad input (1 for a job
// that failed), never a stack trace, never a hang.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';
import { freePort } from '../helpers/adb-server';

let dir: string;
const STACK = /\n\s+at .+:\d+:\d+/;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pd-cli-input-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('props files', () => {
  it.each([
    ['empty', '', /holds no properties/],
    [
      'binary',
      Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 9].concat(Array(500).fill(0))),
      /binary file, not text/,
    ],
    ['truncated', '[ro.product.brand]: [Xiaomi]\n[ro.product.model]: [2312', /looks truncated/],
    ['not a dump', 'hello\nworld\n', /no properties|not a|lacks/],
  ])('%s: exit 2 with what is wrong and how to save a good one', async (name, content, message) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, content);
    const res = await runCli(['detect', '--props', file]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stderr).not.toMatch(STACK);
  });

  it('a missing file is named', async () => {
    const res = await runCli(['detect', '--props', join(dir, 'nope.txt')]);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('nope.txt');
  });
});

describe('ports and adb servers', () => {
  it('a virtual phone on a port in use: exit 2, says to pick another', async () => {
    const srv = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    try {
      const port = (srv.address() as net.AddressInfo).port;
      const res = await runCli(['sim', '--port', String(port)]);
      expect(res.code).toBe(2);
      expect(res.stderr).toContain(`Port ${port} is in use`);
    } finally {
      srv.close();
    }
  });

  it('a port held by something that is not adb: exit 1 within seconds, says what holds it', async () => {
    // Accepts connections and never answers, like a hung program on 5037.
    const sockets: net.Socket[] = [];
    const srv = net.createServer((s) => sockets.push(s)).listen(0, '127.0.0.1');
    await new Promise((r) => srv.once('listening', r));
    try {
      const port = (srv.address() as net.AddressInfo).port;
      const res = await runCli(['--adb-port', String(port), 'devices'], { timeoutMs: 20_000 });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain(`did not answer as an adb server`);
      expect(res.stderr).toContain(`kill-server`);
      expect(res.stderr.match(/did not answer/g)).toHaveLength(1);
    } finally {
      for (const s of sockets) s.destroy();
      srv.close();
    }
  });

  it('an adb binary that is not there: the install hint', async () => {
    const res = await runCli(['--adb-path', join(dir, 'no-adb'), '--adb-port', String(await freePort()), 'devices']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('adb was not found');
    expect(res.stderr).toMatch(/apt-get install adb/);
  });

  it('an adb server address that is not one: exit 2', async () => {
    const res = await runCli(['--adb', 'host;reboot:5037', 'devices']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('is not an adb server address');
  });
});
