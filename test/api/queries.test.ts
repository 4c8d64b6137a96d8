import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BodiesDocument,
  DocumentsDocument,
  FlagshipDocument,
  InstrumentByNumberDocument,
  LegalInstrumentsDocument,
  NodeByIdDocument,
  PathsDocument,
  PlaceByNameDocument,
  PlaceProjectsDocument,
  PlacesDocument,
  ProjectsDocument,
  SearchDocument,
  TaskCountsDocument,
  TaskDetailsDocument,
  TaskPageDocument,
  type TaskPageQuery,
  TasksWithLegalBasisDocument,
  type TaskWhere,
} from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "./api-server.js";

let api: ApiServer;
beforeAll(async () => {
  api = await startApiServer();
});
afterAll(() => api.close());

const LOCAL_GOVERNMENT_LAW = "Luật Tổ chức chính quyền địa phương";
const LOCAL_GOVERNMENT_AMENDMENT = "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương";

async function placeId(name: string): Promise<string> {
  const { place } = await api.data(PlaceByNameDocument, { name });
  if (!place) throw new Error(`no place ${name}`);
  return place.id;
}

async function allTasks(where: TaskWhere, first = 100): Promise<TaskPageQuery["tasks"]["edges"][number]["node"][]> {
  const nodes: TaskPageQuery["tasks"]["edges"][number]["node"][] = [];
  let after: string | null = null;
  for (;;) {
    const { tasks }: TaskPageQuery = await api.data(TaskPageDocument, { where, first, after });
    nodes.push(...tasks.edges.map((edge) => edge.node));
    if (!tasks.pageInfo.hasNextPage) return nodes;
    after = tasks.pageInfo.endCursor;
  }
}

describe("the flagship question: all tasks in Mỏ Cày Bắc and their legal basis", () => {
  it("answers with exactly the two tasks the text places there, as DESIGN.md writes the query", async () => {
    const { tasks } = await api.data(FlagshipDocument);
    const texts = tasks.edges.map((edge) => edge.node.text);
    expect(texts).toHaveLength(2);
    expect(texts.find((text) => /nước thải.*Tân Thành Bình \(huyện Mỏ Cày Bắc\)/.test(text))).toBeDefined();
    expect(texts.find((text) => /Phước Mỹ Trung \(huyện Mỏ Cày Bắc\)/.test(text))).toBeDefined();
  });

  it("traces each to 31/2022/NQ-HĐND through Điều 2 and to the 2015 law and its 2019 amendment through the Căn cứ", async () => {
    const { tasks } = await api.data(FlagshipDocument);
    for (const { node } of tasks.edges) {
      const relations = (match: (i: { number: string | null; title: string | null }) => boolean) =>
        node.legalBasis.find((path) => match(path.instrument))?.steps.map((step) => step.relation);
      expect(relations((i) => i.number === "31/2022/NQ-HĐND")).toEqual(["PART_OF", "PART_OF", "PART_OF", "CITES"]);
      expect(relations((i) => i.title === LOCAL_GOVERNMENT_LAW)).toEqual(["PART_OF", "PART_OF", "PART_OF", "PART_OF", "BASED_ON"]);
      expect(relations((i) => i.title === LOCAL_GOVERNMENT_AMENDMENT)).toEqual(["PART_OF", "PART_OF", "PART_OF", "PART_OF", "BASED_ON"]);
      // What the 2019 law amends is reached one step further.
      expect(relations((i) => i.title === "Luật Tổ chức Chính phủ")).toEqual(["PART_OF", "PART_OF", "PART_OF", "PART_OF", "BASED_ON", "AMENDS"]);
    }
  });

  it("backs every step with the words of the source text", async () => {
    const { tasks } = await api.data(TasksWithLegalBasisDocument, {
      where: { placeName: "Mỏ Cày Bắc", includeSubPlaces: true },
    });
    const [first] = tasks.edges;
    const resolution = first.node.legalBasis.find((path) => path.instrument.number === "31/2022/NQ-HĐND")!;
    expect(resolution.depth).toBe(4);
    expect(resolution.instrument).toMatchObject({ kind: "RESOLUTION", issuedOn: "2022-12-08" });
    expect(resolution.steps.map((step) => step.node.__typename)).toEqual(["Provision", "Provision", "Provision", "LegalInstrument"]);
    expect(resolution.steps.at(-1)?.source?.text).toMatch(/Nghị quyết số 31\/2022\/NQ-HĐND/);
    const law = first.node.legalBasis.find((path) => path.instrument.title === LOCAL_GOVERNMENT_LAW)!;
    expect(law.steps.at(-2)?.node.__typename).toBe("Document");
    expect(law.steps.at(-1)?.source?.text).toMatch(/Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015/);
    for (const step of first.node.legalBasis.flatMap((path) => path.steps)) {
      expect(step.source?.text.length, step.relation).toBeGreaterThan(0);
      expect(step.source!.end - step.source!.start).toBe(step.source!.text.length);
    }
  });
});

