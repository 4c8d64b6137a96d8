import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/index.js";
import path from "node:path";
import { BatchView, ROOT, SEED_FILE, readBytes } from "./helpers.js";

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

/**
 * A decision of another province written the usual way (header lines, numbered
 * decision, "Theo đề nghị", named districts and communes, an investor), made up
 * for this test from the genre's formulas: none of its names occur in the seed
 * or the corpus.
 */
describe("generalisation: a decision of another province", () => {
  const v = new BatchView(extractDocument(readBytes(path.join(ROOT, "test/extract/fixtures/quang-nam-decision.txt")), { fileName: "qn.txt" }));

  it("reads header, number, dates and signer", () => {
    expect(v.batch.document).toMatchObject({
      id: "inst:12-2023-qd-ubnd@49",
      number: "12/2023/QĐ-UBND",
      issuerName: "Ủy ban nhân dân tỉnh Quảng Nam",
      adoptedOn: "2023-03-05",
      effectiveFrom: "2023-03-15",
      signer: "Trần Văn Tân",
    });
    expect(v.edges("CONSIDERS").map((e) => v.node("LegalInstrument", e.to).normalizedNumber)).toEqual(["45/TTr-SVHTTDL"]);
    expect(v.instrumentByNumber("05/2022/NQ-HĐND").id).toBe("inst:05-2022-nq-hdnd@49");
  });

  it("places tasks in the districts and communes named, and not in the town an enterprise is named after", () => {
    expect(v.place("A Tiêng")).toMatchObject({ placeKind: "COMMUNE", parentId: "place:504" });
    expect(v.place("Điện Bàn")).toMatchObject({ placeKind: "TOWNSHIP", code: "507" });
    expect(v.nodes("Place").some((p) => p.name === "Hội An")).toBe(false);
  });

  it("hands the assignment of Điều 2 down to its clauses and reads the investor", () => {
    const lead = "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam";
    expect(v.rolesOf(v.taskContaining("làng du lịch cộng đồng").id)).toContainEqual({ role: "LEAD", name: lead });
    const works = v.taskContaining("Cổ Cò");
    expect(v.rolesOf(works.id)).toContainEqual({ role: "INVEST", name: "Công ty Cổ phần Du lịch Hội An" });
    expect(v.targets("CONCERNS", works.id).map((p) => (p.kind === "Project" ? p.name : ""))).toEqual(["Đường ĐT609", "Cầu Hà Nha", "Khu du lịch sinh thái Cổ Cò"]);
    expect(v.taskContaining("trước ngày 15 tháng 12 năm 2023").deadline).toBe("2023-12-15");
  });
});

/**
 * A district council's resolution (made up from the genre's formulas): the
 * district name exists in several provinces and the text settles which.
 */
describe("generalisation: a district council's resolution", () => {
  const v = new BatchView(extractDocument(readBytes(path.join(ROOT, "test/extract/fixtures/chau-thanh-district-resolution.txt")), { fileName: "district.txt" }));

  it("resolves the issuer to the district of the province the text names", () => {
    expect(v.batch.document).toMatchObject({ issuerName: "Hội đồng nhân dân huyện Châu Thành", jurisdictionId: "place:821", term: "khóa XII", session: "kỳ họp thứ 6", signer: "Nguyễn Văn Hai" });
    expect(v.place("Châu Thành", "DISTRICT").parentId).toBe("place:82");
    expect(v.instrumentByNumber("15/2022/NQ-HĐND").id).toBe("inst:15-2022-nq-hdnd@82");
    expect(v.instrumentByNumber("120/BC-UBND").issuerName).toBe("Ủy ban nhân dân huyện Châu Thành");
  });

  it("reads upper-case ĐIỀU, takes goals as tasks and hands the district committee the lead", () => {
    expect(v.nodes("Provision").filter((p) => p.level === "ARTICLE").map((p) => p.heading)).toEqual(["Mục tiêu, chỉ tiêu chủ yếu năm 2023", "Nhiệm vụ, giải pháp", "Tổ chức thực hiện"]);
    const growth = v.taskContaining("đạt 7,5%");
    expect(v.targets("HAS_TARGET", growth.id).map((t) => (t.kind === "Target" ? [t.value, t.unit] : []))).toEqual([[7.5, "%"]]);
    expect(v.rolesOf(v.taskContaining("đường huyện 32").id)).toContainEqual({ role: "LEAD", name: "Ủy ban nhân dân huyện Châu Thành" });
    expect(v.place("Song Thuận")).toMatchObject({ placeKind: "INDUSTRIAL_CLUSTER", parentId: "place:821" });
    expect(v.place("Tân Hiệp")).toMatchObject({ placeKind: "TOWN", parentId: "place:821" });
    expect(v.batch.unresolved).toEqual([]);
  });
});

