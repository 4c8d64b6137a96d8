import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DOCUMENTS_DIR } from "../../src/config/config.js";
import { type CountedStore, countStoreCalls } from "../fixtures/count-store-calls.js";
import {
  DocumentStructureDocument,
  NeighbourhoodDocument,
  PlaceByNameDocument,
  QuoteProvenanceDocument,
  TaskPageDocument,
} from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const HA_NOI_35 = path.join(FIXTURES, "corpus/ha-noi-35-2024-qd-ubnd.md");
const HA_NOI_12 = path.join(FIXTURES, "cross-document/ha-noi-12-2025-qd-ubnd.txt");

let api: ApiServer;
let counted: CountedStore;
beforeAll(async () => {
  api = await startApiServer({
    documents: [DEFAULT_DOCUMENTS_DIR, HA_NOI_35, HA_NOI_12],
    env: { RESPONSE_CACHE_ENTRIES: "0" },
    wrapStore: (store) => {
      counted = countStoreCalls(store);
      return counted.store;
    },
  });
});
afterAll(() => api.close());

async function placeId(name: string): Promise<string> {
  const { place } = await api.data(PlaceByNameDocument, { name });
  if (!place) throw new Error(`no place ${name}`);
  return place.id;
}

/** One of the flagship's two tasks in Mỏ Cày Bắc. */
async function seedTaskId(words: RegExp): Promise<string> {
  const { tasks } = await api.data(TaskPageDocument, { where: { placeName: "Mỏ Cày Bắc", includeSubPlaces: true }, first: 10 });
  const found = tasks.edges.find((edge) => words.test(edge.node.text));
  if (!found) throw new Error(`no task matches ${words}`);
  return found.node.id;
}

describe("neighbourhood: the graph one step around nodes", () => {
  it("gives a district's parent, the places below it and its tasks, each relationship named from the district", async () => {
    const district = await placeId("Mỏ Cày Bắc");
    const { neighbourhood } = await api.data(NeighbourhoodDocument, { ids: [district] });
    expect(neighbourhood).toHaveLength(1);
    const [hood] = neighbourhood;
    expect(hood.node.id).toBe(district);
    const seen = hood.edges.map((edge) => [edge.relation, edge.node.__typename === "Place" ? edge.node.name : edge.node.__typename]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ["PART_OF", "Bến Tre"],
        ["HAS_PART", "Phước Mỹ Trung"],
        ["HAS_PART", "Tân Thành Bình"],
        ["LOCATION_OF", "Task"],
      ]),
    );
    expect(hood.edges.filter((edge) => edge.relation === "LOCATION_OF")).toHaveLength(2);
    expect(hood.totalCount).toBe(hood.edges.length);
    for (const edge of hood.edges) expect(edge.reversed).toBe(edge.relation !== edge.type);
  });

  it("keeps to the relationship types asked for and cuts at first, counting what it cut", async () => {
    const district = await placeId("Mỏ Cày Bắc");
    const { neighbourhood: [located] } = await api.data(NeighbourhoodDocument, { ids: [district], types: ["LOCATED_IN"] });
    expect(located.edges.map((edge) => edge.relation)).toEqual(["LOCATION_OF", "LOCATION_OF"]);
    const { neighbourhood: [cut] } = await api.data(NeighbourhoodDocument, { ids: [district], first: 1 });
    expect(cut.edges).toHaveLength(1);
    expect(cut.totalCount).toBeGreaterThanOrEqual(5);
  });

  it("carries a body's role and the words each relationship was read from, with their provision", async () => {
    const task = await seedTaskId(/nước thải/);
    const { neighbourhood: [hood] } = await api.data(NeighbourhoodDocument, { ids: [task], types: ["RESPONSIBLE", "PART_OF"] });
    const lead = hood.edges.find((edge) => edge.role === "LEAD");
    expect(lead?.node.__typename === "Body" && lead.node.name).toBe("Ủy ban nhân dân tỉnh Bến Tre");
    const partOf = hood.edges.find((edge) => edge.relation === "PART_OF");
    expect(partOf?.source?.text).toMatch(/^Hỗ trợ giải phóng mặt bằng/);
    expect(partOf?.source?.provision?.path).toBe("Điều 2 > khoản 2 > điểm c");
  });

  it("answers for many nodes with one batched store call per relationship type and direction", async () => {
    const district = await placeId("Mỏ Cày Bắc");
    const province = await placeId("Bến Tre");
    counted.reset();
    await api.data(NeighbourhoodDocument, { ids: [district] });
    const forOne = counted.calls().getNeighbours;
    counted.reset();
    const { neighbourhood } = await api.data(NeighbourhoodDocument, { ids: [district, province] });
    expect(neighbourhood.map((hood) => hood.node.id)).toEqual([district, province]);
    expect(counted.calls().getNeighbours).toBe(forOne);
  });

  it("refuses an unknown id, too many ids and a first out of range, naming the problem", async () => {
    const unknown = await api.query(NeighbourhoodDocument, { ids: ["place:nowhere"] });
    expect(unknown.errors?.[0]).toMatchObject({ message: "ids: no node has id place:nowhere", extensions: { code: "BAD_USER_INPUT" } });
    const many = await api.query(NeighbourhoodDocument, { ids: Array.from({ length: 21 }, (_, i) => `x${i}`) });
    expect(many.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const district = await placeId("Mỏ Cày Bắc");
    const tooMany = await api.query(NeighbourhoodDocument, { ids: [district], first: 201 });
    expect(tooMany.errors?.[0]?.message).toBe("first must be between 1 and 200, got 201");
  });
});

