import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GraphBatch, RelationType } from "../../src/domain/model.js";
import { extractDocument } from "../../src/extract/index.js";
import { BatchView, CORPUS_DIR, readBytes } from "./helpers.js";

/**
 * The 45 session texts of test/fixtures/corpus/sessions: councils' resolutions
 * of mid-2017 (many adopted on one day, most without their header table) and
 * Hà Nội decisions and resolutions of 2024–2025. What each one says about
 * itself was read by hand from the file.
 */
const SESSIONS = path.join(CORPUS_DIR, "sessions");
const files = readdirSync(SESSIONS).sort();
const batches = new Map<string, GraphBatch>(files.map((f) => [f, extractDocument(readBytes(path.join(SESSIONS, f)), { fileName: f })]));
const view = (file: string) => new BatchView(batches.get(file)!);

/** file → number as written (null: the text carries none), issuer body, adoption date. */
const OWN_FACTS: [string, string | null, string, string | null][] = [
  ["04-2017-nq-hdnd.md", null, "body:hdnd-24", "2017-07-13"],
  ["04-nq-hdnd.md", null, "body:hdnd-74", "2017-07-13"],
  ["05-nq-hdnd.md", null, "body:hdnd-04", "2017-07-14"],
  ["07-nq-hdnd.md", null, "body:hdnd-46", "2017-07-14"],
  ["09-nq-hdnd.md", null, "body:hdnd-46", "2017-07-14"],
  ["10-2017-nq-hdnd.md", null, "body:hdnd-24", "2017-07-13"],
  ["114-2017-nq-hdnd.md", null, "body:hdnd-87", "2017-07-14"],
  ["126-2017-nq-hdnd.md", null, "body:hdnd-87", "2017-07-14"],
  ["19-2017-nq-hdnd.md", null, "body:hdnd-24", "2017-07-13"],
  // Only its annex heading names it: "(Ban hành kèm theo Nghị quyết số 24/2017/NQ-HĐND ngày 13 tháng 7 năm 2017 của Hội đồng nhân dân tỉnh Bà Rịa-Vũng Tàu)".
  ["24-2017-nq-hdnd.md", "24/2017/NQ-HĐND", "body:hdnd-77", "2017-07-13"],
  ["26-2017-nq-hdnd.md", null, "body:hdnd-84", "2017-07-13"],
  ["27-2017-nq-hdnd.md", null, "body:hdnd-84", "2017-07-13"],
  ["31-2017-nq-hdnd.md", null, "body:hdnd-80", "2017-07-14"],
  ["32-2017-nq-hdnd.md", null, "body:hdnd-84", "2017-07-13"],
  ["33-2017-nq-hdnd.md", null, "body:hdnd-84", "2017-07-13"],
  ["39-2017-nq-hdnd.md", null, "body:hdnd-84", "2017-07-13"],
  ["40-2017-nq-hdnd.md", null, "body:hdnd-84", "2017-07-13"],
  ["58-2017-nq-hdnd.md", null, "body:hdnd-64", "2017-07-13"],
  ["60-2017-nq-hdnd.md", null, "body:hdnd-64", "2017-07-13"],
  ["63-2017-nq-hdnd.md", null, "body:hdnd-64", "2017-07-13"],
  // "(Ban hành kèm theo Nghị quyết số 64/NQ-HĐND ngày 13/7/2017 của HĐND tỉnh Gia Lai)".
  ["64-2017-nq-hdnd.md", "64/NQ-HĐND", "body:hdnd-64", "2017-07-13"],
  ["70-nq-hdnd.md", null, "body:hdnd-11", "2017-07-13"],
  ["73-2017-nq-hdnd.md", null, "body:hdnd-11", "2017-07-13"],
  ["80-nq-hdnd.md", null, "body:hdnd-64", "2017-07-13"],
  ["84-2017-nq-hdnd.md", null, "body:hdnd-02", "2017-07-14"],
  // "… thông qua./." without a date, and no annex: the adoption date is nowhere in the text.
  ["87-nq-hdnd.md", null, "body:hdnd-02", null],
  // The date comes from the annex heading: "(Kèm theo Nghị quyết số 88/NQ-HĐND ngày 14 tháng 7 năm 2017 …)".
  ["88-nq-hdnd.md", "88/NQ-HĐND", "body:hdnd-02", "2017-07-14"],
  ["90-2017-nq-hdnd.md", null, "body:hdnd-02", "2017-07-14"],
  ["nghi-quyet-94-nq-hdnd-nam-2017-chuong-trinh-giam-sat-nam-2018-cua-hoi-dong-nhan-dan-tinh-ha-giang-khoa-xvii-nhiem-ky-2016-2021.md", null, "body:hdnd-02", null],
  ["nqso11.2025.md", "11/2025/NQ-HĐND", "body:hdnd-01", "2025-06-27"],
  ["vanbangoc-70.2024.md", "70/2024/QĐ-UBND", "body:ubnd-01", "2024-12-12"],
  ["vanbangoc-qd-01.2025.md", "01/2025/QĐ-UBND", "body:ubnd-01", "2025-01-15"],
  ["vanbangoc-qd-02.2025.md", "02/2025/QĐ-UBND", "body:ubnd-01", "2025-01-17"],
  ["vanbangoc-qd-05.2025.md", "05/2025/QĐ-UBND", "body:ubnd-01", "2025-01-23"],
  ["vanbangoc-qd-08.2025.md", "08/2025/QĐ-UBND", "body:ubnd-01", "2025-02-25"],
  ["vanbangoc-qd-10.2025.md", "10/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-12.2025.md", "12/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-14.2025.md", "14/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-17.2025.md", "17/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-19.2025.md", "19/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-20.2025.md", "20/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-21.2025.md", "21/2025/QĐ-UBND", "body:ubnd-01", "2025-02-28"],
  ["vanbangoc-qd-33.2025.md", "33/2025/QĐ-UBND", "body:ubnd-01", "2025-04-21"],
  ["vanbangoc-qd-34.2025.md", "34/2025/QĐ-UBND", "body:ubnd-01", "2025-05-07"],
  ["vanbangoc-qd-38.2025.md", "38/2025/QĐ-UBND", "body:ubnd-01", "2025-06-30"],
];