/** A provincial plan issued on its own (made up from the genre's formulas): roman sections, no Điều. */
describe("generalisation: a plan without articles", () => {
  const v = new BatchView(extractDocument(readBytes(path.join(ROOT, "test/extract/fixtures/long-an-plan.txt")), { fileName: "plan.txt" }));

  it("reads the plan's sections, its basis and its tasks", () => {
    expect(v.batch.document).toMatchObject({ instrumentKind: "PLAN", number: "1234/KH-UBND", id: "inst:1234-kh-ubnd-2024@80", adoptedOn: "2024-04-10" });
    expect(v.nodes("Provision").filter((p) => p.level === "SECTION").map((p) => p.heading)).toEqual(["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP", "TỔ CHỨC THỰC HIỆN"]);
    expect(v.instrumentByNumber("749/QĐ-TTg").title).toBe("phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030");
    expect(v.edges("BASED_ON").map((e) => e.to)).toEqual([v.instrumentByNumber("749/QĐ-TTg").id]);
    const online = v.taskContaining("dịch vụ công trực tuyến");
    expect(online.deadline).toBe("2024-12-31");
    expect(v.rolesOf(online.id)).toContainEqual({ role: "LEAD", name: "Sở Thông tin và Truyền thông tỉnh Long An" });
    expect(v.rolesOf(v.taskContaining("hạ tầng số").id)).toContainEqual({ role: "LEAD", name: "Sở Thông tin và Truyền thông tỉnh Long An" });
    expect(v.nodes("Task").filter((t) => v.provisionPath(t.id).startsWith("Mục I >"))).toEqual([]);
  });
});

describe("generalisation: an amending decision", () => {
  const text = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH ĐẮK LẮK",
    "Số: 21/2024/QĐ-UBND",
    "Đắk Lắk, ngày 02 tháng 8 năm 2024",
    "QUYẾT ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Quyết định số 07/2021/QĐ-UBND",
    "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "QUYẾT ĐỊNH:",
    "Điều 1. Sửa đổi, bổ sung khoản 2 Điều 3 của Quy định ban hành kèm theo Quyết định số 07/2021/QĐ-UBND ngày 10 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh như sau:",
    "“2. Ủy ban nhân dân cấp huyện chịu trách nhiệm tổ chức thực hiện.”",
    "Điều 2. Bãi bỏ Quyết định số 15/2019/QĐ-UBND ngày 05 tháng 6 năm 2019 của Ủy ban nhân dân tỉnh.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày 15 tháng 8 năm 2024.",
  ].join("\n");
  const v = new BatchView(extractDocument(text, { fileName: "amending.txt" }));

  it("records what the decision amends and what it repeals, with the province's scope, the part amended and the day it took effect", () => {
    expect(v.batch.document.id).toBe("inst:21-2024-qd-ubnd@66");
    const amended = v.edges("AMENDS", { from: v.batch.document.id }).map((e) => ({ to: e.to, scope: e.scope, on: e.on }));
    expect(amended).toEqual([{ to: "inst:07-2021-qd-ubnd@66", scope: "khoản 2 Điều 3", on: "2024-08-15" }]);
    const repealed = v.edges("REPEALS", { from: v.batch.document.id }).map((e) => ({ to: e.to, scope: e.scope ?? null }));
    expect(repealed).toEqual([{ to: "inst:15-2019-qd-ubnd@66", scope: null }]);
  });
});

