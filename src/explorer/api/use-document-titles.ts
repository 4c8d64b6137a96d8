import { useMemo } from "react";
import { ExplorerFilterOptionsDocument } from "../generated/graphql.js";
import { instrumentTitle } from "../labels.js";
import { useQuery } from "./use-query.js";

/** Titles of the stored documents by id, to say which document a quote comes from. */
export function useDocumentTitles(): ReadonlyMap<string, string> {
  const options = useQuery(ExplorerFilterOptionsDocument, {});
  return useMemo(
    () => new Map(options.data?.documents.map((document) => [document.id, instrumentTitle("OTHER", document.number, document.title)]) ?? []),
    [options.data],
  );
}
