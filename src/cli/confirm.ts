// Asking the user before something that cannot be taken back (a reboot). On a terminal the
// question is asked; anywhere else (CI, a pipe) the answer must have been given with --yes, so
// that nothing waits for an answer no one can type.
import { createInterface } from 'node:readline/promises';
import { usageError } from './errors';

export async function confirm(question: string, flag: string): Promise<void> {
  if (!process.stdin.isTTY || !process.stderr.isTTY)
    throw usageError(`${question} Nobody can answer here (not a terminal).`, `Add ${flag} to go ahead.`);
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = (await rl.question(`${question} [y/N] `)).trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') throw usageError('Not confirmed: nothing was changed on the phone.');
  } finally {
    rl.close();
  }
}
