import type { ApiRequestError } from "../api/graphql-client.js";

/** A failed request as the API reported it: code and message, never a blank page. */
export function ErrorBox({ error, onRetry }: { error: ApiRequestError; onRetry?: () => void }) {
  return (
    <div className="error-box" role="alert">
      <p className="error-title">
        The request <code>{error.operation}</code> failed{error.httpStatus ? ` (HTTP ${error.httpStatus})` : ""}.
      </p>
      <ul>
        {error.errors.map((item, index) => (
          <li key={index}>
            <code className="error-code">{item.code}</code> <span className="error-message">{item.message}</span>
            {item.path ? <span className="muted"> at {item.path}</span> : null}
            {item.requestId ? <span className="muted"> · request id {item.requestId}</span> : null}
          </li>
        ))}
      </ul>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function NotFound({ what }: { what: string }) {
  return (
    <div className="error-box" role="alert">
      <p className="error-title">Not found</p>
      <p>{what}</p>
    </div>
  );
}
