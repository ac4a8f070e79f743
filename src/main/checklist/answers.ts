// Answers to the checks by hand, given before a run: the CLI's `--confirm STEP[=done|not-done][:note]`
// (repeatable) and `--answers FILE.json`. Pure parsers: a bad answer is refused with what was wrong
// and what to write instead, before anything reaches a phone.
import { z } from 'zod';
import { STEP_IDS, type ManualAnswerInput, type StepId } from '../../shared/types';
import { BadInputError } from '../errors';

const DONE = new Set(['done', 'yes', 'y', 'true', 'ok', 'on']);
const NOT_DONE = new Set(['not-done', 'notdone', 'no', 'n', 'false', 'off']);
const MAX_NOTE = 500;

const FORMAT =
  'Write --confirm STEP[=done|not-done][:note], e.g. --confirm device.power=done:"autostart on in Security".';

function stepId(raw: string, where: string): StepId {
  const id = raw.trim();
  if (!(STEP_IDS as readonly string[]).includes(id))
    throw new BadInputError(`${where}: unknown step "${id}".`, `Steps are: ${STEP_IDS.join(', ')}.`);
  return id as StepId;
}

function cleanNote(note: string | undefined, where: string): string | undefined {
  if (note === undefined) return undefined;
  // Notes reach reports and terminals: no control characters, bounded length.
  const clean = note.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  if (clean.length > MAX_NOTE)
    throw new BadInputError(`${where}: the note is ${clean.length} characters long; at most ${MAX_NOTE}.`);
  return clean || undefined;
}

/** One `--confirm` value: `device.power`, `device.power=not-done`, `device.power=done:a note`, `device.power:a note`. */
export function parseConfirm(value: string): ManualAnswerInput {
  const m = /^([A-Za-z.]+)(?:=([A-Za-z-]*))?(?::([\s\S]*))?$/.exec(value.trim());
  if (!m) throw new BadInputError(`--confirm ${JSON.stringify(value)} is not STEP[=done|not-done][:note].`, FORMAT);
  const id = stepId(m[1], `--confirm ${m[1]}`);
  const word = (m[2] ?? 'done').toLowerCase();
  if (!DONE.has(word) && !NOT_DONE.has(word))
    throw new BadInputError(`--confirm ${id}=${m[2]}: say "done" or "not-done".`, FORMAT);
  const note = cleanNote(m[3], `--confirm ${id}`);
  return { stepId: id, done: DONE.has(word), ...(note ? { note } : {}) };
}

const entry = z.union([
  z.boolean(),
  z.enum(['done', 'not-done']),
  z.object({ done: z.boolean(), note: z.string().optional() }).strict(),
]);
const listSchema = z
  .array(z.object({ stepId: z.string(), done: z.boolean(), note: z.string().optional() }).strict())
  .max(STEP_IDS.length * 2);
const mapSchema = z.record(z.string(), entry);

/**
 * An answers file: `{"device.power": {"done": true, "note": "…"}}` (or `"done"`/`"not-done"`/`true`),
 * or a list `[{"stepId": "device.power", "done": true, "note": "…"}]`.
 */
export function parseAnswersFile(text: string, file: string): ManualAnswerInput[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new BadInputError(
      `${file} is not valid JSON (${(err as Error).message}).`,
      'Write {"device.power": {"done": true, "note": "autostart on"}}.',
    );
  }
  // One schema per shape, so that an error names the field (a union would only say "invalid input").
  const parsed = Array.isArray(json) ? listSchema.safeParse(json) : mapSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BadInputError(
      `${file}: ${issue.path.length ? issue.path.join('.') : 'the file'}: ${issue.message}.`,
      'Write {"device.power": {"done": true, "note": "autostart on"}} or a list of {"stepId", "done", "note"}.',
    );
  }
  const list = Array.isArray(parsed.data)
    ? parsed.data.map((a) => ({ stepId: a.stepId, done: a.done, note: a.note }))
    : Object.entries(parsed.data).map(([id, v]) =>
        typeof v === 'object'
          ? { stepId: id, done: v.done, note: v.note }
          : { stepId: id, done: v === true || v === 'done' },
      );
  return list.map((a) => {
    const id = stepId(a.stepId, `${file}: ${a.stepId}`);
    const note = cleanNote(a.note, `${file}: ${id}`);
    return { stepId: id, done: a.done, ...(note ? { note } : {}) };
  });
}

/** The answers of several sources, the later winning per step (a --confirm beats the file). */
export function mergeAnswers(...lists: ManualAnswerInput[][]): ManualAnswerInput[] {
  const byId = new Map<StepId, ManualAnswerInput>();
  for (const list of lists) for (const a of list) byId.set(a.stepId, a);
  return [...byId.values()];
}
