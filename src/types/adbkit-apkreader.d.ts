// @devicefarmer/adbkit-apkreader ships no types. Push Doctor reads manifests with src/main/apk/axml.ts;
// this reader is kept only as the tests' oracle on real APKs (test/unit/apk/hostile-manifest.test.ts).
declare module '@devicefarmer/adbkit-apkreader' {
  interface ApkReader {
    readManifest(): Promise<Record<string, unknown>>;
    readXml(path: string): Promise<unknown>;
  }
  const ApkReaderStatic: { open(apk: string | Buffer): Promise<ApkReader> };
  export default ApkReaderStatic;
}
