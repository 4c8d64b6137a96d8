/**
 * What an ingest changed, as the steps that undo it. The embedded store writes
 * a document straight into its indexes; should any step fail half way, rolling
 * the journal back leaves the store exactly as it was, so a failed ingest or
 * removal is never half written. Each entry is O(1): undoing never copies a
 * structure the size of the store.
 */
export class UndoJournal {
  private readonly steps: (() => void)[] = [];

  /** Registers the step that undoes a change just made. */
  onUndo(step: () => void): void {
    this.steps.push(step);
  }

  mapSet<K, V>(map: Map<K, V>, key: K, value: V): void {
    this.remember(map, key);
    map.set(key, value);
  }

  mapDelete<K, V>(map: Map<K, V>, key: K): void {
    if (!map.has(key)) return;
    this.remember(map, key);
    map.delete(key);
  }

  /** Sets one property of an object. */
  assign<T extends object, F extends keyof T>(target: T, field: F, value: T[F]): void {
    const previous = target[field];
    this.steps.push(() => {
      target[field] = previous;
    });
    target[field] = value;
  }

  /** Undoes every change, newest first. */
  rollback(): void {
    for (let i = this.steps.length - 1; i >= 0; i -= 1) this.steps[i]();
    this.steps.length = 0;
  }

  private remember<K, V>(map: Map<K, V>, key: K): void {
    const had = map.has(key);
    const previous = map.get(key);
    this.steps.push(() => {
      if (had) map.set(key, previous as V);
      else map.delete(key);
    });
  }
}
