import { describe, expect, it } from "vitest";
import { BatchView, corpusFile, extractFile } from "./helpers.js";

function view(name: string): BatchView {
  return new BatchView(extractFile(corpusFile(name)));
}

function basedOn(v: BatchView): string[] {
  return v.edges("BASED_ON", { from: v.batch.document.id }).map((e) => {
    const i = v.node("LegalInstrument", e.to);
    return i.normalizedNumber ?? `${i.title} ${i.year}`;
  });
}

function articles(v: BatchView): string[] {
  return v.nodes("Provision").filter((p) => p.level === "ARTICLE" && !p.path.includes(" > ")).map((p) => p.path);
}

describe("Hậu Giang 01/2017 (HĐND, hard-wrapped Markdown)", () => {
  const v = view("hau-giang-01-2017-nq-hdnd.md");

  it("reads the header and the closing formula", () => {
    expect(v.batch.document).toMatchObject({
      instrumentKind: "RESOLUTION",
      issuerName: "Hội đồng nhân dân tỉnh Hậu Giang",
      term: "khóa IX",
      session: "kỳ họp thứ sáu",
      adoptedOn: "2017-07-13",
      effectiveFrom: "2017-07-23",
      jurisdictionId: "place:93",
    });
    expect(v.batch.document.title).toMatch(/^NGHỊ QUYẾT VỀ TÌNH HÌNH KINH TẾ - XÃ HỘI, QUỐC PHÒNG - AN NINH 6 THÁNG ĐẦU NĂM .* 6 THÁNG CUỐI NĂM 2017$/);
  });

  it("rests on its two Căn cứ laws and has three articles", () => {
    expect(basedOn(v)).toEqual(["Luật Tổ chức chính quyền địa phương 2015", "Luật Ban hành văn bản quy phạm pháp luật 2015"]);
    expect(articles(v)).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    expect(v.nodes("Provision").filter((p) => p.path.startsWith("Điều 2 > khoản"))).toHaveLength(10);
  });

  it("takes no task from the assessment of Điều 1", () => {
    expect(v.nodes("Task").filter((t) => v.provisionPath(t.id) === "Điều 1")).toEqual([]);
  });

  it("cites the numbers written in Điều 2", () => {
    for (const number of ["05/CTr-UBND", "27/NQ-CP", "35-KH/TU", "50/KH-UBND", "19-2017/NQ-CP", "35/NQ-CP"]) {
      expect(v.edges("CITES", { to: v.instrumentByNumber(number).id }).length, number).toBeGreaterThan(0);
    }
    expect(v.instrumentByNumber("35-KH/TU").issuerName).toBe("Tỉnh ủy Hậu Giang");
    expect(v.instrumentByNumber("50/KH-UBND").title).toBe("Kế hoạch Khởi nghiệp giai đoạn 2017 - 2020, định hướng đến năm 2025 trên địa bàn tỉnh Hậu Giang");
  });

  it("names the cities of the cooperation clause across a line break", () => {
    const task = v.taskContaining("mời gọi đầu tư từ Hà Nội");
    const places = v.targets("LOCATED_IN", task.id).map((p) => p.id);
    expect(places).toEqual(expect.arrayContaining(["place:region/dong-bang-song-cuu-long", "place:79", "place:92", "place:01"]));
  });

  it("gives the implementation to the People's Committee and the supervision to the council organs", () => {
    const task = v.taskContaining("đạt 78%");
    const roles = v.rolesOf(task.id);
    expect(roles).toContainEqual({ role: "LEAD", name: "Ủy ban nhân dân tỉnh Hậu Giang" });
    expect(roles).toContainEqual({ role: "SUPERVISE", name: "Tổ đại biểu Hội đồng nhân dân tỉnh Hậu Giang" });
    expect(roles.filter((r) => r.name === "Hội đồng nhân dân tỉnh Hậu Giang")).toEqual([]);
    expect(v.nodes("Target").map((t) => [t.value, t.unit])).toContainEqual([78, "%"]);
  });
});

