import { beforeAll, describe, expect, it } from "vitest";
import { BatchView, SEED_FILE, extractFile } from "./helpers.js";

let seed: BatchView;
beforeAll(() => {
  seed = new BatchView(extractFile(SEED_FILE));
});

describe("seed: structure", () => {
  it("reads the title, kind, issuer, term and session", () => {
    const d = seed.batch.document;
    expect(d.title).toBe("NGHỊ QUYẾT VỀ BỔ SUNG MỘT SỐ NHIỆM VỤ, GIẢI PHÁP PHÁT TRIỂN KINH TẾ - XÃ HỘI 6 THÁNG CUỐI NĂM 2023");
    expect(d.instrumentKind).toBe("RESOLUTION");
    expect(d.number).toBeNull();
    expect(d.issuerName).toBe("Hội đồng nhân dân tỉnh Bến Tre");
    expect(d.term).toBe("khóa X");
    expect(d.session).toBe("kỳ họp thứ 9");
    expect(d.jurisdictionId).toBe("place:83");
    expect(seed.edges("ISSUED_BY", { from: d.id, to: "body:hdnd-83" })).toHaveLength(1);
  });

  it("reads the adoption and effective dates and the signer", () => {
    const d = seed.batch.document;
    expect(d.adoptedOn).toBe("2023-07-05");
    expect(d.effectiveFrom).toBe("2023-07-15");
    expect(d.signer).toBe("Huỳnh Quang Triệu");
    expect(d.signerTitle).toBe("PHÓ CHỦ TỊCH");
  });

  it("rests on the four Căn cứ laws, with their dates", () => {
    const basedOn = seed.edges("BASED_ON", { from: seed.batch.document.id }).map((e) => seed.node("LegalInstrument", e.to));
    expect(basedOn.map((i) => [i.instrumentKind, i.title, i.issuedOn])).toEqual([
      ["LAW", "Luật Tổ chức chính quyền địa phương", "2015-06-19"],
      ["LAW", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương", "2019-11-22"],
      ["LAW", "Luật Ban hành văn bản quy phạm pháp luật", "2015-06-22"],
      ["LAW", "Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật", "2020-06-18"],
    ]);
  });

  it("links each amendment law to the laws it amends", () => {
    const amending2019 = seed.instrumentByTitle(/^Luật sửa đổi.*Luật Tổ chức Chính phủ/);
    const amended2019 = seed.targets("AMENDS", amending2019.id).map((n) => (n.kind === "LegalInstrument" ? n.title : n.id));
    expect(amended2019.sort()).toEqual(["Luật Tổ chức Chính phủ", "Luật Tổ chức chính quyền địa phương"]);
    const local2015 = seed.instrumentByTitle(/^Luật Tổ chức chính quyền địa phương$/);
    expect(seed.edges("AMENDS", { from: amending2019.id, to: local2015.id })).toHaveLength(1);

    const amending2020 = seed.instrumentByTitle(/^Luật sửa đổi.*Ban hành văn bản/);
    const amended2020 = seed.targets("AMENDS", amending2020.id);
    expect(amended2020.map((n) => n.id)).toEqual([seed.instrumentByTitle(/^Luật Ban hành văn bản quy phạm pháp luật$/).id]);
  });

  it("considers Tờ trình 3253/TTr-UBND of 05/06/2023 from the provincial committee", () => {
    const considered = seed.edges("CONSIDERS", { from: seed.batch.document.id }).map((e) => seed.node("LegalInstrument", e.to));
    expect(considered).toHaveLength(1);
    expect(considered[0]).toMatchObject({ instrumentKind: "SUBMISSION", number: "3253/TTr-UBND", issuedOn: "2023-06-05", issuerName: "Ủy ban nhân dân tỉnh Bến Tre" });
  });

  it("finds Điều 1–3 with every khoản and điểm in Vietnamese letter order", () => {
    const paths = seed.nodes("Provision").map((p) => p.path);
    expect(paths.filter((p) => /^Điều \d$/.test(p))).toEqual(["Điều 1", "Điều 2", "Điều 3"]);
    expect(paths.filter((p) => /^Điều 2 > khoản \d$/.test(p))).toEqual([1, 2, 3, 4, 5, 6].map((n) => `Điều 2 > khoản ${n}`));
    const points = (clause: number) => paths.filter((p) => p.startsWith(`Điều 2 > khoản ${clause} > điểm `)).map((p) => p.split(" ").pop());
    expect(points(2)).toEqual(["a", "b", "c", "d", "đ", "e", "g", "h", "i"]);
    expect(points(3)).toEqual(["a", "b", "c", "d", "đ"]);
    expect(points(4)).toEqual(["a", "b"]);
    expect(points(5)).toEqual(["a", "b"]);
    expect(paths.filter((p) => p.startsWith("Điều 3 >"))).toEqual(["Điều 3 > khoản 1", "Điều 3 > khoản 2"]);
    expect(seed.nodes("Provision").find((p) => p.path === "Điều 2 > khoản 2")?.heading).toBe("Về phát triển kinh tế");
    expect(seed.nodes("Provision").find((p) => p.path === "Điều 3")?.heading).toBe("Tổ chức thực hiện");
  });

  it("makes every provision part of its parent and the articles part of the document", () => {
    for (const p of seed.nodes("Provision")) {
      const parents = seed.edges("PART_OF", { from: p.id });
      expect(parents).toHaveLength(1);
      const parent = seed.byId.get(parents[0].to)!;
      if (/^Điều \d$/.test(p.path)) expect(parent.kind).toBe("Document");
      else expect(parent.kind === "Provision" && p.path.startsWith(`${parent.path} > `)).toBe(true);
    }
  });
});

describe("seed: tasks", () => {
  it("makes one task per commitment sentence, with its provision path", () => {
    const tasks = seed.nodes("Task");
    expect(tasks.length).toBeGreaterThanOrEqual(60);
    expect(seed.provisionPath(seed.taskContaining("phát triển mới 1.300 ha dừa hữu cơ").id)).toBe("Điều 2 > khoản 2 > điểm a");
    expect(seed.provisionPath(seed.taskContaining("Tập trung phát triển mạnh cây giống, hoa kiểng Chợ Lách").id)).toBe("Điều 2 > khoản 2 > điểm a");
    expect(seed.provisionPath(seed.taskContaining("Tân Thành Bình").id)).toBe("Điều 2 > khoản 2 > điểm c");
    for (const t of tasks) expect(seed.edges("PART_OF", { from: t.id, to: t.provisionId })).toHaveLength(1);
  });

  it("does not take the endorsement of Điều 1 or the lead-in of Điều 2 as tasks", () => {
    const inArticle1 = seed.nodes("Task").filter((t) => seed.provisionPath(t.id) === "Điều 1");
    expect(inArticle1).toEqual([]);
    expect(seed.nodes("Task").some((t) => t.text.startsWith("Để hoàn thành các chỉ tiêu"))).toBe(false);
  });

  it("keeps sentences whole across 1.300 ha, 1/2000, decree numbers and date ranges", () => {
    expect(seed.taskContaining("1.300 ha").text).toBe("Đẩy mạnh phát triển sản xuất nông nghiệp hữu cơ, phát triển mới 1.300 ha dừa hữu cơ.");
    expect(seed.taskContaining("1/2000").text).toBe("Thông qua nhiệm vụ quy hoạch phân khu xây dựng Khu công nghiệp An Nhơn, huyện Thạnh Phú (tỷ lệ 1/2000).");
    expect(seed.taskContaining("Nghị định số 31/2022/NĐ-CP").text).toMatch(/^Tiếp tục triển khai chương trình hỗ trợ lãi suất .* sản xuất, kinh doanh\.$/);
    expect(seed.taskContaining("(27/7/1947 - 27/7/2023)").text).toBe("Tổ chức chu đáo các hoạt động kỷ niệm 76 năm ngày Thương binh - Liệt sỹ (27/7/1947 - 27/7/2023).");
    expect(seed.taskContaining("cơ hội kinh doanh,...").text).toMatch(/^Hỗ trợ doanh nghiệp xúc tiến thương mại .* năm 2023\.$/);
  });

  it("gives task ids that sort in reading order", () => {
    const tasks = seed.nodes("Task");
    const ids = tasks.map((t) => t.id);
    expect([...ids].sort()).toEqual(ids);
    const starts = tasks.map((t) => t.source!.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it("classifies sectors from the section headings and the words", () => {
    expect(seed.taskContaining("Tổ chức diễn tập khu vực phòng thủ").sector).toBe("DEFENCE_SECURITY");
    expect(seed.taskContaining("Chương trình Giáo dục phổ thông 2018").sector).toBe("EDUCATION");
    expect(seed.taskContaining("377 MW").sector).toBe("ENERGY");
    expect(seed.taskContaining("1.300 ha").sector).toBe("AGRICULTURE");
  });

  it("reads a deadline written as 'đến cuối năm'", () => {
    expect(seed.taskContaining("10 xã nông thôn mới").deadline).toBe("2023-12-31");
  });
});

describe("seed: citations", () => {
  const expected = [
    ["31/2022/NQ-HĐND", "RESOLUTION", "2022-12-08", "Hội đồng nhân dân tỉnh Bến Tre"],
    ["31/2022/NĐ-CP", "DECREE", "2022-05-20", "Chính phủ"],
    ["33/NQ-CP", "RESOLUTION", "2023-03-11", "Chính phủ"],
    ["326/QĐ-TTg", "DECISION", "2022-03-09", "Thủ tướng Chính phủ"],
    ["13-CT/TU", "DIRECTIVE", "2023-02-23", "Tỉnh ủy Bến Tre"],
    ["59/2019/NĐ-CP", "DECREE", "2019-07-01", "Chính phủ"],
    ["48-KL/TW", "CONCLUSION", "2023-01-30", "Bộ Chính trị"],
  ] as const;

  it.each(expected)("cites %s with kind, date and issuer", (number, kind, date, issuer) => {
    const instrument = seed.instrumentByNumber(number);
    expect(instrument).toMatchObject({ instrumentKind: kind, issuedOn: date, issuerName: issuer });
    expect(seed.edges("ISSUED_BY", { from: instrument.id, to: instrument.issuerId! })).toHaveLength(1);
    expect(seed.edges("CITES", { to: instrument.id }).length).toBeGreaterThan(0);
  });

  it("reads titles where written", () => {
    expect(seed.instrumentByNumber("31/2022/NQ-HĐND").title).toBe("nhiệm vụ phát triển kinh tế - xã hội tỉnh Bến Tre năm 2023");
    expect(seed.instrumentByNumber("31/2022/NĐ-CP").title).toBe("hỗ trợ lãi suất từ ngân sách nhà nước đối với khoản vay của doanh nghiệp, hợp tác xã, hộ kinh doanh");
    expect(seed.instrumentByNumber("13-CT/TU").title).toBe("tăng cường lãnh đạo, chỉ đạo thực hiện chính sách bảo hiểm xã hội tự nguyện, bảo hiểm y tế hộ gia đình trên địa bàn tỉnh");
  });

  it("cites Nghị quyết 31/2022/NQ-HĐND at provision level from Điều 2's opening sentence", () => {
    const article2 = seed.nodes("Provision").find((p) => p.path === "Điều 2")!;
    const nq = seed.instrumentByNumber("31/2022/NQ-HĐND");
    expect(seed.edges("CITES", { from: article2.id, to: nq.id })).toHaveLength(1);
  });

  it("cites each instrument from the task whose sentence names it", () => {
    const task = seed.taskContaining("Nghị định số 59/2019/NĐ-CP");
    const cited = seed.targets("CITES", task.id).map((n) => (n.kind === "LegalInstrument" ? n.normalizedNumber ?? n.title : ""));
    expect(cited).toEqual(["59/2019/NĐ-CP", "Luật Phòng, chống tham nhũng"]);
  });

  it("finds the named plans and programmes without numbers", () => {
    expect(seed.instrumentByTitle(/^Quy hoạch tổng thể năng lượng quốc gia giai đoạn 2021 - 2030, tầm nhìn đến năm 2050$/).instrumentKind).toBe("MASTER_PLAN");
    expect(seed.instrumentByTitle(/^Chương trình mục tiêu quốc gia xây dựng Nông thôn mới/).instrumentKind).toBe("PROGRAMME");
    expect(seed.instrumentByTitle(/^Chương trình Giáo dục phổ thông 2018$/).instrumentKind).toBe("PROGRAMME");
    expect(seed.instrumentByTitle(/^Đề án phát triển kinh tế ban đêm/).instrumentKind).toBe("SCHEME");
    expect(seed.instrumentByTitle(/^Luật Phòng, chống tham nhũng$/).instrumentKind).toBe("LAW");
  });
});

describe("seed: places", () => {
  it("puts the districts named in the text under the province, with GSO codes", () => {
    const districts = { "Mỏ Cày Nam": "833", "Mỏ Cày Bắc": "838", "Giồng Trôm": "834", "Ba Tri": "836", "Thạnh Phú": "837", "Chợ Lách": "832", "Châu Thành": "831" };
    for (const [name, code] of Object.entries(districts)) {
      const place = seed.place(name, "DISTRICT");
      expect(place.code).toBe(code);
      expect(place.parentId).toBe("place:83");
      expect(seed.edges("PART_OF", { from: place.id, to: "place:83" })).toHaveLength(1);
    }
    expect(seed.place("Bến Tre", "PROVINCE").code).toBe("83");
  });

  it("keeps the towns as towns under their districts, and An Điền in Thạnh Phú (not Bình Dương)", () => {
    expect(seed.place("Tiên Thủy")).toMatchObject({ placeKind: "TOWN", code: "28861", parentId: "place:831" });
    expect(seed.place("Phước Mỹ Trung")).toMatchObject({ placeKind: "TOWN", code: "28915", parentId: "place:838" });
    expect(seed.place("Tiệm Tôm")).toMatchObject({ placeKind: "TOWN", parentId: "place:836" });
    expect(seed.place("An Điền")).toMatchObject({ placeKind: "COMMUNE", code: "29209", parentId: "place:837" });
  });

  it("puts the industrial clusters under their districts and the parks where the text says", () => {
    expect(seed.place("Tân Thành Bình")).toMatchObject({ placeKind: "INDUSTRIAL_CLUSTER", parentId: "place:838" });
    expect(seed.place("Phong Nẫm")).toMatchObject({ placeKind: "INDUSTRIAL_CLUSTER", parentId: "place:834" });
    expect(seed.place("Thị trấn - An Đức")).toMatchObject({ placeKind: "INDUSTRIAL_CLUSTER", parentId: "place:836" });
    expect(seed.place("An Nhơn")).toMatchObject({ placeKind: "INDUSTRIAL_PARK", parentId: "place:837" });
    expect(seed.place("Phú Thuận")).toMatchObject({ placeKind: "INDUSTRIAL_PARK", parentId: "place:83" });
  });

  it("finds neighbouring provinces, Ho Chi Minh City and the Mekong Delta region", () => {
    expect(seed.place("Tiền Giang", "PROVINCE").code).toBe("82");
    expect(seed.place("Trà Vinh", "PROVINCE").code).toBe("84");
    expect(seed.place("Vĩnh Long", "PROVINCE").code).toBe("86");
    expect(seed.place("Hồ Chí Minh", "MUNICIPALITY").code).toBe("79");
    expect(seed.place("Đồng bằng sông Cửu Long", "REGION").id).toBe("place:region/dong-bang-song-cuu-long");
  });

  it("places exactly two tasks in Mỏ Cày Bắc and below it", () => {
    const tasks = seed.tasksIn("place:838").map((t) => t.text);
    expect(tasks).toHaveLength(2);
    expect(tasks[0]).toMatch(/^Hỗ trợ giải phóng mặt bằng, đầu tư hệ thống xử lý nước thải 03 Cụm công nghiệp: Tân Thành Bình/);
    expect(tasks[1]).toMatch(/^Tiếp tục hoàn thiện hệ thống tổ chức bộ máy chính quyền địa phương tại 03 thị trấn/);
  });

  it("locates a task in every place its sentence names, and otherwise in the province", () => {
    const clusters = seed.taskContaining("Tân Thành Bình");
    const located = seed.targets("LOCATED_IN", clusters.id).map((p) => (p.kind === "Place" ? p.name : ""));
    expect(located).toEqual(["Tân Thành Bình", "Mỏ Cày Bắc", "Phong Nẫm", "Giồng Trôm", "Thị trấn - An Đức", "Ba Tri"]);
    expect(seed.targets("LOCATED_IN", seed.taskContaining("hoa kiểng Chợ Lách").id).map((p) => p.id)).toEqual(["place:832"]);
    expect(seed.targets("LOCATED_IN", seed.taskContaining("Tái khởi động lại").id).map((p) => p.id)).toEqual(["place:83"]);
    expect(seed.tasksIn("place:837").length).toBe(3);
  });
});

describe("seed: bodies and roles", () => {
  it("makes the provincial People's Committee LEAD for every task of Điều 2", () => {
    const article2Tasks = seed.nodes("Task").filter((t) => seed.provisionPath(t.id).startsWith("Điều 2"));
    expect(article2Tasks.length).toBeGreaterThan(50);
    for (const t of article2Tasks) expect(seed.edges("RESPONSIBLE", { from: t.id, to: "body:ubnd-83", role: "LEAD" })).toHaveLength(1);
  });

  it("makes the Standing Committee, the Ban and the delegates SUPERVISE", () => {
    const task = seed.taskContaining("1.300 ha");
    const supervisors = seed.rolesOf(task.id).filter((r) => r.role === "SUPERVISE").map((r) => r.name);
    expect(supervisors.sort()).toEqual(["Các Ban Hội đồng nhân dân tỉnh Bến Tre", "Thường trực Hội đồng nhân dân tỉnh Bến Tre", "Đại biểu Hội đồng nhân dân tỉnh Bến Tre"]);
  });

  it("reads explicit actors: investor, approver, receiver", () => {
    const bridge = seed.taskContaining("cầu Rạch Miễu 2");
    expect(seed.rolesOf(bridge.id)).toContainEqual({ role: "INVEST", name: "Tổng Công ty Điện lực miền Nam" });
    const grid = seed.nodes("Project").find((p) => p.name === "Các công trình 110 kV")!;
    expect(seed.targets("INVESTED_BY", grid.id).map((b) => b.id)).toEqual(["body:org-tong-cong-ty-dien-luc-mien-nam"]);
    expect(seed.rolesOf(seed.taskContaining("Tuyến đường bộ ven biển").id)).toContainEqual({ role: "APPROVE", name: "Thủ tướng Chính phủ" });
    expect(seed.rolesOf(seed.taskContaining("Quy hoạch tỉnh thời kỳ").id)).toContainEqual({ role: "APPROVE", name: "Thủ tướng Chính phủ" });
    expect(seed.rolesOf(seed.taskContaining("trình Bộ Tài nguyên và Môi trường").id)).toContainEqual({ role: "RECEIVE", name: "Bộ Tài nguyên và Môi trường" });
  });
});

describe("seed: projects and targets", () => {
  it("finds the named works and links them to their tasks", () => {
    const names = seed.nodes("Project").map((p) => p.name);
    for (const name of [
      "Cầu Rạch Miễu 2",
      "Đường gom đường vào cầu Rạch Miễu 2",
      "Các công trình 110 kV",
      "Hạ tầng Khu công nghiệp Phú Thuận",
      "Tuyến đường bộ ven biển kết nối tỉnh Bến Tre với tỉnh Tiền Giang và tỉnh Trà Vinh",
      "Hydro xanh Bến Tre",
      "Phát triển chuỗi giá trị nông nghiệp thông minh thích ứng biến đổi khí hậu (CSAT)",
      "Nhà máy xử lý rác thải Bến Tre",
      "Dự án điện gió",
    ]) {
      expect(names).toContain(name);
    }
    for (const p of seed.nodes("Project")) expect(seed.edges("CONCERNS", { to: p.id }).length).toBeGreaterThan(0);
    const park = seed.nodes("Project").find((p) => p.name === "Hạ tầng Khu công nghiệp Phú Thuận")!;
    expect(seed.targets("LOCATED_IN", park.id).map((p) => p.id)).toEqual(["place:83/kcn-phu-thuan"]);
  });

  it("reads quantified targets with value, unit, metric and comparator", () => {
    const targets = seed.nodes("Target").map((t) => [t.value, t.unit, t.metric, t.comparator]);
    expect(targets).toContainEqual([1300, "ha", "dừa hữu cơ", "EXACTLY"]);
    expect(targets).toContainEqual([121, "ha", "nuôi tôm biển ứng dụng công nghệ cao", "AT_LEAST"]);
    expect(targets).toContainEqual([10, null, "xã nông thôn mới", "EXACTLY"]);
    expect(targets).toContainEqual([6, null, "xã nông thôn mới nâng cao", "EXACTLY"]);
    expect(targets).toContainEqual([2, null, "xã nông thôn mới kiểu mẫu", "EXACTLY"]);
    expect(targets).toContainEqual([377, "MW", "điện gió", "EXACTLY"]);
    expect(targets.find((t) => t[1] === "%")?.[0]).toBe(100);
    const coconut = seed.taskContaining("1.300 ha");
    expect(seed.targets("HAS_TARGET", coconut.id).map((t) => (t.kind === "Target" ? t.text : ""))).toEqual(["1.300 ha dừa hữu cơ"]);
  });

  it("does not take dates, document numbers or counted lists for targets", () => {
    const values = seed.nodes("Target").map((t) => t.value);
    expect(values).not.toContain(2023);
    expect(values).not.toContain(110);
    expect(values).not.toContain(3);
    expect(values).not.toContain(2000);
  });
});
