/**
 * Who is responsible for a task whose own sentence names no lead: the
 * `Cơ quan thực hiện:` line of its provision (or of the next sibling, which
 * closes a group of sub-clauses), then the assignment in a provision above it
 * (`Giao Sở X:`), then the body that carries out the whole instrument; and
 * the bodies that supervise the whole instrument, for every task.
 */
import { assignRoles, type RoleAssignment } from "./assign-roles.js";
import type { CollectedTasks, PendingTask } from "./collect-tasks.js";
import type { BodyMention } from "./find-bodies.js";
import type { ProvisionTree } from "./provision-tree.js";
import type { SpanIndex } from "./span-index.js";

/** Attributes of a provision ("Cơ quan thực hiện: …") cover it and the siblings before it that have none. */
export function attributeRoles(text: string, tree: ProvisionTree, bodies: SpanIndex<BodyMention>): Map<number, RoleAssignment[]> {
  const provisions = tree.provisions;
  const byProvision = new Map<number, RoleAssignment[]>();
  provisions.forEach((p, index) => {
    const agency = p.attributes.find((a) => a.key === "AGENCY");
    if (!agency) return;
    const valueSpan = { start: agency.valueStart, end: agency.end };
    let roles = assignRoles(text, valueSpan, bodies);
    if (!roles.some((r) => r.role === "LEAD")) {
      const listed = bodies.within(valueSpan);
      roles = [...roles, ...listed.filter((x) => !roles.some((r) => r.body.id === x.id)).map((x) => ({ body: x, role: "LEAD" as const, cueStart: x.start }))];
    }
    byProvision.set(index, roles);
    for (let s = index - 1; s >= 0; s -= 1) {
      if (provisions[s].parent !== p.parent) {
        if (provisions[s].parent === null || (p.parent !== null && s <= p.parent)) break;
        continue;
      }
      if (provisions[s].attributes.some((a) => a.key === "AGENCY")) break;
      byProvision.set(s, roles);
    }
  });
  return byProvision;
}

/** The task's own roles, completed by what it inherits. */
export function rolesOfTask(task: PendingTask, tree: ProvisionTree, fromAttributes: Map<number, RoleAssignment[]>, collected: CollectedTasks): RoleAssignment[] {
  const roles = [...task.roles];
  const inherited = tree.selfAndAncestors(task.provision);
  const hasLead = () => roles.some((r) => r.role === "LEAD" || r.role === "IMPLEMENT");
  for (const i of inherited) {
    if (hasLead()) break;
    const attributed = fromAttributes.get(i);
    if (attributed) roles.push(...attributed);
  }
  for (const i of inherited) {
    if (hasLead()) break;
    const fromLeadIn = collected.provisionLeads.get(i);
    if (fromLeadIn && i !== task.provision) roles.push(...fromLeadIn);
  }
  if (!hasLead() && task.roles.length === 0) roles.push(...collected.documentLeads);
  if (!task.roles.some((r) => r.role === "SUPERVISE")) roles.push(...collected.documentSupervisors);
  return roles;
}
