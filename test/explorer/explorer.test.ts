import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { NEIGHBOURS_PER_NODE } from "../../src/explorer/api/request-sizes.js";
import { BAR_COLOUR, EDGE_COLOUR, KIND_COLOURS } from "../../src/explorer/graph/kind-style.js";
import { NeighbourhoodDocument } from "../generated/graphql.js";
import { type ApiServer, startApiServer } from "../api/api-server.js";
import { findColour, launchChromium, openPage, type WatchedPage } from "./browser.js";

let api: ApiServer;
let browser: Browser;
let origin: string;
let current: WatchedPage | null = null;

beforeAll(async () => {
  [api, browser] = await Promise.all([startApiServer(), launchChromium()]);
  origin = api.server.url;
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
});
afterEach(async () => {
  const problems = current?.problems ?? [];
  await current?.close();
  current = null;
  expect(problems, "the page logged errors").toEqual([]);
});

async function open(path: string): Promise<Page> {
  current = await openPage(browser);
  await current.page.goto(origin + path);
  return current.page;
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
}

const flagshipPlace = "/explore/place/place%3A838?sub=1";

/** Polls until the page agrees: a shared, loaded machine may take seconds where a laptop takes milliseconds. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

// Each test takes 2 to 5 s on a quiet laptop; the allowance is for a shared, loaded CI machine.
describe("the explorer in a real browser", { timeout: 60_000 }, () => {
  it("answers the flagship question by clicks: search, the place, its two tasks, a chain to 31/2022/NQ-HĐND with its words", async () => {
    const page = await open("/");
    expect(new URL(page.url()).pathname).toBe("/explore");
    await page.getByRole("searchbox", { name: /search places/i }).first().fill("mo cay bac");
    await page.keyboard.press("Enter");
    const firstHit = page.locator(".search-hit").first();
    await eventually(() => firstHit.getAttribute("data-kind")).toBe("Place");
    await firstHit.getByRole("link", { name: "huyện Mỏ Cày Bắc", exact: true }).click();

    await page.getByRole("heading", { level: 1, name: /huyện Mỏ Cày Bắc/ }).waitFor();
    await eventually(() => page.getByTestId("task-total").textContent()).toBe("2");
    const rows = page.locator(".tasks-table tbody tr");
    const texts = await rows.locator(".task-text a").allTextContents();
    expect(texts).toHaveLength(2);
    expect(texts.some((text) => /nước thải.*Tân Thành Bình \(huyện Mỏ Cày Bắc\)/.test(text))).toBe(true);
    expect(texts.some((text) => /Phước Mỹ Trung \(huyện Mỏ Cày Bắc\)/.test(text))).toBe(true);

    await page.getByRole("link", { name: /nước thải/ }).click();
    const chain = page.locator(".chain", { has: page.getByRole("heading", { name: /31\/2022\/NQ-HĐND/ }) });
    await chain.waitFor();
    const steps = chain.locator(".chain-step");
    const last = steps.last();
    expect(await last.getAttribute("data-relation")).toBe("CITES");
    expect(await last.locator(".chain-step-head").textContent()).toContain("Nghị quyết 31/2022/NQ-HĐND");
    expect(await last.locator("blockquote").textContent()).toMatch(/^Nghị quyết số 31\/2022\/NQ-HĐND ngày 08 tháng 12 năm 2022/);
    expect(await last.locator("figcaption").textContent()).toContain("Điều 2");
    expect(await steps.locator(".relation").allTextContents()).toEqual(["PART_OF", "PART_OF", "PART_OF", "CITES"]);
    expect(await page.locator(".document-text mark").textContent()).toMatch(/^Hỗ trợ giải phóng mặt bằng/);
    expect(await chain.locator("h3 .status").getAttribute("data-state")).toBe("IN_FORCE");
    const amendedLaw = page.locator(".chain", { has: page.getByRole("heading", { name: /^Instrument\s*Luật Tổ chức Chính phủ/ }) });
    expect(await amendedLaw.locator("h3 .status").textContent()).toBe("amended since 2019-11-22");

    await page.goBack();
    await eventually(() => page.getByTestId("task-total").textContent()).toBe("2");
    await page.goForward();
    await chain.waitFor();
  });

  it("draws a neighbourhood with nodes and edges and expands it when a node is clicked", async () => {
    const { neighbourhood } = await api.data(NeighbourhoodDocument, { ids: ["place:838"], first: NEIGHBOURS_PER_NODE });
    const nodes = new Set(neighbourhood[0].edges.map((edge) => edge.node.id)).size + 1;
    const page = await open("/explore/graph?node=place%3A838");
    const counts = page.getByTestId("graph-counts");
    const drawing = page.locator(".graph-canvas[aria-busy=false]");
    await eventually(() => counts.textContent()).toBe(`Drawn: ${nodes} nodes, ${neighbourhood[0].edges.length} relationships`);
    await drawing.waitFor();
    expect((await findColour(page, ".graph-canvas", KIND_COLOURS.Place)).count).toBeGreaterThan(200);
    expect((await findColour(page, ".graph-canvas", EDGE_COLOUR, 24)).count).toBeGreaterThan(100);

    const task = (await findColour(page, ".graph-canvas", KIND_COLOURS.Task)).point!;
    await page.mouse.click(task.x, task.y);
    await eventually(() => new URL(page.url()).searchParams.getAll("node").length).toBe(2);
    await eventually(async () => Number((await counts.textContent())?.match(/(\d+) nodes/)?.[1])).toBeGreaterThan(nodes);
    await drawing.waitFor();
    expect((await findColour(page, ".graph-canvas", KIND_COLOURS.Body)).count).toBeGreaterThan(0);

    const png = await downloaded(page, () => page.getByRole("button", { name: "Export PNG" }).click());
    expect(png.name).toBe("policy-graph.png");
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });

  it("filters the task list by the dashboard bar clicked", async () => {
    const page = await open("/explore/dashboard");
    const chart = page.locator(".bar-chart", { hasText: "Tasks by sector" });
    const bar = chart.locator(`path[fill="${BAR_COLOUR}"]`).first();
    await bar.waitFor();
    const firstLabel = (await chart.locator("table button").first().textContent())!;
    const firstCount = Number(await chart.locator("table tr").first().locator("td").last().textContent());
    const box = (await bar.boundingBox())!;
    await bar.click();
    await eventually(() => new URL(page.url()).searchParams.get("sector")).not.toBeNull();
    await eventually(() => page.getByTestId("task-total").textContent()).toBe(String(firstCount));
    const sectors = await page.locator(".tasks-table tbody tr td:last-child").allTextContents();
    expect(sectors.length).toBe(Math.min(firstCount, 20));
    expect(new Set(sectors)).toEqual(new Set([firstLabel]));

    // The same bar again (now drawn in the active colour) clears the filter.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await eventually(() => new URL(page.url()).searchParams.get("sector")).toBeNull();
    await page.getByRole("button", { name: /Today's places/ }).click();
    const places = page.locator(".bar-chart", { hasText: "Tasks by today's place" });
    await places.locator(`path[fill="${BAR_COLOUR}"]`).first().waitFor();
    const placeCount = Number(await places.locator("table tr").first().locator("td").last().textContent());
    await places.locator(`path[fill="${BAR_COLOUR}"]`).first().click();
    await eventually(() => new URL(page.url()).searchParams.get("pred")).toBe("1");
    await eventually(() => page.getByTestId("task-total").textContent()).toBe(String(placeCount));
  });

  it("exports the task list as CSV and a task's legal basis as Markdown, holding what the page shows", async () => {
    const page = await open(flagshipPlace);
    await eventually(() => page.getByTestId("task-total").textContent()).toBe("2");
    const shown = await page.locator(".tasks-table tbody tr").evaluateAll((rows) =>
      rows.map((row) => ({
        text: row.querySelector(".task-text a")!.textContent,
        provision: row.children[1].textContent,
        places: row.children[2].textContent,
      })),
    );
    const csv = await downloaded(page, () => page.getByRole("button", { name: "Export CSV" }).click());
    expect(csv.name).toBe("tasks-mo-cay-bac.csv");
    const parsed = Papa.parse<Record<string, string>>(csv.bytes.toString("utf8").replace(/^\uFEFF/, ""), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => ({ text: row.text, provision: row.provision, places: row.places.split("; ").join(", ") }))).toEqual(shown);

    await page.getByRole("link", { name: /nước thải/ }).click();
    await page.locator(".chain").first().waitFor();
    const instruments = await page.locator(".chain h3 .node-link").allTextContents();
    const states = await page.locator(".chain h3 .status").evaluateAll((badges) => badges.map((badge) => badge.getAttribute("title")));
    const quotes = await page.locator(".chain-step:not([data-relation=PART_OF]) blockquote").allTextContents();
    const markdown = (await downloaded(page, () => page.getByRole("button", { name: /Legal-basis report/ }).click())).bytes.toString("utf8");
    expect(instruments.length).toBe(6);
    expect(markdown.match(/^## \d+\. /gm)).toHaveLength(instruments.length);
    for (const instrument of instruments) expect(markdown).toContain(instrument.replace(/^Instrument/i, "").trim());
    for (const quote of quotes) expect(markdown).toContain(`> ${quote}`);
    for (const state of states) expect(markdown).toContain(`status: ${state}`);
    expect(markdown).toMatch(/\*\*CITES\*\*.*Nghị quyết 31\/2022\/NQ-HĐND[\s\S]*?> Nghị quyết số 31\/2022\/NQ-HĐND ngày 08 tháng 12 năm 2022[\s\S]*?Điều 2, characters/);
  });

  it("shows a broken query's code and message, and lists the request", async () => {
    const page = await open(`${flagshipPlace}&after=not-a-cursor`);
    const alert = page.getByRole("alert").filter({ hasText: "BAD_USER_INPUT" });
    await alert.waitFor();
    expect(await alert.textContent()).toContain("Invalid cursor: use an endCursor or cursor returned by this API");
    await page.getByRole("button", { name: /Requests: .*failed/ }).click();
    expect(await page.locator(".request-error").first().textContent()).toContain("BAD_USER_INPUT");
  });

  it("can be used from the keyboard alone", async () => {
    const page = await open(flagshipPlace);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.goto(`${origin}/explore`);
    await page.locator("#search-large").waitFor();
    await eventually(() => page.evaluate(() => document.activeElement?.id)).toBe("search-large");
    await page.keyboard.type("rach mieu");
    await page.keyboard.press("Enter");
    await page.locator(".search-hit").first().waitFor();
    const firstHit = page.locator(".search-hit-title").first();
    for (let presses = 0; presses < 30 && !(await firstHit.evaluate((link) => link === document.activeElement)); presses += 1) {
      await page.keyboard.press("Tab");
    }
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Cầu Rạch Miễu 2" }).waitFor();
  });
});
