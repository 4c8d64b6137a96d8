/**
 * Which sentences of the operative part are commitments (tasks), and what
 * the others assign: the actor of a lead-in (`Giao Sở X:`) for the items
 * under it, and who carries out and supervises the whole instrument.
 */
import type { TaskNode } from "../domain/model.js";
import { assignRoles, findActors, type RoleAssignment } from "./assign-roles.js";
import { classifySector, findDeadline, isAssessmentLeadIn, isCommitment, isDutyLeadIn, isGoalsHeading, isNonTaskSection, isResultsSection, opensWithAction } from "./classify-sentence.js";
import type { BodyMention } from "./find-bodies.js";
import type { ParsedProvision, Span } from "./parse-structure.js";
import type { ProvisionTree } from "./provision-tree.js";
import type { SpanIndex } from "./span-index.js";
import { splitSentences } from "./split-sentences.js";
import { foldFast, squash } from "./vietnamese.js";

export interface PendingTask {
  node: TaskNode;
  sentence: Span;
  provision: number;
  /** Roles the sentence itself gives. */
  roles: RoleAssignment[];
}

/** A sentence of a provision that is not a commitment (a lead-in, a statement): what it cites belongs to the provision. */
export interface ProvisionStatement {
  provision: number;
  sentence: Span;
}

export interface CollectedTasks {
  tasks: PendingTask[];
  statements: ProvisionStatement[];
  /** Actors that lead-ins and assignments give to the items under a provision. */
  provisionLeads: Map<number, RoleAssignment[]>;
  /** Who carries out the whole instrument ("Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết"). */
  documentLeads: RoleAssignment[];
  /** Who supervises it ("Thường trực … giám sát việc thực hiện Nghị quyết"). */
  documentSupervisors: RoleAssignment[];
}

export interface TaskContext {
  text: string;
  tree: ProvisionTree;
  documentId: string;
  /** Key of the document in task ids: `task:<key>/0001`. */
  documentKey: string;
  provisionIds: string[];
  /** Year of the document, for deadlines written without one (`đến cuối năm`). */
  year: number | null;
  bodies: SpanIndex<BodyMention>;
  /** Spans of citations: cue words inside an instrument's name are not the sentence's. */
  citations: SpanIndex<Span>;
}

export function collectTasks(ctx: TaskContext): CollectedTasks {
  const { text, tree } = ctx;
  const provisions = tree.provisions;
  const blocked = blockedProvisions(text, tree);
  const collected: CollectedTasks = { tasks: [], statements: [], provisionLeads: new Map(), documentLeads: [], documentSupervisors: [] };
  let ordinal = 0;

  provisions.forEach((p, index) => {
    const sentences = p.ownEnd > p.bodyStart ? splitSentences(text, p.bodyStart, p.ownEnd) : [];
    const listedDuty = completesListedDuty(text, provisions, p);
    let actionLeadIn = false;
    for (const sentence of sentences) {
      const words = text.slice(sentence.start, sentence.end);
      const actorsFound = findActors(text, sentence, ctx.bodies);
      const { predicateAt } = actorsFound;
      const roles = assignRoles(text, sentence, ctx.bodies, ctx.citations, actorsFound);
      // A numbered table row under "Thông qua danh mục … như sau:" is one item of that action.
      const tableRow = words.includes(" | ");
      const rowItem = tableRow && actionLeadIn && /^\s*(?:\d+|[IVX]+|[a-zđ])\s*\|/u.test(words);
      const commitment = !blocked[index] && (rowItem || (!tableRow && isCommitment(words, predicateAt - sentence.start, listedDuty)));
      if (!tableRow) actionLeadIn = /:\s*$/.test(words) && opensWithAction(words);
      collectScopeRoles(text, sentence, roles, collected);
      // A lead-in or an assignment assigns its actor to the items under it
      // ("Giao Sở X:", "yêu cầu Ủy ban nhân dân tỉnh chỉ đạo …", "Giao Sở X chủ trì, …").
      if (!commitment || /^\s*(?:Giao|Yêu cầu|Đề nghị)\s/u.test(words)) {
        const leads = roles.filter((r) => r.role === "LEAD");
        if (leads.length) collected.provisionLeads.set(index, [...(collected.provisionLeads.get(index) ?? []), ...leads]);
      }
      if (!commitment) {
        collected.statements.push({ provision: index, sentence });
        continue;
      }
      ordinal += 1;
      const headings = tree
        .selfAndAncestors(index)
        .map((i) => provisions[i].heading)
        .filter((h): h is string => Boolean(h));
      const node: TaskNode = {
        kind: "Task",
        id: `task:${ctx.documentKey}/${String(ordinal).padStart(4, "0")}`,
        documentId: ctx.documentId,
        provisionId: ctx.provisionIds[index],
        text: squash(words),
        sector: classifySector(words, headings),
        deadline: findDeadline(words, ctx.year) ?? attributeDeadline(text, provisions, index, ctx.year),
        ordinal,
        source: { documentId: ctx.documentId, start: sentence.start, end: sentence.end },
      };
      collected.tasks.push({ node, sentence, provision: index, roles });
    }
  });
  return collected;
}

