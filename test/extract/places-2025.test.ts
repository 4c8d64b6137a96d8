import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphBatch, PlaceNode } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";
import { findUnit, predecessorsOf, successorsOf } from "../../src/extract/reference-data.js";
import { BatchView, extractFile, ROOT, SEED_FILE } from "./helpers.js";

const POST_2025 = path.join(ROOT, "test/fixtures/post-2025");
const fixture = (name: string) => new BatchView(extractFile(path.join(POST_2025, name)));

/** Every place the text names (it has a source), as `fullName → province of the place`. */
function namedPlaces(view: BatchView): Map<string, string> {
  const provinceOf = (place: PlaceNode): PlaceNode => (place.parentId ? provinceOf(view.node("Place", place.parentId)) : place);
  return new Map(view.nodes("Place").filter((p) => p.source !== null).map((p) => [p.fullName, provinceOf(p).fullName]));
}

function succession(batch: GraphBatch, from: string): { to: string; on: string | null | undefined; whole: boolean | null | undefined }[] {
  return batch.edges
    .filter((e) => e.type === "SUCCEEDED_BY" && e.from === from)
    .map((e) => ({ to: e.to, on: e.on, whole: e.whole }))
    .sort((a, b) => (a.to < b.to ? -1 : 1));
}

describe("reference data of the 2025 reorganisation (seed/reference, read against the upstream README's spot checks)", () => {
  it("sends huyện Mỏ Cày Bắc to six communes of the new tỉnh Vĩnh Long and to the province, the split Hòa Lộc to two", () => {
    const moCayBac = findUnit("838")!;
    expect(moCayBac).toMatchObject({ name: "Mỏ Cày Bắc", era: "before-2025" });
    const links = successorsOf(moCayBac).map((l) => [l.to.code, l.to.name, l.whole]);
    expect(links).toEqual([
      ["2025-28789", "Bến Tre", false],
      ["2025-28901", "Hưng Khánh Trung", false],
      ["2025-28915", "Phước Mỹ Trung", false],
      ["2025-28921", "Tân Thành Bình", false],
      ["2025-28948", "Nhuận Phú Tân", false],
      ["2025-29734", "Hòa Hiệp", false],
      ["2025-86", "Vĩnh Long", true],
    ]);
    expect(successorsOf(findUnit("28924")!).map((l) => [l.to.name, l.whole])).toEqual([
      ["Tân Thành Bình", false],
      ["Hòa Hiệp", false],
    ]);
    for (const oldCommune of ["28889", "28909", "28912", "28915"]) {
      expect(successorsOf(findUnit(oldCommune)!).map((l) => [l.to.code, l.whole])).toEqual([["2025-28915", true]]);
    }
  });

  it("makes Bến Tre, Trà Vinh and Vĩnh Long the new tỉnh Vĩnh Long, and keeps codes of the two eras apart", () => {
    expect(successorsOf(findUnit("83")!).map((l) => [l.to.code, l.whole, l.on])).toEqual([["2025-86", true, "2025-07-01"]]);
    const provinces = predecessorsOf(findUnit("2025-86")!).filter((l) => l.from.level === "PROVINCE");
    expect(provinces.map((l) => l.from.name)).toEqual(["Bến Tre", "Trà Vinh", "Vĩnh Long"]);
    expect(predecessorsOf(findUnit("2025-86")!).filter((l) => l.from.level === "DISTRICT").map((l) => l.from.code)).toContain("838");
    expect([findUnit("80")!.name, findUnit("2025-80")!.name]).toEqual(["Long An", "Tây Ninh"]);
    expect(findUnit("28915")).toMatchObject({ name: "Phước Mỹ Trung", gsoCode: "28915", parentCode: "838" });
    expect(findUnit("2025-28915")).toMatchObject({ type: "xa", gsoCode: "28915", parentCode: "2025-86" });
    expect(findUnit("2025-46")).toMatchObject({ name: "Huế", type: "tp", level: "PROVINCE" });
  });

  it("knows the 2025 list whole: 34 provinces, communes, wards and special zones under them", () => {
    const codes = ["2025-06793", "2025-19885", "2025-06994"].map((code) => findUnit(code)!);
    expect(codes.map((u) => [u.name, u.type, findUnit(u.parentCode!)!.name])).toEqual([
      ["Cẩm Phả", "phuong", "Quảng Ninh"],
      ["Đan Điền", "xa", "Huế"],
      ["Vân Đồn", "dk", "Quảng Ninh"],
    ]);
    expect(findUnit("2025-75")).toMatchObject({ type: "tinh", laterType: "tp" });
  });
});

