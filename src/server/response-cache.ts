/** Response bytes and the headers Apollo sent with them, content-length included. */
export interface CachedResponse {
  headers: Record<string, string>;
  body: Buffer;
}

export interface ResponseCacheLimits {
  /** 0 disables the cache. */
  maxEntries: number;
  maxBytes: number;
}

/**
 * Whole responses of successful queries, by request, valid for one store
 * revision: the first read at another revision empties the cache, so an
 * ingest invalidates everything at once. Least recently used entries go first
 * when either bound is reached.
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private revision: number | null = null;
  private bytes = 0;

  constructor(private readonly limits: ResponseCacheLimits) {}

  get enabled(): boolean {
    return this.limits.maxEntries > 0 && this.limits.maxBytes > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, revision: number): CachedResponse | undefined {
    this.follow(revision);
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  /** Keeps a response computed entirely at `revision` (read before the request ran and again after it). */
  set(key: string, revision: number, response: CachedResponse): void {
    if (!this.enabled) return;
    this.follow(revision);
    const size = sizeOf(key, response);
    if (size > this.limits.maxBytes) return;
    this.delete(key);
    this.entries.set(key, response);
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= sizeOf(oldest, entry);
    }
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= sizeOf(key, entry);
  }

  private follow(revision: number): void {
    if (revision === this.revision) return;
    this.entries.clear();
    this.bytes = 0;
    this.revision = revision;
  }
}

/** Approximate bytes held: the key's UTF-16 code units, the body, the headers. */
function sizeOf(key: string, response: CachedResponse): number {
  let size = key.length * 2 + response.body.length;
  for (const [name, value] of Object.entries(response.headers)) size += (name.length + value.length) * 2;
  return size;
}