describe("the 45 session texts: each document's own number, issuer and date", () => {
  it("has a row for every file", () => {
    expect(OWN_FACTS.map(([file]) => file)).toEqual(files);
  });

  for (const [file, number, issuerId, adoptedOn] of OWN_FACTS) {
    it(`${file}: ${number ?? "no number"}, ${issuerId}, ${adoptedOn ?? "no adoption date"}`, () => {
      expect(batches.get(file)!.document).toMatchObject({ number, issuerId, adoptedOn });
    });
  }

  it("names the issuer a header line states even when the title names the council too ('… CỦA HỘI ĐỒNG NHÂN DÂN TỈNH NĂM 2018')", () => {
    expect(batches.get("04-nq-hdnd.md")!.document.issuerName).toBe("Hội đồng nhân dân tỉnh Bình Dương");
    expect(batches.get("80-nq-hdnd.md")!.document.issuerName).toBe("Hội đồng nhân dân tỉnh Gia Lai");
    expect(batches.get("24-2017-nq-hdnd.md")!.document.issuerName).toBe("Hội đồng nhân dân tỉnh Bà Rịa - Vũng Tàu");
  });

  it("gives every text an id of its own, though up to six share a council and a day", () => {
    const ids = [...batches.values()].map((b) => b.document.id);
    expect(new Set(ids).size).toBe(45);
    const sameDay = [...batches.values()].filter((b) => b.document.issuerId === "body:hdnd-84" && b.document.adoptedOn === "2017-07-13");
    expect(sameDay).toHaveLength(6);
    for (const b of sameDay) expect(b.document.id).toMatch(/^doc:hdnd-84-nghi-quyet-2017-07-13-[0-9a-f]{10}$/);
  });

  it("gives a numbered document the id its citations get, however the number was found", () => {
    expect(batches.get("24-2017-nq-hdnd.md")!.document.id).toBe("inst:24-2017-nq-hdnd@77");
    expect(batches.get("64-2017-nq-hdnd.md")!.document.id).toBe("inst:64-nq-hdnd-2017@64");
    expect(batches.get("vanbangoc-qd-05.2025.md")!.document.id).toBe("inst:05-2025-qd-ubnd@01");
  });

  it("gives the same text the same id and the same batch, under any file name and with CRLF, NFD or a BOM", () => {
    const bytes = readBytes(path.join(SESSIONS, "33-2017-nq-hdnd.md"));
    const text = bytes.toString("utf8");
    const reference = batches.get("33-2017-nq-hdnd.md")!;
    const shape = (b: GraphBatch) => JSON.stringify({ ...b, document: null, nodes: b.nodes.map((n) => (n.kind === "Document" ? { ...n, fileName: null } : n)) });
    for (const variant of [text.replace(/\r?\n/g, "\r\n"), text.normalize("NFD"), `\uFEFF${text}`]) {
      const again = extractDocument(variant, { fileName: "renamed.txt" });
      expect(again.document.id).toBe(reference.document.id);
      expect(shape(again)).toBe(shape(reference));
    }
  });

  it("gives a re-wrapped copy the same id, and another version key", () => {
    const text = readBytes(path.join(SESSIONS, "33-2017-nq-hdnd.md")).toString("utf8");
    const unwrapped = extractDocument(text.replace(/\r?\n(?=\p{Ll})/gu, " "), { fileName: "unwrapped.md" });
    const reference = batches.get("33-2017-nq-hdnd.md")!.document;
    expect(unwrapped.document.id).toBe(reference.id);
    expect(unwrapped.document.sha256).not.toBe(reference.sha256);
  });
});

