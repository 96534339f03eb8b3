// End-to-end check of the timeline view in a real headless Chromium, against a running factline.
//
//   node e2e/timeline.e2e.mjs [baseUrl] [screenshot.png]
//
// Loads four events through the REST API (one of them with two claims from different outlets that
// give different days, so the service raises a DATE conflict), opens the view, and checks the order,
// the conflict marker and the sources in the detail panel, then both embeds (a query and a named
// timeline). Saves the page and the embed as screenshots. CHROMIUM_PATH picks the browser binary.
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { chromium } from "playwright-core";

const baseUrl = (process.argv[2] ?? process.env.FACTLINE_URL ?? "http://localhost:8080").replace(/\/$/, "");
const screenshot = resolve(process.argv[3] ?? "../target/timeline-ui.png");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const run = Date.now().toString(36);
const tag = `e2e-${run}`;
const slug = `port-dispute-${run}`;

let passed = 0;
let failed = 0;

function check(name, condition, detail = "") {
  if (condition) {
    passed++;
    console.log(`ok - ${name}`);
  } else {
    failed++;
    console.log(`not ok - ${name}${detail ? `: ${detail}` : ""}`);
  }
}

async function api(method, path, body) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : null;
}

async function addEvent(title, participants, claims) {
  const event = await api("POST", "/api/events", { title, location: "North Quay", participants, tags: [tag, "port-dispute"] });
  for (const claim of claims) await api("POST", `/api/events/${event.id}/claims`, claim);
  return event.id;
}

function claim(outlet, date, quote, attributedTo) {
  return { sourceUrl: `https://news.example/${run}/${encodeURIComponent(outlet)}`, outlet, attributedTo, quote, stance: "ASSERTS", date };
}

// Fixtures in our own words: a fictional port dispute.
const ballot = "Harbour union opens a strike ballot";
const walkout = "Dock workers walk out at North Quay";
const ferries = "Ferry services suspended";
const mediator = "Mediator appointed to the port dispute";

await addEvent(walkout, ["Harbour Union"], [
  claim("Harbour Wire", "2026-01-23", "The stoppage began on Friday morning, a union steward said.", "a union steward"),
  claim("Daily Ledger", "2026-01-22", "Workers left the quay on Thursday, according to the port.", "the port authority"),
]);
await addEvent(mediator, ["Port Authority", "Harbour Union"], [claim("North Post", "2026-02-02/2026-02-10", "A mediator will sit with both sides next week.", "the labour ministry")]);
await addEvent(ferries, ["Port Authority"], [claim("North Post", "2026-01-25", "No ferry left the harbour on Sunday.", "a ferry operator")]);
await addEvent(ballot, ["Harbour Union"], [claim("Harbour Wire", "2026-01", "Members were balloted during January.", "the union")]);

const conflicts = (await api("GET", `/api/timeline?tag=${tag}&conflicted=true`)).items;
check("the service flags exactly one conflicted event", conflicts.length === 1 && conflicts[0].title === walkout, JSON.stringify(conflicts.map((e) => e.title)));

const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));

  await page.goto(`${baseUrl}/?tag=${tag}`);
  await page.waitForSelector(".fl-list-item");
  await page.waitForSelector(".fl-chart .vis-item .fl-item-title");

  const listTitles = await page.locator(".fl-list-title").allTextContents();
  check("the list shows the events in timeline order", JSON.stringify(listTitles) === JSON.stringify([ballot, walkout, ferries, mediator]), JSON.stringify(listTitles));

  const chartTitles = await page.locator(".fl-chart .vis-item .fl-item-title").allTextContents();
  check("the chart shows every dated event", chartTitles.length === 4 && [ballot, walkout, ferries, mediator].every((t) => chartTitles.includes(t)), JSON.stringify(chartTitles));
  check("the month-precision event is drawn as an uncertain range", (await page.locator(".vis-item.vis-range.fl-uncertain", { hasText: ballot }).count()) === 1);

  const walkoutRow = page.locator(".fl-list-item", { hasText: walkout });
  check("the conflicted event carries a worded marker in the list", (await walkoutRow.locator(".fl-conflict-badge").textContent())?.includes("Sources disagree") === true);
  check("only the conflicted event is marked", (await page.locator(".fl-list .fl-conflict-badge").count()) === 1);
  const chartItem = page.locator(".fl-chart .vis-item", { hasText: walkout });
  check("the conflicted event carries a marker on the chart", (await chartItem.locator(".fl-conflict-badge").textContent())?.includes("Conflict") === true);

  await chartItem.click();
  await page.waitForSelector(".fl-detail h2");
  check("clicking the event opens its detail", (await page.locator(".fl-detail h2").textContent()) === walkout);
  const outlets = await page.locator(".fl-detail .fl-outlet").allTextContents();
  check("the detail lists both sources", outlets.includes("Harbour Wire") && outlets.includes("Daily Ledger"), JSON.stringify(outlets));
  check("the detail explains the date conflict", (await page.locator(".fl-detail .fl-conflict").textContent())?.includes("Sources disagree on the date") === true);
  check("the detail links to the articles", (await page.locator(".fl-detail .fl-claim a").count()) === 2);
  check("the selected event is kept in the URL", new URL(page.url()).searchParams.has("event"));

  mkdirSync(dirname(screenshot), { recursive: true });
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);

  await page.goto(`${baseUrl}/embed?tag=${tag}`);
  await page.waitForSelector(".fl-list-item");
  check("the embed of a query shows the timeline without the filters", (await page.locator(".fl-filters").count()) === 0 && (await page.locator(".fl-list-item").count()) === 4);

  await api("POST", "/api/timelines", { slug, title: "The port dispute", description: "Ballot, walkout and mediation", query: { tag } });
  await page.setViewportSize({ width: 800, height: 640 });
  await page.goto(`${baseUrl}/embed/${slug}`);
  await page.waitForSelector(".fl-list-item");
  check("the embed of a named timeline shows its title and events", (await page.locator("h1").textContent()) === "The port dispute" && (await page.locator(".fl-list-item").count()) === 4);
  await page.screenshot({ path: screenshot.replace(/\.png$/, "-embed.png") });

  check("the page raised no script errors", errors.length === 0, errors.join("; "));
} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