describe("Đồng Tháp 110/2017 (HĐND, public investment plan)", () => {
  const v = view("dong-thap-110-2017-nq-hdnd.md");

  it("reads the header split over lines", () => {
    expect(v.batch.document).toMatchObject({ issuerName: "Hội đồng nhân dân tỉnh Đồng Tháp", term: "khóa IX", session: "kỳ họp thứ năm", adoptedOn: "2017-07-14", effectiveFrom: "2017-08-01" });
  });

  it("rests on three laws and Quyết định 40/2015/QĐ-TTg, and considers Tờ trình 61/TTr-UBND", () => {
    expect(basedOn(v)).toEqual(["Luật Tổ chức chính quyền địa phương 2015", "Luật Ngân sách nhà nước 2015", "Luật Đầu tư công 2014", "40/2015/QĐ-TTg"]);
    expect(v.instrumentByNumber("40/2015/QĐ-TTg")).toMatchObject({ issuedOn: "2015-09-14", issuerName: "Thủ tướng Chính phủ" });
    const considered = v.edges("CONSIDERS", { from: v.batch.document.id }).map((e) => v.node("LegalInstrument", e.to).normalizedNumber);
    expect(considered).toEqual(["61/TTr-UBND", "147/BC-HĐND"]);
    expect(v.instrumentByNumber("60/NQ-CP").issuerName).toBe("Chính phủ");
  });

  it("has three articles and the sub-clauses 2.1 and 2.2 with their points", () => {
    expect(articles(v)).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    const paths = v.nodes("Provision").map((p) => p.path);
    expect(paths).toContain("Điều 1 > khoản 2 > điểm 2.2 > điểm d > gạch đầu dòng 2 > gạch đầu dòng 1");
    expect(v.nodes("Provision").find((p) => p.path === "Điều 1 > khoản 2")?.heading).toBe("Điều chỉnh kế hoạch vốn ĐTPT năm 2017");
  });

  it("finds the Tân Kiều industrial park project and the amounts with decimal commas", () => {
    const project = v.nodes("Project").find((p) => p.name === "Hạ tầng khu công nghiệp Tân Kiều")!;
    expect(v.targets("LOCATED_IN", project.id).map((p) => (p.kind === "Place" ? `${p.placeKind} ${p.name}` : ""))).toEqual(["INDUSTRIAL_PARK Tân Kiều"]);
    const values = v.nodes("Target").filter((t) => t.unit === "tỷ đồng").map((t) => t.value);
    expect(values).toEqual(expect.arrayContaining([29.5, 15.2, 526.38, 58.349]));
  });
});

describe("Gia Lai 59/2017 (HĐND, environmental spending duties)", () => {
  const v = view("gia-lai-59-2017-nq-hdnd.md");

  it("takes the term of its own closing formula, not of the resolution it replaces", () => {
    expect(v.batch.document).toMatchObject({ issuerName: "Hội đồng nhân dân tỉnh Gia Lai", term: "khóa XI", session: "kỳ họp thứ ba", adoptedOn: "2017-07-13", effectiveFrom: "2017-07-23" });
  });

  it("rests on five laws named by year, a decree and a circular", () => {
    expect(basedOn(v)).toEqual([
      "Luật Tổ chức chính quyền địa phương 2015",
      "Luật Ban hành văn bản quy phạm pháp luật 2015",
      "Luật phí, lệ phí 2015",
      "Luật Bảo vệ môi trường 2014",
      "Luật Ngân sách nhà nước 2015",
      "163/2016/NĐ-CP",
      "02/2017/TT-BTC",
    ]);
    expect(v.instrumentByNumber("02/2017/TT-BTC")).toMatchObject({ instrumentKind: "CIRCULAR", issuedOn: "2017-01-06", issuerName: "Bộ Tài chính" });
  });

  it("cites the Prime Minister's decisions and links the amending one to what it amends", () => {
    for (const number of ["58/2008/QĐ-TTg", "1946/QĐ-TTg", "38/2011/QĐ-TTg", "1788/QĐ-TTg"]) {
      expect(v.instrumentByNumber(number).issuerName, number).toBe("Thủ tướng Chính phủ");
    }
    expect(v.targets("AMENDS", v.instrumentByNumber("38/2011/QĐ-TTg").id).map((i) => i.id)).toEqual([v.instrumentByNumber("58/2008/QĐ-TTg").id]);
    expect(v.instrumentByNumber("160/2014/TTLT-BTC-BTNMT").instrumentKind).toBe("CIRCULAR");
  });

  it("records that it replaces Nghị quyết 30/2011/NQ-HĐND", () => {
    const replaced = v.instrumentByNumber("30/2011/NQ-HĐND");
    expect(replaced.issuerName).toBe("Hội đồng nhân dân tỉnh Gia Lai");
    expect(v.edges("REPLACES", { from: v.batch.document.id, to: replaced.id })).toHaveLength(1);
    expect(v.edges("AMENDS", { from: v.batch.document.id })).toEqual([]);
  });

  it("takes the enumerated spending duties as tasks, and the scope as none", () => {
    expect(articles(v)).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    const duties = v.nodes("Task").filter((t) => v.provisionPath(t.id).startsWith("Điều 1 > khoản 2 > điểm 2.1 > "));
    expect(duties.length).toBeGreaterThanOrEqual(17);
    expect(v.taskContaining("Vốn đối ứng các dự án hợp tác quốc tế")).toBeDefined();
    expect(v.nodes("Task").filter((t) => v.provisionPath(t.id).startsWith("Điều 1 > khoản 1"))).toEqual([]);
    for (const t of duties) expect(v.rolesOf(t.id)).toContainEqual({ role: "LEAD", name: "Ủy ban nhân dân tỉnh Gia Lai" });
  });
});

