// Everything the CLI prints goes through here: phone properties, log lines and vendor answers can
// carry terminal escape sequences (OSC 52 writes the clipboard, OSC 8 fakes links, CSI moves the
// cursor and repaints what the user reads) and secrets echoed back by an endpoint. Both stdout
// and stderr are guarded once at start-up, so no command can forget.
import { redact } from '../main/secrets';

// ESC-introduced sequences whole, so that their payload does not spill as text:
// OSC/DCS/SOS/PM/APC (ESC ] P X ^ _) up to BEL or ST, CSI (ESC [) up to its final byte, and any
// other two-byte escape. The 8-bit C1 forms (U+009B CSI, U+009D OSC, ...) likewise.
const OSC_LIKE =
  /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
const ESC_OTHER = /\u001b[ -/]*[0-~]?/g;
// What is left of C0 (but \t and \n), DEL and C1.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Removes terminal control sequences and characters; keeps text, tabs and newlines. */
export function stripControl(text: string): string {
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(text)) return text;
  return text.replace(OSC_LIKE, '').replace(CSI, '').replace(ESC_OTHER, '').replace(CONTROL, '');
}

/** What the CLI writes to a terminal or a pipe: secrets redacted, control characters gone. */
export function safeOutput(text: string): string {
  return stripControl(redact(text));
}

type Write = typeof process.stdout.write;

/** Routes process.stdout/stderr through safeOutput; returns a function that undoes it. */
export function installOutputGuard(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): () => void {
  const restore: (() => void)[] = [];
  for (const stream of streams) {
    if ((stream as { __pdGuard?: boolean }).__pdGuard) continue;
    const original = stream.write;
    const guarded = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      let out = chunk;
      if (typeof chunk === 'string') out = safeOutput(chunk);
      else if (chunk instanceof Uint8Array) {
        out = safeOutput(Buffer.from(chunk).toString('utf8'));
      }
      return (original as (...a: unknown[]) => boolean).call(this, out, ...rest);
    } as Write;
    stream.write = guarded;
    (stream as { __pdGuard?: boolean }).__pdGuard = true;
    (stream as { __pdOriginal?: Write }).__pdOriginal = original;
    restore.push(() => {
      stream.write = original;
      (stream as { __pdGuard?: boolean }).__pdGuard = false;
    });
  }
  return () => restore.forEach((r) => r());
}

/**
 * Writes a line the user must see whole although it holds a registered secret: the one place is
 * `serve`'s ready line, whose URL carries the access token the user opens. Control characters are
 * still stripped.
 */
export function writeUnredacted(stream: NodeJS.WriteStream, text: string): void {
  const original = (stream as { __pdOriginal?: Write }).__pdOriginal ?? stream.write;
  (original as (...a: unknown[]) => boolean).call(stream, stripControl(text));
}

/** Writes our own terminal control (a spinner's redraw) followed by guarded text. */
export function writeControl(stream: Pick<NodeJS.WriteStream, 'write'>, control: string, text: string): void {
  const original = (stream as { __pdOriginal?: Write }).__pdOriginal ?? stream.write;
  (original as (...a: unknown[]) => boolean).call(stream, control + safeOutput(text));
}
