import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/extract/split-sentences.js";
import { parseVietnameseNumber } from "../../src/extract/vietnamese.js";

function split(text: string): string[] {
  return splitSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));
}

describe("sentence split", () => {
  it("does not break numbers, dates, document numbers and abbreviations", () => {
    const text =
      "Phát triển mới 1.300 ha dừa hữu cơ. Thông qua quy hoạch (tỷ lệ 1/2000). Theo Nghị định số 31/2022/NĐ-CP ngày 20 tháng 5 năm 2022 của Chính phủ. Kỷ niệm (27/7/1947 - 27/7/2023). Hợp tác với TP. Hồ Chí Minh và các tỉnh. Thông tin thị trường, cơ hội kinh doanh,... thông qua trang web.";
    expect(split(text)).toEqual([
      "Phát triển mới 1.300 ha dừa hữu cơ.",
      "Thông qua quy hoạch (tỷ lệ 1/2000).",
      "Theo Nghị định số 31/2022/NĐ-CP ngày 20 tháng 5 năm 2022 của Chính phủ.",
      "Kỷ niệm (27/7/1947 - 27/7/2023).",
      "Hợp tác với TP. Hồ Chí Minh và các tỉnh.",
      "Thông tin thị trường, cơ hội kinh doanh,... thông qua trang web.",
    ]);
  });

  it("treats a hard line break inside a sentence as a space, a blank line as a break", () => {
    expect(split("Tiếp tục đẩy nhanh tiến độ\nthực hiện dự án. Hoàn thành\n\nKhông có dấu chấm")).toEqual(["Tiếp tục đẩy nhanh tiến độ\nthực hiện dự án.", "Hoàn thành", "Không có dấu chấm"]);
  });

  it("ends a sentence before a closing formula './.'", () => {
    expect(split("Chịu trách nhiệm thi hành Quyết định này./.")).toEqual(["Chịu trách nhiệm thi hành Quyết định này./."]);
  });
});

describe("Vietnamese numerals", () => {
  it("reads dots as thousands and commas as decimals", () => {
    expect(parseVietnameseNumber("1.300")).toBe(1300);
    expect(parseVietnameseNumber("29,5")).toBe(29.5);
    expect(parseVietnameseNumber("557,480")).toBe(557.48);
    expect(parseVietnameseNumber("1.200")).toBe(1200);
    expect(parseVietnameseNumber("05")).toBe(5);
  });
});