/**
 * Provisions whose sentences are no commitments: an article that endorses an
 * assessment and has no clauses (a narrative of results), and sections that
 * state purposes, scope or addressees, with everything under them.
 */
function blockedProvisions(text: string, tree: ProvisionTree): boolean[] {
  const provisions = tree.provisions;
  const assessmentArticles = new Set<number>();
  provisions.forEach((p, i) => {
    if (p.level !== "ARTICLE" || tree.hasChildren(i)) return;
    const first = splitSentences(text, p.bodyStart, p.ownEnd)[0];
    if (first && isAssessmentLeadIn(text.slice(first.start, first.end))) assessmentArticles.add(i);
  });
  const nonTaskChain: boolean[] = [];
  provisions.forEach((p) => {
    const opening = text.slice(p.bodyStart, Math.min(p.ownEnd, p.bodyStart + 80));
    const self = isNonTaskSection(p.heading) || (p.leadIn && isNonTaskSection(opening)) || isResultsSection(p.heading) || (p.leadIn && isResultsSection(opening));
    nonTaskChain.push(self || (p.parent !== null && nonTaskChain[p.parent]));
  });
  return provisions.map((_, index) => {
    const article = tree.articleOf(index);
    return (article !== null && assessmentArticles.has(article)) || nonTaskChain[index];
  });
}

/** Items completing a lead-in that announces duties or opens with an action ("Điều chỉnh, bổ sung:", "Giao Sở X:"). */
function completesListedDuty(text: string, provisions: readonly ParsedProvision[], p: ParsedProvision): boolean {
  const parent = p.parent !== null ? provisions[p.parent] : null;
  if (!parent) return false;
  const parentWords = parent.level !== "PART" && parent.leadIn ? text.slice(parent.bodyStart, parent.ownEnd) : "";
  return (parentWords !== "" && (isDutyLeadIn(parentWords) || opensWithAction(parentWords))) || (p.level !== "ARTICLE" && isGoalsHeading(parent.heading));
}

/** The `Thời gian thực hiện:` line of the provision or of the nearest provision above it that has one. */
function attributeDeadline(text: string, provisions: readonly ParsedProvision[], index: number, year: number | null): string | null {
  let i: number | null = index;
  while (i !== null) {
    const time = provisions[i].attributes.find((a) => a.key === "TIME");
    if (time) return findDeadline(text.slice(time.valueStart, time.end), year);
    i = provisions[i].parent;
  }
  return null;
}

/** The implementation clause: who carries out and who supervises the whole instrument. */
function collectScopeRoles(text: string, sentence: Span, roles: RoleAssignment[], collected: CollectedTasks) {
  if (roles.length === 0) return;
  const words = foldFast(text.slice(sentence.start, sentence.end));
  const wholeInstrument =
    /(?:to chuc|trien khai)(?: trien khai)? thuc hien (?:nghi quyet|quyet dinh|chi thi|ke hoach)|(?:to chuc|trien khai)(?: trien khai)? thuc hien\.?$/.test(words) ||
    /^(?:[^.]*\s)?(?:giao|yeu cau) .*(?:to chuc|trien khai)(?: trien khai)? thuc hien/.test(words) ||
    /(?:theo doi|don doc|to chuc|trien khai)[^.]* thuc hien (?:nghi quyet|quyet dinh|ke hoach|chuong trinh|chi thi) nay/.test(words);
  if (wholeInstrument) {
    for (const r of roles) if (r.role === "LEAD" && !collected.documentLeads.some((l) => l.body.id === r.body.id)) collected.documentLeads.push(r);
  }
  if (/giam sat/.test(words) && /thuc hien (?:nghi quyet|quyet dinh|chuong trinh|ke hoach)/.test(words)) {
    for (const r of roles) if (r.role === "SUPERVISE" && !collected.documentSupervisors.some((l) => l.body.id === r.body.id)) collected.documentSupervisors.push(r);
  }
}