/** A Markdown resolution whose operative article lists projects in a table (made up from the genre's formulas). */
describe("generalisation: a project list in a Markdown table", () => {
  const v = new BatchView(extractDocument(readBytes(path.join(ROOT, "test/extract/fixtures/soc-trang-project-list.md")), { fileName: "table.md" }));

  it("takes each numbered row under an action lead-in as a task, with its place and project", () => {
    const rows = v.nodes("Task").filter((t) => t.text.includes(" | "));
    expect(rows.map((t) => t.text)).toEqual(["1 | Xây dựng cầu Đại Ngãi | huyện Long Phú | 120", "2 | Nâng cấp đường tỉnh 934 | huyện Trần Đề | 85,5"]);
    expect(v.targets("LOCATED_IN", rows[0].id).map((p) => p.id)).toEqual(["place:946"]);
    expect(v.targets("CONCERNS", rows[1].id).map((p) => (p.kind === "Project" ? p.name : ""))).toEqual(["Đường tỉnh 934"]);
    expect(v.rolesOf(rows[1].id)).toContainEqual({ role: "LEAD", name: "Ủy ban nhân dân tỉnh Sóc Trăng" });
    expect(v.nodes("Task").some((t) => t.text.startsWith("STT"))).toBe(false);
  });
});

describe("unresolved mentions", () => {
  const text = [
    "HỘI ĐỒNG NHÂN DÂN",
    "TỈNH BẾN TRE",
    "NGHỊ QUYẾT",
    "Về một việc",
    "QUYẾT NGHỊ:",
    "Điều 1. Đầu tư trường học tại huyện Phù Vân và xã Tân Lợi Thạnh.",
    "Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết.",
  ].join("\n");
  const v = new BatchView(extractDocument(text, { fileName: "unresolved.txt" }));

  it("reports a place the gazetteer does not know, with its span, and does not invent it", () => {
    expect(v.batch.unresolved.map((u) => [u.kind, u.text, u.reason])).toEqual([["Place", "huyện Phù Vân", "not in the gazetteer of administrative units"]]);
    const u = v.batch.unresolved[0];
    expect(v.batch.document.text.slice(u.source.start, u.source.end)).toBe("Phù Vân");
    expect(v.nodes("Place").some((p) => p.name === "Phù Vân")).toBe(false);
    expect(v.place("Tân Lợi Thạnh")).toMatchObject({ placeKind: "COMMUNE", parentId: "place:834" });
  });
});

/**
 * The opening of a real resolution as a legal-texts website serves it (the page's
 * search box and metadata before the header, "KHOÁ" spelt the old way, a
 * National Assembly number with its term, effect "sau 10 ngày kể từ ngày thông
 * qua"), closed with its signature.
 */
describe("generalisation: a resolution copied from a web page", () => {
  const v = new BatchView(extractDocument(readBytes(path.join(ROOT, "test/extract/fixtures/thua-thien-hue-04-2011-nq-hdnd-web-page.txt")), { fileName: "hue.txt" }));

  it("finds the header behind the page chrome and keeps the whole title", () => {
    expect(v.batch.document).toMatchObject({
      id: "inst:04-2011-nq-hdnd@46",
      title: "NGHỊ QUYẾT VỀ VIỆC BAN HÀNH NỘI QUY KỲ HỌP HỘI ĐỒNG NHÂN DÂN TỈNH KHOÁ VI, NHIỆM KỲ 2011 - 2016",
      issuerName: "Hội đồng nhân dân tỉnh Thừa Thiên Huế",
      term: "khóa VI",
      session: "kỳ họp thứ 2",
      adoptedOn: "2011-08-11",
      effectiveFrom: "2011-08-21",
      signer: "Nguyễn Ngọc Thiện",
    });
  });

  it("keeps the term digits of a central number and reads its issuer", () => {
    expect(v.instrumentByNumber("753/2005/NQ-UBTVQH11")).toMatchObject({ id: "inst:753-2005-nq-ubtvqh11", issuedOn: "2005-04-02", issuerName: "Ủy ban Thường vụ Quốc hội" });
    expect(v.instrumentByNumber("13/TTr-HĐND")).toMatchObject({ issuerName: "Thường trực Hội đồng nhân dân tỉnh Thừa Thiên Huế", title: "ban hành Nội quy kỳ họp Hội đồng nhân dân tỉnh khoá VI, nhiệm kỳ 2011 - 2016" });
  });
});

