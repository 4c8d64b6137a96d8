import type { StatusLabelFragment } from "../generated/graphql.js";
import { decidedBy, describeStatus, STATE_LABELS } from "../labels.js";

/** Whether an instrument still stands, as far as the graph knows, and what decided it. */
export function StatusBadge({ status }: { status: StatusLabelFragment }) {
  return (
    <span className={`status status-${status.state.toLowerCase()}`} title={describeStatus(status)} data-state={status.state}>
      {STATE_LABELS[status.state]}
      {status.state !== "IN_FORCE" && status.since ? ` since ${status.since}` : ""}
    </span>
  );
}

export function StatusLine({ status }: { status: StatusLabelFragment }) {
  return (
    <p className="status-line">
      <StatusBadge status={status} /> <span className="muted">{decidedBy(status) || "as far as the stored documents say"}</span>
    </p>
  );
}