describe("document structure and where quotes come from", () => {
  it("lists every provision in reading order, each after its parent, the top ones being Document.provisions", async () => {
    const { task } = await api.data(QuoteProvenanceDocument, { id: await seedTaskId(/nước thải/) });
    const { document } = await api.data(DocumentStructureDocument, { id: task!.document.id });
    expect(document).not.toBeNull();
    const all = document!.allProvisions;
    expect(all.length).toBeGreaterThan(20);
    expect(all.map((provision) => provision.ordinal)).toEqual([...all.map((provision) => provision.ordinal)].sort((a, b) => a - b));
    const seen = new Set<string>();
    for (const provision of all) {
      if (provision.parent) expect(seen.has(provision.parent.id), `${provision.path} comes after its parent`).toBe(true);
      seen.add(provision.id);
    }
    expect(all.filter((provision) => !provision.parent).map((provision) => provision.id)).toEqual(document!.provisions.map((provision) => provision.id));
    expect(all.some((provision) => provision.path === "Điều 2 > khoản 2 > điểm c" && provision.tasks.length > 0)).toBe(true);
  });

  it("names the provision each quote of a legal-basis chain comes from; the Căn cứ has none", async () => {
    const task = await seedTaskId(/nước thải/);
    const { task: data } = await api.data(QuoteProvenanceDocument, { id: task });
    expect(data!.source.provision).toEqual(data!.provision);
    const resolution = data!.legalBasis.find((path) => path.instrument.__typename === "LegalInstrument" && path.instrument.number === "31/2022/NQ-HĐND");
    const cites = resolution!.steps.at(-1)!;
    expect(cites.relation).toBe("CITES");
    expect(cites.source!.text).toMatch(/^Nghị quyết số 31\/2022\/NQ-HĐND/);
    expect(cites.source!.provision!.path).toBe("Điều 2");
    const basedOn = data!.legalBasis.flatMap((path) => path.steps).filter((step) => step.relation === "BASED_ON");
    expect(basedOn.length).toBeGreaterThan(0);
    for (const step of basedOn) expect(step.source!.provision).toBeNull();
  });

  it("tells which stored documents cite a document or rest on it", async () => {
    const { document: older } = await api.data(DocumentStructureDocument, { id: "inst:35-2024-qd-ubnd@01" });
    expect(older?.number).toMatch(/^35\s*\/2024\/QĐ-UBND$/);
    expect(older!.citingDocuments.map((document) => document.number)).toEqual(["12/2025/QĐ-UBND"]);
    expect(older!.basisOf.map((document) => document.number)).toEqual(["12/2025/QĐ-UBND"]);
    const { document: newer } = await api.data(DocumentStructureDocument, { id: older!.citingDocuments[0].id });
    expect(newer!.citingDocuments).toEqual([]);
  });
});