describe("the session texts: what they do to earlier instruments", () => {
  const relations = (file: string, type: RelationType) => {
    const v = view(file);
    return v.edges(type, { from: v.batch.document.id }).map((e) => ({ number: v.node("LegalInstrument", e.to).normalizedNumber, scope: e.scope ?? null, on: e.on ?? null }));
  };

  it("repeals ('Bãi bỏ Nghị quyết số 10/2012/NQ-HĐND …'), on the day it takes effect", () => {
    expect(relations("04-2017-nq-hdnd.md", "REPEALS")).toEqual([{ number: "10/2012/NQ-HĐND", scope: null, on: "2017-08-01" }]);
    expect(relations("04-2017-nq-hdnd.md", "AMENDS")).toEqual([]);
    expect(relations("vanbangoc-qd-05.2025.md", "REPEALS")).toEqual([{ number: "28/2019/QĐ-UBND", scope: null, on: "2025-02-03" }]);
    // "Chấm dứt hiệu lực của Quyết định số 243/QĐ-UBND …".
    expect(relations("vanbangoc-qd-33.2025.md", "REPEALS").map((r) => r.number)).toEqual(["243/QĐ-UBND"]);
  });

  it("repeals a part of an instrument: 'Bãi bỏ mức thu học phí … quy định tại khoản 1, Điều 1, Nghị quyết số 12/2016/NQ-HĐND'", () => {
    expect(relations("19-2017-nq-hdnd.md", "REPEALS")).toEqual([{ number: "12/2016/NQ-HĐND", scope: "khoản 1 Điều 1", on: "2017-08-01" }]);
  });

  it("replaces ('Nghị quyết này thay thế …', '… có hiệu lực … và thay thế …'), a whole instrument or a part of it", () => {
    expect(relations("126-2017-nq-hdnd.md", "REPLACES")).toEqual([{ number: "92/2012/NQ-HĐND", scope: null, on: "2017-08-01" }]);
    expect(relations("vanbangoc-70.2024.md", "REPLACES")).toEqual([{ number: "36/2017/QĐ-UBND", scope: null, on: "2024-12-22" }]);
    expect(relations("27-2017-nq-hdnd.md", "REPLACES").map((r) => [r.number, r.scope])).toEqual([["02/2015/NQ-HĐND", "khoản 5 Điều 2"]]);
    // "… và Nghị quyết số 26/2013/NQ-HĐND" after a title listing fees between semicolons is not read as a second object (a known limit).
    expect(relations("32-2017-nq-hdnd.md", "REPLACES").map((r) => [r.number, r.scope])).toEqual([["70/2006/NQ-HĐND", "điểm b3 khoản 1 Điều 1"]]);
    expect(relations("vanbangoc-qd-21.2025.md", "REPLACES").map((r) => r.number)).toEqual(["10/2024/QĐ-UBND", "19/2024/QĐ-UBND"]);
  });

  it("amends, replaces and repeals parts of one resolution, the part named in each clause", () => {
    expect(relations("nqso11.2025.md", "AMENDS")).toEqual([{ number: "22/2022/NQ-HĐND", scope: "Phụ lục 01", on: "2025-07-01" }]);
    expect(relations("nqso11.2025.md", "REPEALS").map((r) => r.scope)).toEqual(["Mục D Phụ lục 1"]);
    expect(relations("nqso11.2025.md", "REPLACES").map((r) => r.scope)).toEqual(["Phụ lục 03"]);
    expect(relations("60-2017-nq-hdnd.md", "AMENDS").map((r) => [r.number, r.scope])).toEqual([["46/2016/NQ-HĐND", "điểm b khoản 1, điểm a khoản 4 Điều 1"]]);
  });

  it("reads a list of repeals, and what the instrument named in it had done itself", () => {
    const v = view("84-2017-nq-hdnd.md");
    expect(relations("84-2017-nq-hdnd.md", "REPEALS").map((r) => [r.number, r.scope])).toEqual([
      ["06/2005/NQ-HĐND", "khoản 4 Điều 1; Mục IV"],
      ["37/2011/NQ-HĐND", "khoản 1 Điều 1"],
    ]);
    // "… Nghị quyết số 37/2011/NQ-HĐND … về việc sửa đổi một số điều của Nghị quyết số 06/2005/NQ-HĐND, … 17/2008 …, … 19/2010 … và bãi bỏ một phần Nghị quyết số 07/2009/NQ-HĐND".
    const earlier = v.instrumentByNumber("37/2011/NQ-HĐND").id;
    expect(v.edges("AMENDS", { from: earlier }).map((e) => v.node("LegalInstrument", e.to).normalizedNumber)).toEqual(["06/2005/NQ-HĐND", "17/2008/NQ-HĐND", "19/2010/NQ-HĐND"]);
    expect(v.edges("REPEALS", { from: earlier }).map((e) => [v.node("LegalInstrument", e.to).normalizedNumber, e.scope])).toEqual([["07/2009/NQ-HĐND", "một phần"]]);
  });

  it("knows what cited instruments guide and implement, from their titles", () => {
    const v = view("04-2017-nq-hdnd.md");
    const decree = v.instrumentByNumber("64/2014/NĐ-CP");
    expect(v.targets("GUIDES", decree.id).map((i) => i.id)).toEqual(["inst:luat-tiep-cong-dan-2013"]);
    const party = view("05-nq-hdnd.md");
    const programme = party.instrumentByNumber("51-CTr/TU");
    expect(party.targets("IMPLEMENTS", programme.id).map((i) => (i.kind === "LegalInstrument" ? i.normalizedNumber : ""))).toEqual(["33-NQ/TW"]);
  });

  it("implements what its preamble says it carries out ('Thực hiện Nghị quyết số 06/NQ-HĐND …')", () => {
    expect(relations("vanbangoc-qd-19.2025.md", "IMPLEMENTS").map((r) => r.number)).toEqual(["108/NQ-CP", "06/NQ-HĐND"]);
  });

  it("states nothing where a verb acts on no instrument ('… ban hành văn bản thay thế các quyết định không còn phù hợp')", () => {
    for (const file of ["07-nq-hdnd.md", "10-2017-nq-hdnd.md", "40-2017-nq-hdnd.md", "90-2017-nq-hdnd.md"]) {
      const v = view(file);
      const acted = v.batch.edges.filter((e) => e.from === v.batch.document.id && ["AMENDS", "REPLACES", "REPEALS", "GUIDES", "IMPLEMENTS"].includes(e.type));
      expect(acted, file).toEqual([]);
    }
  });
});

