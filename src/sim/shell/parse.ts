// The subset of the phone's shell (mksh) language that adb clients send: words with quotes and
// escapes, `$?`/`$VAR` expansion, `;` `&&` `||` lists, `|` pipelines, redirections and leading
// assignments. Enough for `adb logcat`'s `export …; exec logcat …`, adbkit's quoting, batched
// questions with exit-status markers, and users' own one-liners.

export interface Redirect {
  fd: 1 | 2;
  /** A path, or `&1`/`&2` for duplication. */
  target: string;
  append: boolean;
}

export interface SimpleCommand {
  assignments: [string, Word][];
  words: Word[];
  redirects: Redirect[];
}

/** A word keeps its parts so that expansion happens at run time (`$?` changes between commands). */
export type Word = WordPart[];
export type WordPart = { kind: 'text'; value: string } | { kind: 'var'; name: string; quoted: boolean };

export interface Pipeline {
  commands: SimpleCommand[];
}

export interface ListItem {
  /** How this pipeline is joined to the previous one. */
  op: ';' | '&&' | '||';
  pipeline: Pipeline;
}

export class ShellSyntaxError extends Error {}

type Token =
  | { t: 'word'; word: Word; raw: string }
  | { t: 'op'; op: ';' | '&&' | '||' | '|' | '&' }
  | { t: 'redir'; fd: 1 | 2; append: boolean; dup?: string };

