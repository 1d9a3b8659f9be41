/**
 * Large diffs are not sent inline: a migration whose diff is over the server's limit answers with a resource link
 * (`glide-codemod://diffs/<id>`) and the client reads the diff from this store when it wants it. The store keeps
 * the most recent diffs only (a long session does not grow without bound); an id that has gone is refused.
 */
import { randomUUID } from 'node:crypto';

const KEPT = 20;

export interface StoredDiff {
  readonly id: string;
  readonly text: string;
  readonly title: string;
}

export class DiffStore {
  private readonly diffs = new Map<string, StoredDiff>();

  put(text: string, title: string): StoredDiff {
    const stored = { id: randomUUID(), text, title };
    this.diffs.set(stored.id, stored);
    for (const oldest of this.diffs.keys()) {
      if (this.diffs.size <= KEPT) break;
      this.diffs.delete(oldest);
    }
    return stored;
  }

  get(id: string): StoredDiff | undefined {
    return this.diffs.get(id);
  }

  list(): readonly StoredDiff[] {
    return [...this.diffs.values()];
  }
}

export function diffUri(id: string): string {
  return `glide-codemod://diffs/${id}`;
}
