// Issue 12 item 9: `serve` over the real adb server and a virtual phone, with the real service
// behind it. Log streams belong to the connection that opened them (only it gets their lines) and
// end at the phone when it disconnects; a client that stops reading gets its log lines dropped and
// counted instead of growing the server's memory; finished runs are kept bounded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { startAdbServer, waitFor, type TestAdbServer } from '../helpers/adb-server';
import { connectedPhone } from '../helpers/phones';
import { frame, rawUpgrade } from '../helpers/raw-ws';
import { AdbHub } from '../../src/main/adb/hub';
import { PushDoctorService } from '../../src/main/service';
import { FileProfileStore } from '../../src/main/profiles/store';
import { startServe, type ServeHandle } from '../../src/cli/serve/server';
import type { VirtualDevice } from '../../src/sim/device';
import type { PushDoctorEvent } from '../../src/shared/contract';

const SOFT = 128 * 1024;
let adb: TestAdbServer;
let dir: string;
let hub: AdbHub;
let service: PushDoctorService;
let serve: ServeHandle;
const devices: VirtualDevice[] = [];
let phone: VirtualDevice;
/** `logcat` followers open at the phone's log buffer right now (what a stream costs the phone). */
let followers = 0;
const serviceEvents: PushDoctorEvent[] = [];

beforeAll(async () => {
  adb = await startAdbServer();
  dir = mkdtempSync(join(tmpdir(), 'pd-serve-limits-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ui</title>');
  phone = await connectedPhone(adb, devices, 'xiaomi-hyperos');
  const log = phone.phone.log;
  const follow = log.follow.bind(log);
  log.follow = (listener) => {
    followers++;
    const stop = follow(listener);
    let stopped = false;
    return () => {
      if (!stopped) followers--;
      stopped = true;
      return stop();
    };
  };
  hub = new AdbHub({ servers: [`127.0.0.1:${adb.port}`] });
  service = new PushDoctorService({ front: 'serve', hub, profiles: new FileProfileStore(join(dir, 'profiles')) });
  service.onEvent((e) => serviceEvents.push(e));
  service.start();
  serve = await startServe({
    api: service,
    subscribe: (l) => service.onEvent(l),
    staticDir: dir,
    sendSoftCap: SOFT,
    log: () => undefined,
  });
  await waitFor(
    async () => (await service.listDevices()).some((d) => d.serial === phone.serial && d.state === 'device'),
    20_000,
    'the phone',
  );
}, 60_000);

afterAll(async () => {
  phone?.phone.stopLogFlood();
  await serve?.close();
  service?.stop();
  for (const d of devices) await d.stop();
  await adb?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Client {
  ws: WebSocket;
  events: PushDoctorEvent[];
  call(method: string, payload: unknown): Promise<{ result?: unknown; error?: { message: string } }>;
}

async function client(): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${serve.port}/ws?token=${serve.token}`, {
    headers: { origin: `http://127.0.0.1:${serve.port}` },
  });
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  const events: PushDoctorEvent[] = [];
  const waiting = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  let next = 1;
  ws.on('message', (d) => {
    const m = JSON.parse(String(d));
    if (m.event) events.push(m.event);
    else waiting.get(m.id)?.(m);
  });
  return {
    ws,
    events,
    call: (method, payload) =>
      new Promise((resolve) => {
        const id = next++;
        waiting.set(id, resolve);
        ws.send(JSON.stringify({ id, method, payload }));
      }),
  };
}

const linesOf = (c: Client, streamId: string) =>
  c.events.filter((e) => e.type === 'logcat' && e.streamId === streamId).length;

