// @devicefarmer/adbkit-apkreader ships no types; this is the part Push Doctor uses.
declare module '@devicefarmer/adbkit-apkreader' {
  interface ApkReader {
    readManifest(): Promise<Record<string, unknown>>;
    readXml(path: string): Promise<unknown>;
  }
  const ApkReaderStatic: { open(apk: string | Buffer): Promise<ApkReader> };
  export default ApkReaderStatic;
}