describe("a document of the 2025 list: places of its time", () => {
  it("resolves wards listed after `các phường:`, in lists of mixed types, special zones and names in a table column, each under tỉnh Quảng Ninh", () => {
    const view = fixture("quang-ninh-45-2025-nq-hdnd.md");
    const places = namedPlaces(view);
    const expected = [
      "phường Tuần Châu", "phường Hà Tu", "phường Bãi Cháy", "phường Hồng Gai", "phường Cẩm Phả", "phường Quang Hanh",
      "phường Cửa Ông", "xã Hải Hòa", "đặc khu Vân Đồn", "đặc khu Cô Tô", "xã Ba Chẽ", "xã Kỳ Thượng", "xã Lương Minh",
      "phường Mạo Khê", "phường Bình Khê", "phường An Sinh", "phường Đông Triều", "phường Hoàng Quế", "phường Hạ Long",
      "phường Hoành Bồ", "xã Tiên Yên", "xã Đầm Hà", "xã Quảng Hà", "phường Móng Cái 1", "xã Hải Sơn", "xã Bình Liêu", "xã Quảng Tân",
    ];
    for (const name of expected) expect(places.get(name), name).toBe("tỉnh Quảng Ninh");
    expect(view.node("Place", "place:2025-06793")).toMatchObject({ code: "06793", placeKind: "WARD", validFrom: "2025-07-01", validTo: null });
    expect(view.node("Place", "place:2025-06994")).toMatchObject({ placeKind: "SPECIAL_ZONE" });
    // "thành phố Hạ Long cũ": the provincial city before the reform, not phường Hạ Long.
    expect(view.node("Place", "place:193")).toMatchObject({ fullName: "thành phố Hạ Long", placeKind: "PROVINCIAL_CITY", validTo: "2025-06-30" });
    expect(view.batch.document.jurisdictionId).toBe("place:2025-22");
    expect(view.batch.unresolved).toEqual([]);
  });

  it("resolves communes and wards of the new tỉnh Vĩnh Long, former units marked `cũ`, and a table under `Đơn vị hành chính cấp xã`", () => {
    const view = fixture("vinh-long-2025-qd-ubnd.txt");
    const places = namedPlaces(view);
    const communes = [
      "xã Phước Mỹ Trung", "xã Tân Thành Bình", "xã Nhuận Phú Tân", "phường Bến Tre", "phường An Hội", "xã Hòa Hiệp",
      "xã Hưng Khánh Trung", "xã Thạnh Phú", "xã Tân Thủy", "xã Bảo Thạnh", "xã An Qui", "xã Thạnh Phong", "phường Trà Vinh",
      "phường Nguyệt Hóa", "phường Long Đức", "xã Giồng Trôm", "xã Lương Hòa", "xã Châu Hòa", "xã Cái Nhum",
    ];
    for (const name of communes) expect(places.get(name), name).toBe("tỉnh Vĩnh Long");
    // "(địa bàn huyện Mỏ Cày Bắc cũ)", "xã Phú Mỹ, huyện Mỏ Cày Bắc cũ": the units before the reform, with their ids of old.
    expect(view.node("Place", "place:838")).toMatchObject({ name: "Mỏ Cày Bắc", placeKind: "DISTRICT" });
    expect(view.node("Place", "place:28889")).toMatchObject({ name: "Phú Mỹ", parentId: "place:838" });
    expect(view.batch.document.jurisdictionId).toBe("place:2025-86");
    expect(view.batch.document.issuerId).toBe("body:ubnd-2025-86");
  });

  it("takes `thành phố Huế` in a 2025 text for the municipality, and names of other provinces under their new province", () => {
    const view = fixture("hue-2025-nq-hdnd.md");
    expect(view.batch.document.jurisdictionId).toBe("place:2025-46");
    expect(view.node("Place", "place:2025-46")).toMatchObject({ fullName: "thành phố Huế", placeKind: "MUNICIPALITY" });
    const places = namedPlaces(view);
    for (const name of ["phường Phú Xuân", "phường Thuận Hóa", "phường Kim Long", "xã Đan Điền", "xã Quảng Điền", "xã Phú Vang", "xã Chân Mây - Lăng Cô", "xã A Lưới 1", "xã A Lưới 2", "xã A Lưới 3"]) {
      expect(places.get(name), name).toBe("thành phố Huế");
    }
    expect(places.get("xã Phước Mỹ Trung")).toBe("tỉnh Vĩnh Long");
    expect(places.get("thành phố Đà Nẵng")).toBe("thành phố Đà Nẵng");
    expect(view.batch.unresolved).toEqual([]);
  });

  it("reads names without a type word after `gồm:` or a qualifier, lists joined by `;`, and keeps the reused code 80 apart (Long An then, Tây Ninh now)", () => {
    const view = fixture("tay-ninh-2026-kh-ubnd.md");
    expect(view.batch.document.jurisdictionId).toBe("place:2025-80");
    expect(view.batch.document.issuerId).toBe("body:ubnd-2025-80");
    const places = namedPlaces(view);
    const communes = [
      "xã Tân Trụ", "xã Nhựt Tảo", "xã Vàm Cỏ", "xã Cần Đước", "xã Cần Giuộc", "xã Phước Lý", "xã Mỹ Lộc", "phường Long An", "phường Tân An",
      "phường Khánh Hậu", "xã Mỹ Quý", "xã Đức Huệ", "xã Bình Hòa", "xã Tuyên Bình", "xã Thạnh Hóa", "xã Bình Thành", "phường Kiến Tường",
      "phường Gia Lộc", "xã Tân Biên", "xã Tân Lập", "xã Trà Vong", "phường Tân Ninh", "phường Bình Minh", "phường Ninh Thạnh", "xã Tân Tây",
    ];
    for (const name of communes) expect(places.get(name), name).toBe("tỉnh Tây Ninh");
    expect(places.get("tỉnh Đồng Tháp")).toBe("tỉnh Đồng Tháp");
    // `sông Vàm Cỏ` is the river, not the commune: the commune's mention is the one in the list.
    const vamCo = view.node("Place", "place:2025-28093");
    expect(view.batch.document.text.slice(0, vamCo.source!.start).endsWith("Nhựt Tảo, ")).toBe(true);
  });

  it("picks the gazetteer by adoption date, else the date of signing, else the latest date the preamble cites", () => {
    const text = (date: string, preambleDate: string) =>
      `HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG\n\nNGHỊ QUYẾT\nVề việc hỗ trợ\n\nCăn cứ Nghị quyết số 202/2025/QH15 ngày ${preambleDate} của Quốc hội;\n\nQUYẾT NGHỊ:\n\nĐiều 1. Hỗ trợ xã Phước Mỹ Trung xây dựng chợ.\n\n${date}`;
    const jurisdiction = (doc: string) => extractDocument(doc).document.jurisdictionId;
    expect(jurisdiction(text("Nghị quyết này được thông qua ngày 27 tháng 6 năm 2025.", "12 tháng 6 năm 2025"))).toBe("place:86");
    expect(jurisdiction(text("Nghị quyết này được thông qua ngày 14 tháng 7 năm 2025.", "12 tháng 6 năm 2025"))).toBe("place:2025-86");
    expect(jurisdiction(text("", "12 tháng 6 năm 2025"))).toBe("place:86");
    expect(jurisdiction(text("", "01 tháng 8 năm 2025"))).toBe("place:2025-86");
  });

  it("reads a text with no date of its own, citing only earlier dates, by the units it names", () => {
    const text = (item: string) =>
      `HỘI ĐỒNG NHÂN DÂN TỈNH VĨNH LONG\n\nNGHỊ QUYẾT\nVề việc hỗ trợ\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n\nQUYẾT NGHỊ:\n\nĐiều 1. ${item}\n`;
    const places = (doc: string) => extractDocument(doc).nodes.filter((n) => n.kind === "Place" && n.source !== null).map((n) => n.id);
    expect(places(text("Xây dựng chợ tại phường Bến Tre, phường An Hội và xã Phước Mỹ Trung (huyện Mỏ Cày Bắc cũ)."))).toEqual(
      expect.arrayContaining(["place:2025-28789", "place:2025-28777", "place:2025-28915"]),
    );
    expect(places(text("Xây dựng chợ tại xã Phú Mỹ, huyện Mỏ Cày Bắc và thị trấn Phước Mỹ Trung."))).toEqual(
      expect.arrayContaining(["place:28889", "place:838", "place:28915"]),
    );
  });
});

