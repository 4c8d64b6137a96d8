/**
 * A task's edges, from the mentions inside its sentence: the instruments it
 * cites (and those of a footnote it refers to), the places it is located in
 * (the issuer's jurisdiction when it names none), the projects it concerns,
 * its quantified targets, and the bodies responsible for it.
 */
import type { ProjectNode, TargetNode } from "../domain/model.js";
import type { RoleAssignment } from "./assign-roles.js";
import type { BatchBuilder } from "./batch-builder.js";
import type { PendingTask } from "./collect-tasks.js";
import type { CitationMention } from "./find-citations.js";
import type { PlaceMention } from "./find-places.js";
import type { ProjectMention } from "./find-projects.js";
import { findTargets } from "./find-targets.js";
import type { ParsedFootnote, Span } from "./parse-structure.js";
import { SpanIndex } from "./span-index.js";

export interface TaskMentions {
  /** Every citation, the targets of amendments included. */
  citations: CitationMention[];
  places: PlaceMention[];
  projects: ProjectMention[];
  footnotes: ParsedFootnote[];
  /** Place of tasks that name none: the issuer's own unit. */
  jurisdictionId: string | null;
  documentKey: string;
}

/** Mentions indexed by position, so each task looks only at those in its sentence. */
export class TaskLinker {
  private readonly cited: SpanIndex<CitationMention>;
  private readonly allCitations: SpanIndex<CitationMention>;
  private readonly places: SpanIndex<PlaceMention>;
  private readonly projects: SpanIndex<ProjectMention>;
  private readonly footnoteMarkers: SpanIndex<Span & { footnote: ParsedFootnote }>;

  constructor(
    private readonly text: string,
    private readonly b: BatchBuilder,
    private readonly mentions: TaskMentions,
  ) {
    this.allCitations = new SpanIndex(mentions.citations);
    this.cited = new SpanIndex(mentions.citations.filter((c) => !c.amendTarget));
    this.places = new SpanIndex(mentions.places);
    this.projects = new SpanIndex(mentions.projects);
    this.footnoteMarkers = new SpanIndex(mentions.footnotes.filter((note) => note.marker).map((note) => ({ ...note.marker!, footnote: note })));
  }

  /** What a provision's own statements (lead-ins, not tasks) cite. */
  linkStatement(provisionId: string, sentence: Span): void {
    for (const c of this.cited.within(sentence)) this.b.addEdge("CITES", provisionId, c.id, c);
  }

  link(task: PendingTask, roles: RoleAssignment[]): void {
    const { node, sentence } = task;
    const b = this.b;
    b.addNode(node);
    b.addEdge("PART_OF", node.id, node.provisionId, sentence);
    for (const c of this.cited.within(sentence)) b.addEdge("CITES", node.id, c.id, c);
    // A footnote marker in the sentence ("… của Tỉnh ủy[1]") brings the footnote's instruments.
    for (const note of this.footnoteMarkers.within(sentence)) {
      for (const c of this.cited.within(note.footnote)) b.addEdge("CITES", node.id, c.id, c);
    }

    const placesHere = this.places.within(sentence);
    for (const place of placesHere) {
      b.addPlace(place);
      b.addEdge("LOCATED_IN", node.id, place.id, place);
    }
    if (placesHere.length === 0 && this.mentions.jurisdictionId) b.addEdge("LOCATED_IN", node.id, this.mentions.jurisdictionId, null);

    const projectsHere = this.projects.within(sentence);
    for (const project of projectsHere) {
      const projectNode: ProjectNode = { kind: "Project", id: project.id, name: project.name, projectKind: project.projectKind, source: b.span(project) };
      b.addNode(projectNode);
      b.addEdge("CONCERNS", node.id, project.id, project);
      for (const place of this.places.within(project)) {
        b.addPlace(place);
        b.addEdge("LOCATED_IN", project.id, place.id, place);
      }
    }

    this.linkTargets(task, [...this.allCitations.within(sentence), ...placesHere]);

    for (const role of roles) {
      b.addBody(role.body, role.body);
      b.addEdge("RESPONSIBLE", node.id, role.body.id, role.body, role.role);
      if (role.role === "INVEST") {
        const project = [...projectsHere].reverse().find((p) => p.end <= role.cueStart);
        if (project) b.addEdge("INVESTED_BY", project.id, role.body.id, role.body);
      }
    }
  }

  /** Quantities in the sentence, outside the numbers of citations and places. */
  private linkTargets(task: PendingTask, excluded: Span[]): void {
    const { node, sentence } = task;
    findTargets(this.text, sentence, excluded).forEach((t, k) => {
      const target: TargetNode = {
        kind: "Target",
        id: `target:${this.mentions.documentKey}/${String(node.ordinal).padStart(4, "0")}-${k + 1}`,
        value: t.value,
        unit: t.unit,
        metric: t.metric,
        comparator: t.comparator,
        text: t.text,
        source: this.b.span(t),
      };
      this.b.addNode(target);
      this.b.addEdge("HAS_TARGET", node.id, target.id, t);
    });
  }
}