/** Openings of real resolutions as legal-text websites serve them, each with its own conversion damage. */
describe("generalisation: openings of real resolutions from other provinces", () => {
  const open = (name: string) => new BatchView(extractDocument(readBytes(path.join(ROOT, "test/extract/fixtures", name)), { fileName: name }));

  it("Trà Vinh 15/2020: header cells split by lone '|' lines, a capitalised 'Luật Sửa đổi', a glued sub-heading", () => {
    const v = open("tra-vinh-15-2020-nq-hdnd-opening.txt");
    expect(v.batch.document).toMatchObject({ number: "15/2020/NQ-HĐND", issuerName: "Hội đồng nhân dân tỉnh Trà Vinh", adoptedOn: "2020-12-09", term: "khóa IX", session: "kỳ họp thứ 18" });
    const amending = v.instrumentByTitle(/^Luật Sửa đổi, bổ sung/);
    expect(v.targets("AMENDS", amending.id).map((i) => i.id)).toEqual(["inst:luat-to-chuc-chinh-phu", "inst:luat-to-chuc-chinh-quyen-dia-phuong-2015"]);
    expect(v.nodes("Task").filter((t) => v.provisionPath(t.id) === "Điều 1")).toEqual([]);
    const goal = v.taskContaining("Phấn đấu tốc độ tăng trưởng GRDP từ 11% trở lên");
    expect(v.targets("HAS_TARGET", goal.id).map((t) => (t.kind === "Target" ? [t.value, t.comparator] : []))).toEqual([[11, "AT_LEAST"]]);
    expect(v.rolesOf(goal.id)).toContainEqual({ role: "LEAD", name: "Ủy ban nhân dân tỉnh Trà Vinh" });
  });

  it("Thái Nguyên 26/2008: the kind line lost with the header table, results approved in Điều 1", () => {
    const v = open("thai-nguyen-26-2008-nq-hdnd-opening.txt");
    expect(v.batch.document).toMatchObject({ instrumentKind: "RESOLUTION", number: "26/2008/NQ-HĐND", issuerName: "Hội đồng nhân dân tỉnh Thái Nguyên", adoptedOn: "2008-12-09" });
    expect(v.batch.document.title).toBe("NGHỊ QUYẾT VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2008 VÀ NHIỆM VỤ TRỌNG TÂM NĂM 2009 CỦA TỈNH THÁI NGUYÊN");
    expect(v.nodes("Task").map((t) => v.provisionPath(t.id))).toEqual(["Điều 2", "Điều 2"]);
  });

  it("Quảng Nam 39/NQ-HĐND: decrees listed after their kind ('các Nghị định của Chính phủ: số …; số …')", () => {
    const v = open("quang-nam-39-nq-hdnd-opening.txt");
    const basis = v.edges("BASED_ON").map((e) => v.node("LegalInstrument", e.to));
    expect(basis.filter((i) => i.instrumentKind === "DECREE").map((i) => [i.normalizedNumber, i.issuedOn, i.issuerName])).toEqual([
      ["77/2015/NĐ-CP", "2015-09-10", "Chính phủ"],
      ["120/2018/NĐ-CP", "2018-09-13", "Chính phủ"],
      ["136/2015/NĐ-CP", "2015-12-31", "Chính phủ"],
      ["161/2016/NĐ-CP", "2016-12-02", "Chính phủ"],
    ]);
    expect(v.targets("AMENDS", v.instrumentByNumber("120/2018/NĐ-CP").id).map((i) => i.id)).toEqual(["inst:77-2015-nd-cp"]);
    expect(v.instrumentByNumber("136/2015/NĐ-CP").title).toBe("hướng dẫn thi hành một số điều của Luật Đầu tư công");
    expect(v.instrumentByNumber("06/NQ-HĐND").id).toBe("inst:06-nq-hdnd-2018@49");
  });

  it("Tiền Giang 11/2011: words glued by conversion, 'Qua xem xét', roman sections inside Điều 1", () => {
    const v = open("tien-giang-11-2011-nq-hdnd-opening.txt");
    expect(v.edges("CONSIDERS").map((e) => v.node("LegalInstrument", e.to))).toMatchObject([{ normalizedNumber: "187/BC-UBND", issuedOn: "2011-11-30" }]);
    expect(v.nodes("Provision").map((p) => [p.path, p.heading])).toEqual([
      ["Điều 1", null],
      ["Điều 1 > Mục I", "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2012"],
      ["Điều 1 > Mục I > khoản 1", "Mục tiêu"],
    ]);
    expect(v.nodes("Task").map((t) => t.text.slice(0, 40))).toEqual(["Tiếp tục thực hiện các giải pháp kiềm ch"]);
  });
});