describe("Hà Nội 35/2024/QĐ-UBND (UBND, Markdown with header table and an annexed Quy chế)", () => {
  const v = view("ha-noi-35-2024-qd-ubnd.md");

  it("reads number, issuer, date and signer from the header table and signature", () => {
    expect(v.batch.document).toMatchObject({
      instrumentKind: "DECISION",
      number: "35/2024/QĐ-UBND",
      issuerName: "Ủy ban nhân dân thành phố Hà Nội",
      jurisdictionId: "place:01",
      adoptedOn: "2024-05-28",
      effectiveFrom: "2024-06-08",
      signer: "Trần Sỹ Thanh",
      signerTitle: "CHỦ TỊCH",
    });
    expect(v.batch.document.title).toBe("QUYẾT ĐỊNH Về việc ban hành Quy chế xét tặng danh hiệu “Công dân Thủ đô ưu tú”");
  });

  it("gets the id its own citation gets, so the annex's reference to it is no other instrument", () => {
    expect(v.batch.document.id).toBe("inst:35-2024-qd-ubnd@01");
    expect(v.nodes("LegalInstrument").some((i) => i.normalizedNumber === "35/2024/QĐ-UBND")).toBe(false);
  });

  it("rests on the Căn cứ line and its continuation without 'Căn cứ', and considers the Sở's submission", () => {
    expect(basedOn(v)).toEqual([
      "Luật Tổ chức chính quyền địa phương 2015",
      "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương 2019",
      "Luật Thi đua, khen thưởng 2022",
      "98/2023/NĐ-CP",
    ]);
    expect(v.edges("CONSIDERS").map((e) => v.node("LegalInstrument", e.to).normalizedNumber)).toEqual(["1046/TTr-SNV"]);
  });

  it("records that it replaces Quyết định 03/2018/QĐ-UBND", () => {
    const replaced = v.instrumentByNumber("03/2018/QĐ-UBND");
    expect(v.edges("REPLACES", { from: v.batch.document.id, to: replaced.id }).map((e) => e.on)).toEqual(["2024-06-08"]);
  });

  it("keeps the Quy chế's own Điều 1–12 apart from the decision's Điều 1–3, and skips the forms", () => {
    expect(articles(v)).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    const annexArticles = v.nodes("Provision").filter((p) => p.level === "ARTICLE" && p.path.startsWith("Quy chế > "));
    expect(annexArticles.map((p) => p.label)).toEqual(Array.from({ length: 12 }, (_, i) => `Điều ${i + 1}`));
    expect(annexArticles[0].path).toBe("Quy chế > Chương I > Điều 1");
    expect(annexArticles[0].heading).toBe("Phạm vi điều chỉnh");
    expect(v.nodes("Provision").filter((p) => p.level === "CHAPTER").map((p) => p.heading)).toEqual([
      "QUY ĐỊNH CHUNG",
      "TIÊU CHUẨN, QUY TRÌNH, HỒ SƠ ĐỀ NGHỊ XÉT TẶNG; KINH PHÍ KHEN THƯỞNG VÀ QUYỀN LỢI CÁ NHÂN ĐƯỢC KHEN THƯỞNG",
      "XỬ LÝ VI PHẠM",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(v.nodes("Provision").some((p) => /Mẫu|SƠ LƯỢC/.test(p.path + (p.heading ?? "")))).toBe(false);
    expect(new Set(v.nodes("Provision").map((p) => p.id)).size).toBe(v.nodes("Provision").length);
  });

  it("does not take the scope, the criteria or the file list of the Quy chế as tasks", () => {
    expect(v.nodes("Task").some((t) => t.text.startsWith("Quy chế này quy định"))).toBe(false);
    expect(v.nodes("Task").some((t) => t.text.startsWith("Có thành tích đặc biệt xuất sắc"))).toBe(false);
    expect(v.nodes("Task").some((t) => t.text.startsWith("Tờ trình, biên bản họp"))).toBe(false);
    expect(v.nodes("Task").some((t) => t.text.startsWith("Mẫu số"))).toBe(false);
    expect(v.rolesOf(v.taskContaining("có trách nhiệm ban hành văn bản hướng dẫn").id)).toContainEqual({ role: "LEAD", name: "Sở Nội vụ thành phố Hà Nội" });
    expect(v.rolesOf(v.taskContaining("Tổng hợp, trình Chủ tịch Ủy ban nhân dân Thành phố quyết định").id)).toContainEqual({ role: "APPROVE", name: "Ủy ban nhân dân thành phố Hà Nội" });
  });
});

describe("Kon Tum 435/QĐ-UBND (UBND, header on two lines, annexed action programme)", () => {
  const v = view("kon-tum-435-2020-qd-ubnd.txt");

  it("reads the collapsed header and the signature glued to the annex title", () => {
    expect(v.batch.document).toMatchObject({
      instrumentKind: "DECISION",
      number: "435/QĐ-UBND",
      issuerName: "Ủy ban nhân dân tỉnh Kon Tum",
      adoptedOn: "2020-05-04",
      signer: "Nguyễn Hữu Tháp",
      signerTitle: "PHÓ CHỦ TỊCH",
    });
    expect(v.batch.document.id).toBe("inst:435-qd-ubnd-2020@62");
  });

  it("rests on the law, the Party directive, the Prime Minister's decision and the plan it implements", () => {
    expect(basedOn(v)).toEqual(["Luật tổ chức chính quyền địa phương 2015", "37-CT/TW", "416/QĐ-TTg", "119-KH/TU"]);
    expect(v.instrumentByNumber("37-CT/TW").issuerName).toBe("Ban Bí thư Trung ương Đảng");
    expect(v.instrumentByNumber("119-KH/TU").issuerName).toBe("Ban Thường vụ Tỉnh ủy Kon Tum");
    expect(v.edges("CONSIDERS").map((e) => v.node("LegalInstrument", e.to).normalizedNumber)).toEqual(["33/TTr-SLĐTBXH", "42/TTr-SLĐTBXH"]);
  });

  it("resolves later short mentions (with stray spaces) to the instruments cited in full", () => {
    const task = v.taskContaining("Tổ chức nghiên cứu, tuyên truyền, phổ biến, quán triệt");
    expect(v.targets("CITES", task.id).map((i) => i.id)).toEqual(["inst:37-ct-tw-2019", "inst:416-qd-ttg-2020", "inst:119-kh-tu-2019@62"]);
  });

  it("has Điều 1–2 and the programme's sections, clauses and sub-clauses", () => {
    expect(articles(v)).toEqual(["Điều 1", "Điều 2"]);
    const paths = v.nodes("Provision").map((p) => p.path);
    expect(paths).toContain("Chương trình > Mục II > khoản 1 > điểm 1.1");
    expect(paths).toContain("Chương trình > Mục II > khoản 2 > điểm 2.10");
    expect(paths).toContain("Chương trình > Mục II > khoản 3 > điểm 3.4");
    expect(paths.filter((p) => p.startsWith("Chương trình > Mục III > khoản "))).toHaveLength(7);
  });

  it("reads 'Cơ quan thực hiện: X chủ trì, phối hợp với Y' as LEAD and COORDINATE, and the quarter as deadline", () => {
    const task = v.taskContaining("Rà soát, kiến nghị cấp có thẩm quyền sửa đổi");
    const roles = v.rolesOf(task.id);
    expect(roles).toContainEqual({ role: "LEAD", name: "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum" });
    expect(roles).toContainEqual({ role: "COORDINATE", name: "Liên đoàn Lao động tỉnh Kon Tum" });
    expect(roles).toContainEqual({ role: "COORDINATE", name: "Ủy ban nhân dân các huyện, thành phố (tỉnh Kon Tum)" });
    expect(task.deadline).toBe("2020-06-30");
    expect(v.taskContaining("hình thành các cơ chế tham vấn ba bên").deadline).toBe("2020-09-30");
  });

  it("cites the instruments of the footnotes a task refers to", () => {
    const task = v.taskContaining("theo đúng tinh thần chỉ đạo của Tỉnh ủy[1] và Ủy ban nhân dân tỉnh[2]");
    const cited = v.targets("CITES", task.id).map((i) => (i.kind === "LegalInstrument" ? i.normalizedNumber : ""));
    expect(cited).toEqual(["51-CTr/TU", "18-NQ/TW", "53-CTr/TU", "19-NQ/TW", "739/KH-UBND", "740/KH-UBND"]);
    expect(v.instrumentByNumber("18-NQ/TW").issuerName).toBe("Ban Chấp hành Trung ương Đảng");
  });

  it("takes no tasks from the purposes section", () => {
    expect(v.nodes("Task").filter((t) => v.provisionPath(t.id).startsWith("Chương trình > Mục I >"))).toEqual([]);
  });
});
