import { useLayoutEffect, useState } from "react";
import type { TypedDocumentString } from "../generated/graphql.js";
import { ApiRequestError, client } from "./graphql-client.js";

export interface QueryState<T> {
  data: T | null;
  error: ApiRequestError | null;
  loading: boolean;
}

export type QueryResult<T> = QueryState<T> & { retry(): void };

/**
 * Runs a typed operation whenever its variables change; a newer request aborts
 * the older one, so a fast typist never sees an out-of-date answer.
 */
export function useQuery<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean; keepPrevious?: boolean } = {},
): QueryResult<TResult> {
  const [state, setState] = useState<QueryState<TResult>>({ data: null, error: null, loading: !options.skip });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(variables);
  // A layout effect sends the request before the browser paints the loading state, not after: on a
  // first visit that paint can take longer than the answer.
  useLayoutEffect(() => {
    if (options.skip) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    // A drawing that grows keeps what it has while the larger answer comes.
    setState((previous) => ({ data: options.keepPrevious ? previous.data : null, error: null, loading: true }));
    client.request(document, variables, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = error instanceof ApiRequestError ? error : new ApiRequestError("unknown", [{ code: "CLIENT_ERROR", message: String(error) }], null);
        setState({ data: null, error: failure, loading: false });
      },
    );
    return () => controller.abort();
    // The variables are compared by value, through their JSON.
  }, [document, key, options.skip, attempt]);
  return { ...state, retry: () => setAttempt((value) => value + 1) };
}