describe("tasks by place", () => {
  it.each([
    ["Thạnh Phú", [/Khu công nghiệp An Nhơn/, /diễn tập khu vực phòng thủ huyện Thạnh Phú/, /xã An Điền, huyện Thạnh Phú/]],
    ["Chợ Lách", [/hoa kiểng Chợ Lách/]],
    ["Ba Tri", [/Thị trấn - An Đức \(huyện Ba Tri\)/, /Tiệm Tôm \(huyện Ba Tri\)/]],
  ])("%s: the tasks the text places there, each with its legal basis", async (name, expected) => {
    const { tasks } = await api.data(TasksWithLegalBasisDocument, { where: { placeName: name, includeSubPlaces: true } });
    expect(tasks.totalCount).toBe(expected.length);
    const texts = tasks.edges.map((edge) => edge.node.text);
    for (const pattern of expected) expect(texts.filter((text) => pattern.test(text)), String(pattern)).toHaveLength(1);
    for (const { node } of tasks.edges) {
      const instruments = node.legalBasis.map((path) => path.instrument.number ?? path.instrument.title);
      expect(instruments).toEqual(expect.arrayContaining(["31/2022/NQ-HĐND", LOCAL_GOVERNMENT_LAW, LOCAL_GOVERNMENT_AMENDMENT]));
    }
  });

  it("matches place names ignoring case, tone marks and the administrative prefix", async () => {
    const ids = await Promise.all(["Mỏ Cày Bắc", "mo cay bac", "MỎ CÀY BẮC", "huyện Mỏ Cày Bắc", "PHUOC MY TRUNG"].map(placeId));
    expect(new Set(ids.slice(0, 4)).size).toBe(1);
    expect(ids[4]).not.toBe(ids[0]);
    const folded = await api.data(TaskPageDocument, { where: { placeName: "mo cay bac", includeSubPlaces: true } });
    expect(folded.tasks.totalCount).toBe(2);
  });

  it("gives an empty page for a place name nobody uses", async () => {
    const { tasks } = await api.data(TaskPageDocument, { where: { placeName: "Atlantis" } });
    expect(tasks).toMatchObject({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it("shows a place's kind, code, parent, children and tasks", async () => {
    const { place } = await api.data(PlaceByNameDocument, { name: "mo cay bac", includeSubPlaces: true });
    expect(place).toMatchObject({ name: "Mỏ Cày Bắc", fullName: "huyện Mỏ Cày Bắc", kind: "DISTRICT", code: "838" });
    expect(place?.parent).toMatchObject({ name: "Bến Tre", kind: "PROVINCE" });
    expect(place?.children.map((child) => [child.name, child.kind]).sort()).toEqual([
      ["Phước Mỹ Trung", "TOWN"],
      ["Tân Thành Bình", "INDUSTRIAL_CLUSTER"],
    ]);
    expect(place?.tasks.totalCount).toBe(2);
    const town = await api.data(PlaceByNameDocument, { name: "Phước Mỹ Trung" });
    expect(town.place).toMatchObject({ kind: "TOWN", parent: { name: "Mỏ Cày Bắc" }, tasks: { totalCount: 1 } });
  });

  it("follows the hierarchy downward only: a district's tasks are not the province's", async () => {
    const province = await api.data(PlaceByNameDocument, { name: "Bến Tre", includeSubPlaces: false, first: 1 });
    expect(province.place?.kind).toBe("PROVINCE");
    expect(province.place?.tasks.totalCount).toBeGreaterThan(50);
    const district = await api.data(TaskPageDocument, { where: { placeName: "Thạnh Phú", includeSubPlaces: true } });
    expect(district.tasks.totalCount).toBe(3);
  });

  it("lists places by kind and parent", async () => {
    const districts = await api.data(PlacesDocument, { where: { kind: "DISTRICT", parentId: await placeId("Bến Tre") } });
    expect(districts.places.map((p) => p.name).sort()).toEqual(
      ["Ba Tri", "Châu Thành", "Chợ Lách", "Giồng Trôm", "Mỏ Cày Bắc", "Mỏ Cày Nam", "Thạnh Phú"].sort(),
    );
  });
});

describe("filters", () => {
  it("by body and role", async () => {
    const { bodies } = await api.data(BodiesDocument, { where: { text: "thu tuong" }, role: "APPROVE" });
    expect(bodies.map((body) => body.name)).toEqual(["Thủ tướng Chính phủ"]);
    const texts = bodies[0].tasks.edges.map((edge) => edge.node.text);
    expect(texts).toHaveLength(2);
    expect(texts.every((text) => /trình Thủ tướng Chính phủ phê duyệt/.test(text))).toBe(true);

    const ubnd = (await api.data(BodiesDocument, { where: { kind: "PEOPLES_COMMITTEE" } })).bodies[0];
    const lead = await api.data(TaskPageDocument, { where: { bodyId: ubnd.id, role: "LEAD" }, first: 1 });
    const supervise = await api.data(TaskPageDocument, { where: { bodyId: ubnd.id, role: "SUPERVISE" }, first: 1 });
    expect(lead.tasks.totalCount).toBeGreaterThan(60);
    expect(supervise.tasks.totalCount).toBe(0);
    const anyoneSupervising = await api.data(TaskPageDocument, { where: { role: "SUPERVISE" }, first: 1 });
    expect(anyoneSupervising.tasks.totalCount).toBe((await allTasks({})).length);
  });

  it("by project, instrument, sector and text", async () => {
    const bridge = (await api.data(ProjectsDocument, { where: { text: "cau rach mieu 2" } })).projects.find((p) => p.name === "Cầu Rạch Miễu 2")!;
    const bridgeTasks = await allTasks({ projectId: bridge.id });
    expect(bridgeTasks.map((task) => task.text)).toEqual([expect.stringMatching(/cầu Rạch Miễu 2/)]);

    const decree = (await api.data(LegalInstrumentsDocument, { where: { number: "59/2019/NĐ-CP" } })).legalInstruments[0];
    expect((await allTasks({ instrumentId: decree.id })).map((task) => task.text)).toEqual([
      expect.stringMatching(/chuyển đổi vị trí công tác.*Nghị định số 59\/2019\/NĐ-CP/),
    ]);
    // Cited once, in Điều 2's opening sentence: every task below it rests on it.
    const resolution = (await api.data(LegalInstrumentsDocument, { where: { number: "31/2022/NQ-HĐND" } })).legalInstruments[0];
    const underArticle2 = await allTasks({ instrumentId: resolution.id });
    expect(underArticle2.length).toBeGreaterThan(60);

    const energy = await allTasks({ sector: "ENERGY" });
    expect(energy.map((task) => task.text)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Hydro xanh Bến Tre/), expect.stringMatching(/377 MW điện gió/)]),
    );
    expect(energy.every((task) => task.sector === "ENERGY")).toBe(true);

    const wind = await allTasks({ text: "DIEN GIO" });
    expect(wind.map((task) => task.text)).toEqual([expect.stringMatching(/điện gió/)]);
  });

  it("combined: every criterion must hold", async () => {
    const wastewater = await allTasks({ placeName: "Mỏ Cày Bắc", includeSubPlaces: true, text: "nuoc thai" });
    expect(wastewater.map((task) => task.text)).toEqual([expect.stringMatching(/xử lý nước thải/)]);
    const resolution = (await api.data(LegalInstrumentsDocument, { where: { number: "31/2022/NQ-HĐND" } })).legalInstruments[0];
    const thanhPhu = await allTasks({ placeName: "Thạnh Phú", includeSubPlaces: true, instrumentId: resolution.id, sector: "DEFENCE_SECURITY" });
    expect(thanhPhu.length).toBeGreaterThan(0);
    expect(thanhPhu.length).toBeLessThan(3);
    expect(thanhPhu.every((task) => task.sector === "DEFENCE_SECURITY")).toBe(true);
    expect(await allTasks({ placeName: "Chợ Lách", sector: "ENERGY" })).toEqual([]);
  });

  it("refuses placeId together with placeName", async () => {
    const result = await api.query(TaskPageDocument, { where: { placeId: await placeId("Ba Tri"), placeName: "Ba Tri" } });
    expect(result.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("reverse questions", () => {
  it("which tasks cite 59/2019/NĐ-CP, by the number as written or folded", async () => {
    for (const number of ["59/2019/NĐ-CP", "59/2019/nd-cp"]) {
      const { legalInstrument } = await api.data(InstrumentByNumberDocument, { number });
      expect(legalInstrument).toMatchObject({ kind: "DECREE", number: "59/2019/NĐ-CP", issuedOn: "2019-07-01", issuer: { name: "Chính phủ" } });
      expect(legalInstrument?.citedBy.totalCount).toBe(1);
      expect(legalInstrument?.citedBy.edges[0].node.text).toMatch(/chuyển đổi vị trí công tác/);
    }
    expect((await api.data(InstrumentByNumberDocument, { number: "999/2099/NĐ-CP" })).legalInstrument).toBeNull();
  });

  it("which tasks and projects depend on Tổng Công ty Điện lực miền Nam", async () => {
    const { bodies } = await api.data(BodiesDocument, { where: { text: "dien luc mien nam" } });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ name: "Tổng Công ty Điện lực miền Nam", kind: "ENTERPRISE" });
    expect(bodies[0].projects.map((project) => project.name)).toEqual(["Các công trình 110 kV"]);
    expect(bodies[0].tasks.edges.map((edge) => edge.node.text)).toEqual([expect.stringMatching(/110 kV do Tổng Công ty Điện lực miền Nam làm chủ đầu tư/)]);
    const invest = await api.data(TaskPageDocument, { where: { bodyId: bodies[0].id, role: "INVEST" } });
    expect(invest.tasks.totalCount).toBe(1);
  });

  it("which projects lie in a place, and below it", async () => {
    const direct = await api.data(PlaceProjectsDocument, { name: "Bến Tre" });
    const below = await api.data(PlaceProjectsDocument, { name: "Bến Tre", includeSubPlaces: true });
    const names = (result: typeof direct) => result.place?.projects.map((project) => project.name) ?? [];
    expect(names(direct)).toEqual(expect.arrayContaining(["Hydro xanh Bến Tre", "Nhà máy xử lý rác thải Bến Tre"]));
    expect(names(direct)).not.toContain("Hạ tầng Khu công nghiệp Phú Thuận");
    expect(names(below)).toEqual(expect.arrayContaining([...names(direct), "Hạ tầng Khu công nghiệp Phú Thuận"]));
    const park = below.place?.projects.find((project) => project.name === "Hạ tầng Khu công nghiệp Phú Thuận");
    expect(park?.places.map((place) => place.name)).toEqual(["Phú Thuận"]);
  });

  it("what the document rests on, and what amends those laws", async () => {
    const { documents } = await api.data(DocumentsDocument);
    expect(documents).toHaveLength(1);
    const [document] = documents;
    expect(document).toMatchObject({
      kind: "RESOLUTION",
      issuer: { name: "Hội đồng nhân dân tỉnh Bến Tre" },
      adoptedOn: "2023-07-05",
      effectiveFrom: "2023-07-15",
      year: 2023,
      signer: "Huỳnh Quang Triệu",
      jurisdiction: { name: "Bến Tre" },
    });
    expect(document.basedOn).toHaveLength(4);
    const law = document.basedOn.find((instrument) => instrument.title === LOCAL_GOVERNMENT_LAW);
    expect(law).toMatchObject({ kind: "LAW", issuedOn: "2015-06-19" });
    expect(law?.amendedBy).toEqual([{ title: LOCAL_GOVERNMENT_AMENDMENT, issuedOn: "2019-11-22" }]);
    expect(document.considers).toEqual([{ number: "3253/TTr-UBND", kind: "SUBMISSION", issuedOn: "2023-06-05" }]);
    expect(document.provisions.map((provision) => provision.path)).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
  });
});

describe("paths between entities", () => {
  it("Chợ Lách to Chính phủ: every shortest path, each step named", async () => {
    const chinhPhu = (await api.data(BodiesDocument, { where: { kind: "GOVERNMENT" } })).bodies[0];
    const { paths } = await api.data(PathsDocument, { fromId: await placeId("Chợ Lách"), toId: chinhPhu.id, maxHops: 4 });
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      expect(path.length).toBe(path.steps.length);
      expect(path.steps.at(-1)).toMatchObject({ relation: "ISSUED_BY", reversed: false, node: { __typename: "Body", name: "Chính phủ" } });
      for (const step of path.steps) expect(step.relation === step.type, step.relation).toBe(!step.reversed);
    }
    const lengths = new Set(paths.map((path) => path.length));
    expect(lengths.size).toBe(1);
    const shortest = [...lengths][0];
    const shorter = await api.data(PathsDocument, { fromId: await placeId("Chợ Lách"), toId: chinhPhu.id, maxHops: shortest - 1 });
    expect(shorter.paths).toEqual([]);
    const viaTask = paths.find((path) => path.steps.some((step) => step.relation === "LOCATION_OF"));
    expect(viaTask?.steps.find((step) => step.relation === "LOCATION_OF")).toMatchObject({ type: "LOCATED_IN", reversed: true });
  });

  it("a node to itself is one path with no steps", async () => {
    const id = await placeId("Ba Tri");
    expect((await api.data(PathsDocument, { fromId: id, toId: id })).paths).toEqual([{ length: 0, steps: [] }]);
  });
});

describe("search", () => {
  it.each([
    ["rach mieu", "Project", "Cầu Rạch Miễu 2"],
    ["PHUOC MY TRUNG", "Place", "Phước Mỹ Trung"],
    ["mo cay bac", "Place", "Mỏ Cày Bắc"],
  ])("%s finds %s %s first, ignoring case and tone marks, ranked by score", async (text, typename, name) => {
    const { search } = await api.data(SearchDocument, { text, first: 10 });
    expect(search[0].node).toMatchObject({ __typename: typename, name });
    const scores = search.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores[0]).toBeGreaterThan(scores.at(-1)!);
  });

  it("returns at most first hits", async () => {
    expect((await api.data(SearchDocument, { text: "tỉnh", first: 3 })).search).toHaveLength(3);
  });
});

describe("ids and paging", () => {
  it("node(id) resolves every id the API hands out, to the right type", async () => {
    const seen = new Map<string, string>();
    const tasks = await allTasks({});
    for (const task of tasks) {
      const { task: details } = await api.data(TaskDetailsDocument, { id: task.id });
      if (!details) throw new Error(task.id);
      seen.set(details.id, "Task");
      seen.set(details.provision.id, "Provision");
      seen.set(details.document.id, "Document");
      for (const place of details.places) seen.set(place.id, "Place");
      for (const { body } of details.responsibilities) seen.set(body.id, "Body");
      for (const project of details.projects) seen.set(project.id, "Project");
      for (const { instrument } of details.citations) seen.set(instrument.id, "LegalInstrument");
      for (const target of details.targets) seen.set(target.id, "Target");
      expect(details.source.text).toBe(details.text);
    }
    for (const place of (await api.data(PlacesDocument, {})).places) seen.set(place.id, "Place");
    for (const instrument of (await api.data(LegalInstrumentsDocument, {})).legalInstruments) seen.set(instrument.id, "LegalInstrument");
    const kinds = new Set(seen.values());
    expect(kinds).toEqual(new Set(["Task", "Provision", "Document", "Place", "Body", "Project", "LegalInstrument", "Target"]));
    for (const [id, typename] of seen) {
      expect((await api.data(NodeByIdDocument, { id })).node, id).toEqual({ __typename: typename, id });
    }
  });

  it("pages through every task with opaque cursors; totalCount is exact", async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const { tasks }: TaskPageQuery = await api.data(TaskPageDocument, { first: 7, after });
      pages += 1;
      expect(tasks.edges.length).toBeLessThanOrEqual(7);
      expect(tasks.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(tasks.pageInfo.startCursor).toBe(tasks.edges[0]?.cursor ?? null);
      expect(tasks.pageInfo.endCursor).toBe(tasks.edges.at(-1)?.cursor ?? null);
      for (const edge of tasks.edges) expect(edge.cursor).not.toContain(edge.node.id);
      ids.push(...tasks.edges.map((edge) => edge.node.id));
      if (!tasks.pageInfo.hasNextPage) {
        expect(ids).toHaveLength(tasks.totalCount);
        break;
      }
      after = tasks.pageInfo.endCursor;
    }
    expect(pages).toBe(Math.ceil(ids.length / 7));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("pages a connection nested in an entity", async () => {
    const first = await api.data(InstrumentByNumberDocument, { number: "31/2022/NQ-HĐND", first: 50 });
    const citedBy = first.legalInstrument!.citedBy;
    expect(citedBy.pageInfo.hasNextPage).toBe(citedBy.totalCount > 50);
    const rest = await api.data(InstrumentByNumberDocument, { number: "31/2022/NQ-HĐND", first: 50, after: citedBy.pageInfo.endCursor });
    const all = [...citedBy.edges, ...rest.legalInstrument!.citedBy.edges].map((edge) => edge.node.id);
    expect(all).toHaveLength(citedBy.totalCount);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("dashboard counts", () => {
  it("by place, rolled up the hierarchy: a district counts the tasks of its towns and clusters", async () => {
    const { taskCounts } = await api.data(TaskCountsDocument, { groupBy: "PLACE" });
    const count = (name: string) => taskCounts.find((entry) => entry.node?.__typename === "Place" && entry.node.name === name)?.count;
    for (const name of ["Mỏ Cày Bắc", "Thạnh Phú", "Ba Tri", "Chợ Lách"]) {
      const { tasks } = await api.data(TaskPageDocument, { where: { placeName: name, includeSubPlaces: true }, first: 1 });
      expect(count(name), name).toBe(tasks.totalCount);
    }
    expect(count("Mỏ Cày Bắc")).toBe(2);
    expect(count("Tân Thành Bình")).toBe(1);
  });

  it("by body and role, by sector, by document, each adding up", async () => {
    const total = (await api.data(TaskPageDocument, { first: 1 })).tasks.totalCount;
    const byRole = (await api.data(TaskCountsDocument, { groupBy: "BODY_ROLE" })).taskCounts;
    const ubndLead = byRole.find((entry) => entry.role === "LEAD" && entry.node?.__typename === "Body" && /Ủy ban nhân dân tỉnh/.test(entry.node.name));
    const ubndLeadTasks = await api.data(TaskPageDocument, { where: { bodyId: ubndLead?.key, role: "LEAD" }, first: 1 });
    expect(ubndLead?.count).toBe(ubndLeadTasks.tasks.totalCount);

    const bySector = (await api.data(TaskCountsDocument, { groupBy: "SECTOR" })).taskCounts;
    expect(bySector.reduce((sum, entry) => sum + entry.count, 0)).toBe(total);
    expect(bySector.every((entry) => entry.node === null)).toBe(true);
    const energy = bySector.find((entry) => entry.key === "ENERGY")?.count;
    expect(energy).toBe((await allTasks({ sector: "ENERGY" })).length);

    const byDocument = (await api.data(TaskCountsDocument, { groupBy: "DOCUMENT" })).taskCounts;
    expect(byDocument).toEqual([{ key: expect.any(String), role: null, count: total, node: { __typename: "Document", id: byDocument[0].key } }]);
  });
});
