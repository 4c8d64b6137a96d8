import type { GraphStore } from "../src/graph/graph-store.js";

export interface StoreCall {
  method: string;
  /** Keys in the call when its first argument is a list (a DataLoader batch), else 1. */
  keys: number;
}

export interface CountingStore {
  store: GraphStore;
  calls: StoreCall[];
  reset(): void;
  /** Calls per method, in first-call order. */
  summary(): Record<string, number>;
}

/** Wraps a store so every method call is recorded; the wrapped store answers unchanged. */
export function countStoreCalls(inner: GraphStore): CountingStore {
  const calls: StoreCall[] = [];
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function" || typeof property !== "string") return value;
      return (...args: unknown[]) => {
        calls.push({ method: property, keys: Array.isArray(args[0]) ? args[0].length : 1 });
        return value.apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    reset: () => {
      calls.length = 0;
    },
    summary: () => {
      const counts: Record<string, number> = {};
      for (const call of calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
      return counts;
    },
  };
}