describe("the session texts: letters, notices and Party instruments", () => {
  it("cites official letters with the department their symbol names ('Văn bản số 7566/STC-TCHCSN')", () => {
    const letter = view("vanbangoc-qd-02.2025.md").instrumentByNumber("7566/STC-TCHCSN");
    expect(letter).toMatchObject({ instrumentKind: "LETTER", issuerName: "Sở Tài chính thành phố Hà Nội", issuedOn: "2024-12-03" });
    expect(view("vanbangoc-qd-33.2025.md").instrumentByNumber("3514/SXD-KTXD")).toMatchObject({ instrumentKind: "LETTER", issuerName: "Sở Xây dựng thành phố Hà Nội" });
  });

  it("cites notices, also a 'Thông báo Kết luận', with the Party committee the words name", () => {
    const notice = view("vanbangoc-qd-14.2025.md").instrumentByNumber("2056-TB/TU");
    expect(notice).toMatchObject({ instrumentKind: "NOTICE", issuerName: "Ban Thường vụ Thành ủy Hà Nội", issuedOn: "2025-02-07" });
    const implemented = view("vanbangoc-qd-21.2025.md");
    expect(implemented.edges("IMPLEMENTS", { from: implemented.batch.document.id }).map((e) => e.to)).toEqual([implemented.instrumentByNumber("2074-TB/TU").id]);
  });

  it("cites a province's Party committee from the symbol, the central Party from the words", () => {
    const v = view("05-nq-hdnd.md");
    expect(v.instrumentByNumber("51-CTr/TU")).toMatchObject({ instrumentKind: "PROGRAMME", issuerName: "Tỉnh ủy Cao Bằng", id: "inst:51-ctr-tu-2014@04" });
    expect(v.instrumentByNumber("33-NQ/TW")).toMatchObject({ instrumentKind: "RESOLUTION", issuerName: "Ban Chấp hành Trung ương Đảng", id: "inst:33-nq-tw-2014" });
  });

  it("takes a submission's issuer from its symbol ('Tờ trình số 536/TTr-SNV')", () => {
    expect(view("vanbangoc-qd-12.2025.md").instrumentByNumber("536/TTr-SNV").issuerName).toBe("Sở Nội vụ thành phố Hà Nội");
  });
});

describe("the session texts: copies that stop before their end", () => {
  it("warns that a copy has no closing formula, signature or recipients, and extracts what it holds", () => {
    for (const file of ["vanbangoc-qd-10.2025.md", "vanbangoc-qd-20.2025.md"]) {
      const batch = batches.get(file)!;
      expect(batch.warnings?.map((w) => w.code), file).toEqual(["NO_CLOSING"]);
      expect(batch.nodes.filter((n) => n.kind === "Task").length, file).toBeGreaterThan(0);
    }
  });

  it("warns of nothing for the complete texts", () => {
    const warned = [...batches].filter(([, b]) => (b.warnings ?? []).length > 0).map(([file]) => file);
    expect(warned).toEqual(["vanbangoc-qd-10.2025.md", "vanbangoc-qd-20.2025.md"]);
  });
});
