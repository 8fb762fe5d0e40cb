/**
 * Turn pasted text (popup, context menu) into a document of the data contract.
 * A conversation is split into messages at lines that start with "Name:";
 * messages by `author` (or all of them when no author is given) are the
 * freelancer's, the others the client's.
 */
import type { Kind } from './protocol';

const SPEAKER = /^([^\n:]{1,40}):[ \t]+/;

export function docFromText(kind: Kind, text: string, author?: string): Record<string, unknown> {
  const id = 'pasted';
  switch (kind) {
    case 'profile':
      return { kind, id, overview: text };
    case 'proposal':
      return { kind, id, text };
    case 'message':
      return { kind, id, text };
    case 'thread':
      return { kind, id, messages: splitConversation(text, author) };
  }
}

export function splitConversation(text: string, author?: string): Array<{ author: { name: string }; role: 'freelancer' | 'client'; text: string }> {
  const me = author?.trim().toLowerCase() ?? '';
  const out: Array<{ author: { name: string }; role: 'freelancer' | 'client'; text: string }> = [];
  let cur: { name: string; lines: string[] } | null = null;
  const flush = () => {
    if (!cur) return;
    const body = cur.lines.join('\n').trim();
    if (body) {
      const role = !me || cur.name.trim().toLowerCase() === me ? 'freelancer' : 'client';
      out.push({ author: { name: cur.name }, role, text: body });
    }
  };
  for (const line of text.split('\n')) {
    const m = SPEAKER.exec(line);
    if (m && m[1] !== undefined) {
      flush();
      cur = { name: m[1].trim(), lines: [line.slice(m[0].length)] };
    } else {
      if (!cur) cur = { name: author?.trim() || 'freelancer', lines: [] };
      cur.lines.push(line);
    }
  }
  flush();
  return out;
}