describe('serve: log streams belong to their client', () => {
  it("sends a stream's lines only to the client that opened it, and ends the stream at the phone when that client goes", async () => {
    const before = followers;
    const a = await client();
    const b = await client();
    const sa = ((await a.call('startLogcat', { serial: phone.serial })).result as { streamId: string }).streamId;
    const sb = ((await b.call('startLogcat', { serial: phone.serial })).result as { streamId: string }).streamId;
    await waitFor(() => followers === before + 2, 10_000, 'two logcat followers at the phone');
    phone.phone.startLogFlood(200);
    try {
      await waitFor(() => linesOf(a, sa) > 2 && linesOf(b, sb) > 2, 15_000, 'lines on both streams');
      expect(linesOf(a, sb)).toBe(0);
      expect(linesOf(b, sa)).toBe(0);
      // One client cannot stop the other's stream.
      expect((await b.call('stopLogcat', { streamId: sa })).error?.message).toMatch(/No log stream/);
      a.ws.close();
      await waitFor(
        () => serviceEvents.some((e) => e.type === 'logcat-ended' && e.streamId === sa),
        10_000,
        "a's stream ended",
      );
      await waitFor(() => followers === before + 1, 10_000, "a's follower gone at the phone");
      const bLines = linesOf(b, sb);
      await waitFor(() => linesOf(b, sb) > bLines, 10_000, "b's stream still running");
      b.ws.terminate(); // an abrupt end too
      await waitFor(() => followers === before, 10_000, "b's follower gone at the phone");
    } finally {
      phone.phone.stopLogFlood();
    }
  }, 60_000);

  it('drops and counts log lines for a client that stops reading; its buffer stays under the cap', async () => {
    const good = await client();
    const slow = await rawUpgrade({ port: serve.port, token: serve.token });
    slow.send(frame(JSON.stringify({ id: 1, method: 'startLogcat', payload: { serial: phone.serial } })));
    await waitFor(() => slow.messages.some((m) => m.includes('streamId')), 10_000, 'the stream id');
    const streamId = (
      JSON.parse(slow.messages.find((m) => m.includes('streamId'))!) as { result: { streamId: string } }
    ).result.streamId;
    slow.socket.pause();
    const stats = () => serve.clients().find((c) => c.streams.includes(streamId));
    phone.phone.startLogFlood(5000);
    try {
      await waitFor(() => (stats()?.droppedEvents ?? 0) >= 5, 60_000, 'dropped log batches');
      const s = stats()!;
      // One batch is at most 2000 lines (the session's own cap) of a few hundred bytes.
      expect(s.maxBufferedAmount).toBeLessThanOrEqual(SOFT + 2000 * 400);
      expect((await good.call('getInfo', null)).result).toMatchObject({ front: 'serve' });
      // Reading again (while lines still come), it is told how many lines it missed.
      slow.socket.resume();
      await waitFor(
        () =>
          slow.messages.some(
            (m) => m.includes('"type":"logcat"') && (JSON.parse(m) as { event: { dropped: number } }).event.dropped > 0,
          ),
        30_000,
        'a batch counting the dropped lines',
      );
    } finally {
      phone.phone.stopLogFlood();
    }
    slow.socket.destroy();
    good.ws.close();
    await waitFor(() => !stats(), 10_000, 'the slow client gone');
  }, 120_000);
});

describe('serve: run history', () => {
  it('keeps the newest 20 finished runs and forgets older ones', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 22; i++) {
      const { runId } = await service.runDiagnosis({
        serial: phone.serial,
        package: 'com.example.chat',
        steps: ['adb.connection'],
      });
      ids.push(runId);
      await waitFor(
        () => serviceEvents.some((e) => e.type === 'run-finished' && e.runId === runId),
        20_000,
        `run ${i}`,
      );
    }
    expect(await service.getReport({ runId: ids[0] })).toBeNull();
    expect(await service.getReport({ runId: ids[1] })).toBeNull();
    await expect(service.cancelRun({ runId: ids[0] })).rejects.toThrow(/No diagnosis/);
    for (const id of ids.slice(2)) expect((await service.getReport({ runId: id }))?.steps.length).toBeGreaterThan(0);
  }, 120_000);
});
