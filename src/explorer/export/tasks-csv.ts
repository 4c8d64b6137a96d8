import Papa from "papaparse";
import type { TaskRowFragment } from "../generated/graphql.js";
import { SECTOR_LABELS } from "../labels.js";
import { routeHref } from "../routing/route.js";

export const CSV_COLUMNS = [
  "id",
  "text",
  "sector",
  "deadline",
  "document",
  "document number",
  "provision",
  "places",
  "bodies and roles",
  "projects",
  "link",
] as const;

/**
 * The task list as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet
 * programs read the tone marks right). Multi-valued cells are joined with "; ".
 */
export function formatTasksCsv(tasks: readonly TaskRowFragment[], origin: string): string {
  const rows = tasks.map((task) => [
    task.id,
    task.text,
    task.sector ? SECTOR_LABELS[task.sector] : "",
    task.deadline ?? "",
    task.document.title,
    task.document.number ?? "",
    task.provision.path,
    task.places.map((place) => place.fullName).join("; "),
    task.responsibilities.map(({ body, role }) => `${body.name} (${role})`).join("; "),
    task.projects.map((project) => project.name).join("; "),
    origin + routeHref({ view: "task", id: task.id }),
  ]);
  return "\uFEFF" + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: "\r\n" });
}