/** Letters, notices and Party and mass-organisation instruments, cited as the genre writes them (made up from its formulas). */
describe("generalisation: letters, notices and Party instruments", () => {
  const text = [
    "ỦY BAN NHÂN DÂN",
    "TỈNH QUẢNG NAM",
    "Số: 30/2024/QĐ-UBND",
    "Quảng Nam, ngày 10 tháng 9 năm 2024",
    "QUYẾT ĐỊNH",
    "Ban hành Quy định quản lý nhà ở xã hội trên địa bàn tỉnh",
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM",
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Thực hiện Kết luận số 15-KL/TU ngày 02 tháng 8 năm 2024 của Ban Thường vụ Tỉnh ủy về phát triển nhà ở xã hội;",
    "Theo đề nghị của Giám đốc Sở Xây dựng tại Tờ trình số 1520/TTr-SXD ngày 20 tháng 8 năm 2024 và Văn bản số 2150/SXD-QLN ngày 28 tháng 8 năm 2024.",
    "QUYẾT ĐỊNH:",
    "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý nhà ở xã hội trên địa bàn tỉnh Quảng Nam.",
    "Điều 2. Giao Sở Xây dựng chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh triển khai Kế hoạch số 12/KH-MTTQ-BTT ngày 05 tháng 7 năm 2024; thực hiện Công văn số 123/UBND-KT ngày 15 tháng 8 năm 2024 và Thông báo số 45/TB-VPCP ngày 01 tháng 3 năm 2024 của Văn phòng Chính phủ.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày 20 tháng 9 năm 2024.",
  ].join("\n");
  const v = new BatchView(extractDocument(text, { fileName: "letters.txt" }));

  it("cites letters with the issuer their symbol names", () => {
    expect(v.instrumentByNumber("2150/SXD-QLN")).toMatchObject({ instrumentKind: "LETTER", issuerName: "Sở Xây dựng tỉnh Quảng Nam", issuedOn: "2024-08-28" });
    expect(v.instrumentByNumber("123/UBND-KT")).toMatchObject({ instrumentKind: "LETTER", issuerName: "Ủy ban nhân dân tỉnh Quảng Nam" });
    expect(v.instrumentByNumber("1520/TTr-SXD")).toMatchObject({ instrumentKind: "SUBMISSION", issuerName: "Sở Xây dựng tỉnh Quảng Nam" });
  });

  it("cites notices, conclusions of the Party and plans of mass organisations", () => {
    expect(v.instrumentByNumber("45/TB-VPCP")).toMatchObject({ instrumentKind: "NOTICE", issuerName: "Văn phòng Chính phủ" });
    expect(v.instrumentByNumber("15-KL/TU")).toMatchObject({ instrumentKind: "CONCLUSION", issuerName: "Ban Thường vụ Tỉnh ủy Quảng Nam", id: "inst:15-kl-tu-2024@49" });
    expect(v.instrumentByNumber("12/KH-MTTQ-BTT")).toMatchObject({ instrumentKind: "PLAN", issuerName: "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Nam" });
    expect(v.edges("IMPLEMENTS", { from: v.batch.document.id }).map((e) => e.to)).toEqual(["inst:15-kl-tu-2024@49"]);
  });
});
