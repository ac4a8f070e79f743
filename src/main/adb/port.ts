// The adb server port from the environment, apart from the server code so that commands which
// never talk to adb (detect, tokens --log) do not load the adb client to learn it.
export function defaultServerPort(env: NodeJS.ProcessEnv = process.env): number {
  const p = Number.parseInt(env.ANDROID_ADB_SERVER_PORT ?? '', 10);
  return Number.isInteger(p) && p > 0 && p < 65536 ? p : 5037;
}