const VAR_START = /[A-Za-z_?#$!@*0-9]/;

function readVar(src: string, i: number, quoted: boolean, out: WordPart[]): number {
  // src[i] === '$'
  const next = src[i + 1];
  if (next === '{') {
    const end = src.indexOf('}', i + 2);
    if (end < 0) throw new ShellSyntaxError('missing }');
    out.push({ kind: 'var', name: src.slice(i + 2, end), quoted });
    return end + 1;
  }
  if (next !== undefined && VAR_START.test(next)) {
    if (/[?#$!@*0-9]/.test(next)) {
      out.push({ kind: 'var', name: next, quoted });
      return i + 2;
    }
    let j = i + 1;
    while (j < src.length && /[A-Za-z0-9_]/.test(src[j])) j++;
    out.push({ kind: 'var', name: src.slice(i + 1, j), quoted });
    return j;
  }
  out.push({ kind: 'text', value: '$' });
  return i + 1;
}

export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c !== '\n' && c !== '\u00a0' && /\s/.test(c)) {
      // Any blank but a newline separates words (\f, \v and Unicode spaces included, as the word
      // reader below stops at them too: a blank it could not consume would loop forever).
      i++;
      continue;
    }
    if (c === '\n' || c === ';') {
      tokens.push({ t: 'op', op: ';' });
      i++;
      continue;
    }
    if (c === '#') {
      // A comment runs to the end of the line.
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '&' && src[i + 1] === '&') {
      tokens.push({ t: 'op', op: '&&' });
      i += 2;
      continue;
    }
    if (c === '|' && src[i + 1] === '|') {
      tokens.push({ t: 'op', op: '||' });
      i += 2;
      continue;
    }
    if (c === '|') {
      tokens.push({ t: 'op', op: '|' });
      i++;
      continue;
    }
    if (c === '&' && src[i + 1] !== '>') {
      tokens.push({ t: 'op', op: '&' });
      i++;
      continue;
    }
    // Redirections: >, >>, 2>, 2>>, 2>&1, 1>&2, >&2, &>
    const redir = /^(?:([12])?(>>|>)(&[12])?|&>)/.exec(src.slice(i, i + 5));
    if (redir && (redir[1] === undefined || src[i] === '1' || src[i] === '2')) {
      if (redir[0] === '&>') {
        tokens.push({ t: 'redir', fd: 1, append: false });
        tokens.push({ t: 'redir', fd: 2, append: false, dup: '&1' });
        i += 2;
        continue;
      }
      const fd = (redir[1] ? Number(redir[1]) : 1) as 1 | 2;
      tokens.push({ t: 'redir', fd, append: redir[2] === '>>', dup: redir[3] });
      i += redir[0].length;
      continue;
    }
    if (c === '<') {
      // Input redirection is not used by adb clients; treat `< file` as reading nothing.
      i++;
      continue;
    }
    // A word.
    const parts: WordPart[] = [];
    const start = i;
    let text = '';
    const flush = () => {
      if (text) parts.push({ kind: 'text', value: text });
      text = '';
    };
    while (i < src.length) {
      const ch = src[i];
      if (/[\s;&|<>]/.test(ch) && ch !== '\u00a0') {
        // `2>` inside a word like `foo2>x` is a redirection only at word start; here it ends the word.
        break;
      }
      if (ch === '\\') {
        if (i + 1 < src.length) text += src[i + 1];
        i += 2;
        continue;
      }
      if (ch === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw new ShellSyntaxError("unterminated '");
        text += src.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (ch === '"') {
        i++;
        while (i < src.length && src[i] !== '"') {
          if (src[i] === '\\' && /["\\$`\n]/.test(src[i + 1] ?? '')) {
            text += src[i + 1];
            i += 2;
          } else if (src[i] === '$') {
            flush();
            i = readVar(src, i, true, parts);
          } else {
            text += src[i++];
          }
        }
        if (src[i] !== '"') throw new ShellSyntaxError('unterminated "');
        i++;
        // An empty "" still makes a word.
        if (!text && parts.length === 0) parts.push({ kind: 'text', value: '' });
        continue;
      }
      if (ch === '$') {
        flush();
        i = readVar(src, i, false, parts);
        continue;
      }
      if (ch === '`') throw new ShellSyntaxError('command substitution is not supported');
      text += ch;
      i++;
    }
    flush();
    if (i === start) throw new ShellSyntaxError(`syntax error near '${src[i]}'`);
    tokens.push({ t: 'word', word: parts, raw: src.slice(start, i) });
  }
  return tokens;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

export function parse(src: string): ListItem[] {
  const tokens = tokenize(src);
  const list: ListItem[] = [];
  let op: ListItem['op'] = ';';
  let pipeline: Pipeline = { commands: [] };
  let cmd: SimpleCommand = { assignments: [], words: [], redirects: [] };

  const endCommand = () => {
    if (cmd.words.length || cmd.assignments.length || cmd.redirects.length) pipeline.commands.push(cmd);
    cmd = { assignments: [], words: [], redirects: [] };
  };
  const endPipeline = (nextOp: ListItem['op']) => {
    endCommand();
    if (pipeline.commands.length) list.push({ op, pipeline });
    else if (nextOp !== ';') throw new ShellSyntaxError(`syntax error: unexpected '${nextOp}'`);
    pipeline = { commands: [] };
    op = nextOp;
  };

  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k];
    if (tok.t === 'word') {
      const first = tok.word[0];
      const m = cmd.words.length === 0 && first?.kind === 'text' ? ASSIGNMENT.exec(first.value) : null;
      if (m) {
        const rest: Word = [
          { kind: 'text', value: first.kind === 'text' ? first.value.slice(m[0].length) : '' },
          ...tok.word.slice(1),
        ];
        cmd.assignments.push([m[1], rest]);
      } else cmd.words.push(tok.word);
    } else if (tok.t === 'redir') {
      if (tok.dup) {
        cmd.redirects.push({ fd: tok.fd, target: tok.dup, append: false });
        continue;
      }
      const target = tokens[k + 1];
      if (!target || target.t !== 'word') throw new ShellSyntaxError('syntax error: redirection without a file');
      k++;
      cmd.redirects.push({
        fd: tok.fd,
        target: target.word.map((p) => (p.kind === 'text' ? p.value : '')).join(''),
        append: tok.append,
      });
    } else if (tok.op === '|') {
      endCommand();
      if (pipeline.commands.length === 0) throw new ShellSyntaxError("syntax error: unexpected '|'");
    } else if (tok.op === '&') {
      // Background jobs run in the foreground here; adb clients do not rely on `&`.
      endPipeline(';');
    } else {
      endPipeline(tok.op);
    }
  }
  endPipeline(';');
  return list;
}
