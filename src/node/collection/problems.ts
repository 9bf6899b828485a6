// Problems with an articles folder, always as `file:line: reason`.

export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'SeedError';
  }
}

/** Every problem found in a folder, so a user fixes them all in one go. */
export class SeedErrors extends Error {
  constructor(readonly problems: SeedError[]) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'SeedErrors';
  }
}

/** Collects problems; a parser reports what it can keep going past and throws what it can't. */
export class Problems {
  readonly list: SeedError[] = [];

  add(file: string, line: number, reason: string): void {
    this.list.push(new SeedError(file, line, reason));
  }

  /** Runs `fn`; a SeedError it throws is recorded and `undefined` returned. */
  attempt<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (e) {
      if (!(e instanceof SeedError)) throw e;
      this.list.push(e);
      return undefined;
    }
  }

  /** Throws all problems at once, sorted by file and line, if there are any. */
  throwIfAny(): void {
    if (!this.list.length) return;
    const sorted = [...this.list].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    throw new SeedErrors(sorted);
  }
}
