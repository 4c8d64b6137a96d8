import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import { BatchView, SEED_FILE, readBytes } from "./helpers.js";

/**
 * The seed moved to another province: every place name replaced consistently
 * by a real unit of Vĩnh Long (and Vĩnh Long by Bến Tre), upper case included.
 * Nothing in the extractor knows either set of names, so the structure, the
 * tasks, the citations and the place hierarchy must come out the same way.
 */
const RENAMES: [string, string][] = [
  ["Bến Tre", "Vĩnh Long"],
  ["Vĩnh Long", "Bến Tre"],
  ["Mỏ Cày Bắc", "Mang Thít"],
  ["Mỏ Cày Nam", "Long Hồ"],
  ["Giồng Trôm", "Vũng Liêm"],
  ["Ba Tri", "Tam Bình"],
  ["Thạnh Phú", "Trà Ôn"],
  ["Chợ Lách", "Bình Tân"],
  ["Châu Thành", "Bình Minh"],
  ["Phước Mỹ Trung", "Cái Nhum"],
  ["An Điền", "Thiện Mỹ"],
];

function moveSeed(text: string): string {
  const pattern = new RegExp(RENAMES.flatMap(([from]) => [from, from.toUpperCase()]).join("|"), "g");
  const table = new Map(RENAMES.flatMap(([from, to]) => [[from, to], [from.toUpperCase(), to.toUpperCase()]] as [string, string][]));
  return text.replace(pattern, (m) => table.get(m)!);
}

describe("generalisation: the seed moved to another province", () => {
  const original = new BatchView(extractDocument(readBytes(SEED_FILE), { fileName: "seed.txt" }));
  const moved = new BatchView(extractDocument(moveSeed(readBytes(SEED_FILE).toString("utf8")), { fileName: "moved.txt" }));

  it("reads the same structure, tasks and citations", () => {
    expect(moved.batch.document.issuerName).toBe("Hội đồng nhân dân tỉnh Vĩnh Long");
    expect(moved.batch.document.jurisdictionId).toBe("place:86");
    expect(moved.nodes("Provision").map((p) => p.path)).toEqual(original.nodes("Provision").map((p) => p.path));
    expect(moved.nodes("Task").map((t) => moved.provisionPath(t.id))).toEqual(original.nodes("Task").map((t) => original.provisionPath(t.id)));
    expect(moved.nodes("LegalInstrument").map((i) => i.normalizedNumber ?? i.instrumentKind)).toEqual(original.nodes("LegalInstrument").map((i) => i.normalizedNumber ?? i.instrumentKind));
    expect(moved.instrumentByNumber("31/2022/NQ-HĐND").id).toBe("inst:31-2022-nq-hdnd@86");
  });

  it("resolves the new province's districts, towns and communes in the same hierarchy", () => {
    expect(moved.place("Mang Thít", "DISTRICT").parentId).toBe("place:86");
    expect(moved.place("Cái Nhum")).toMatchObject({ placeKind: "TOWN", code: "29641", parentId: "place:858" });
    expect(moved.place("Thiện Mỹ")).toMatchObject({ placeKind: "COMMUNE", parentId: "place:862" });
    expect(moved.place("Tân Thành Bình")).toMatchObject({ placeKind: "INDUSTRIAL_CLUSTER", parentId: "place:858" });
    expect(moved.tasksIn("place:858")).toHaveLength(2);
    expect(moved.targets("LOCATED_IN", moved.taskContaining("hoa kiểng Bình Tân").id).map((p) => p.id)).toEqual(["place:863"]);
  });

  it("keeps the roles", () => {
    const task = moved.taskContaining("1.300 ha");
    expect(moved.rolesOf(task.id)).toContainEqual({ role: "LEAD", name: "Ủy ban nhân dân tỉnh Vĩnh Long" });
  });
});