describe("succession in the batch", () => {
  const seed = new BatchView(extractFile(SEED_FILE));

  it("keeps the ids of the places before the reform and links each to its successors, dated and whole or in part", () => {
    expect(seed.node("Place", "place:838")).toMatchObject({ fullName: "huyện Mỏ Cày Bắc", validFrom: null, validTo: "2025-06-30" });
    expect(succession(seed.batch, "place:838")).toEqual([
      { to: "place:2025-28789", on: "2025-07-01", whole: false },
      { to: "place:2025-28901", on: "2025-07-01", whole: false },
      { to: "place:2025-28915", on: "2025-07-01", whole: false },
      { to: "place:2025-28921", on: "2025-07-01", whole: false },
      { to: "place:2025-28948", on: "2025-07-01", whole: false },
      { to: "place:2025-29734", on: "2025-07-01", whole: false },
      { to: "place:2025-86", on: "2025-07-01", whole: true },
    ]);
    expect(succession(seed.batch, "place:83")).toEqual([{ to: "place:2025-86", on: "2025-07-01", whole: true }]);
    expect(succession(seed.batch, "place:28915")).toEqual([{ to: "place:2025-28915", on: "2025-07-01", whole: true }]);
    // The successors come with their place in the hierarchy, and no document words.
    expect(seed.node("Place", "place:2025-28915")).toMatchObject({ fullName: "xã Phước Mỹ Trung", parentId: "place:2025-86", source: null });
    expect(seed.edges("PART_OF", { from: "place:2025-28915", to: "place:2025-86" })).toHaveLength(1);
  });

  it("gives a 2025 place its predecessors, so a graph of new documents alone knows them", () => {
    const view = fixture("vinh-long-2025-qd-ubnd.txt");
    const predecessors = view.edges("SUCCEEDED_BY", { to: "place:2025-28915" }).map((e) => e.from).sort();
    expect(predecessors).toEqual(["place:28889", "place:28909", "place:28912", "place:28915", "place:838"]);
    expect(view.edges("SUCCEEDED_BY", { from: "place:83", to: "place:2025-86" })).toHaveLength(1);
  });
});
