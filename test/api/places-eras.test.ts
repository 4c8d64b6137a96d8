import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PlaceSuccessionDocument,
  PlaceTasksAcrossErasDocument,
  TaskCountsByGeographyDocument,
  TaskCountsDocument,
  TasksAcrossErasDocument,
} from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

async function taskIds(placeName: string, includeSubPlaces: boolean, includePredecessors = false): Promise<string[]> {
  const { tasks } = await api.data(TasksAcrossErasDocument, { placeName, includeSubPlaces, includePredecessors });
  expect(tasks.totalCount).toBe(tasks.edges.length);
  return tasks.edges.map((edge) => edge.node.id);
}

/** The seed's tasks in the three provinces that made tỉnh Vĩnh Long on 1 July 2025, asked in the seed's own geography. */
async function tasksOfTheOldProvinces(): Promise<string[]> {
  const lists = await Promise.all(["Bến Tre", "Trà Vinh", "Vĩnh Long"].map((name) => taskIds(name, true)));
  return [...new Set(lists.flat())].sort();
}

describe("a question in today's geography finds the seed's tasks of 2023 (GraphQL over HTTP)", () => {
  it("finds the tasks of Bến Tre, its districts and communes under tỉnh Vĩnh Long with includePredecessors", async () => {
    const expected = await tasksOfTheOldProvinces();
    expect(expected.length).toBeGreaterThan(60);
    const found = await taskIds("Vĩnh Long", true, true);
    expect([...found].sort()).toEqual(expected);
    // Without predecessors, "Vĩnh Long" is the old province the 2023 text names once, and the new one no text names.
    expect(await taskIds("Vĩnh Long", true)).toHaveLength(1);
    // The flagship is unchanged.
    expect(await taskIds("Mỏ Cày Bắc", true)).toHaveLength(2);
  });

  it("names the six communes and tỉnh Vĩnh Long that succeeded huyện Mỏ Cày Bắc, with the day and the part each took", async () => {
    const { place } = await api.data(PlaceSuccessionDocument, { name: "Mỏ Cày Bắc" });
    expect(place).toMatchObject({ id: "place:838", fullName: "huyện Mỏ Cày Bắc", kind: "DISTRICT", validFrom: null, validTo: "2025-06-30" });
    expect(place!.successors.map((s) => s.name)).toEqual(["Bến Tre", "Hưng Khánh Trung", "Phước Mỹ Trung", "Tân Thành Bình", "Nhuận Phú Tân", "Hòa Hiệp", "Vĩnh Long"]);
    expect(place!.successors.every((s) => s.validFrom === "2025-07-01")).toBe(true);
    expect(place!.successorLinks.map((link) => [link.place.fullName, link.on, link.whole])).toEqual([
      ["phường Bến Tre", "2025-07-01", false],
      ["xã Hưng Khánh Trung", "2025-07-01", false],
      ["xã Phước Mỹ Trung", "2025-07-01", false],
      ["xã Tân Thành Bình", "2025-07-01", false],
      ["xã Nhuận Phú Tân", "2025-07-01", false],
      ["xã Hòa Hiệp", "2025-07-01", false],
      ["tỉnh Vĩnh Long", "2025-07-01", true],
    ]);
    expect(place!.predecessors).toEqual([]);
  });

  it("shows the new tỉnh Vĩnh Long's predecessors, and asks a place's own tasks across the reform", async () => {
    const { place: old } = await api.data(PlaceSuccessionDocument, { name: "Bến Tre" });
    expect(old).toMatchObject({ id: "place:83", kind: "PROVINCE" });
    const province = old!.successors[0];
    expect(province).toMatchObject({ id: "place:2025-86", fullName: "tỉnh Vĩnh Long", kind: "PROVINCE", validFrom: "2025-07-01" });
    const { place: current } = await api.data(PlaceSuccessionDocument, { id: province.id });
    expect(current!.predecessors.filter((p) => p.kind === "PROVINCE").map((p) => [p.fullName, p.validTo])).toEqual([
      ["tỉnh Bến Tre", "2025-06-30"],
      ["tỉnh Trà Vinh", "2025-06-30"],
      ["tỉnh Vĩnh Long", "2025-06-30"],
    ]);
    expect(current!.predecessors.map((p) => p.id)).toContain("place:838");
    expect(current!.predecessorLinks.every((link) => link.whole === true && link.on === "2025-07-01")).toBe(true);
    const answer = await api.data(PlaceTasksAcrossErasDocument, { id: province.id, includeSubPlaces: true, includePredecessors: true });
    expect(answer.place!.tasks.totalCount).toBe((await tasksOfTheOldProvinces()).length);
    const none = await api.data(PlaceTasksAcrossErasDocument, { id: province.id, includeSubPlaces: true });
    expect(none.place!.tasks.totalCount).toBe(0);
  });

  it("counts tasks by today's places on request, and as written by default", async () => {
    const today = (await api.data(TaskCountsByGeographyDocument, { geography: "CURRENT" })).taskCounts;
    const vinhLong = today.find((count) => count.key === "place:2025-86");
    expect(vinhLong?.count).toBe((await tasksOfTheOldProvinces()).length);
    expect(vinhLong?.node).toMatchObject({ fullName: "tỉnh Vĩnh Long", validFrom: "2025-07-01", validTo: null });
    // Only places in force today: none the reform ended, nothing below them.
    for (const count of today) expect(count.node && "validTo" in count.node ? count.node.validTo : null, count.key!).toBeNull();
    expect(today.find((count) => count.key === "place:83")).toBeUndefined();
    expect(today.find((count) => count.key === "place:2025-82")?.count).toBe((await taskIds("Tiền Giang", true)).length);

    const written = (await api.data(TaskCountsDocument, { groupBy: "PLACE" })).taskCounts;
    const asWritten = (await api.data(TaskCountsByGeographyDocument, { geography: "AS_WRITTEN" })).taskCounts;
    expect(asWritten.map((c) => [c.key, c.count])).toEqual(written.map((c) => [c.key, c.count]));
    expect(written.find((count) => count.key === "place:838")?.count).toBe(2);
    expect(written.find((count) => count.key === "place:2025-86")).toBeUndefined();
  });
});
