// Every page of every role, in every language, checked in the browser: axe-core (WCAG 2.0/2.1
// A and AA), tap targets of at least 48×48 CSS px, images with alt text in the page's
// language, navigation items with an icon, and no horizontal scrolling or cut-off content at
// 320 CSS px wide (a 640 px window at 200 % zoom).
//
// Usage: node audit.mjs BASE_URL PLAN_JSON
// PLAN_JSON: {"password": "...", "roles": [{"role": "learner", "login": "91…", "extra": ["/path"]}],
//             "languages": ["en", "hi", "or", "bn"]}   (a role without a login is anonymous)
// Each role signs in, follows links from its home page (one page per
// kind of address: /modules/{id} is audited once), then audits each page in each language.
// Prints one JSON line: {ok, pages: [{role, lang, url, kind}], violations: [{role, lang, url,
// rule, detail}]}.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
// Evaluated rather than added as a script tag: the academy's CSP forbids inline scripts.
const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const [base, planText] = process.argv.slice(2);
const plan = JSON.parse(planText);
const languages = plan.languages || ["en", "hi", "or", "bn"];
const MAX_PAGES_PER_ROLE = 40;

// Addresses that are not pages: downloads, actions, language links, machine formats.
const NOT_A_PAGE = [
  /^\/lang\//, /^\/sign-out/, /^\/static\//, /^\/media\//, /^\/sw\.js/, /^\/verify\/sw\.js/,
  /\.(csv|json|pdf|png|xlsx|zip|svg|ogg|mp3)(\?|$)/, /\/file$/, /\/image$/, /^\/reports\/export\//,
  /^\/posts\/[^/]+\/image/, /^\/healthz/, /^\/\.well-known\//, /^\/credentials\//, /^\/card\//,
  /\/png$/, /\/pdf$/, /^\/api\//, /^\/xapi\//,
];
// Path segments that name one thing of a kind; the kind of page is the path without them.
const KINDS = new Set([
  "modules", "lessons", "tests", "forums", "threads", "cohorts", "sessions", "members", "library",
  "results", "verify", "certificates", "mentoring", "organisations", "answers", "upload", "csv",
]);

function kindOf(path) {
  const segs = path.split("?")[0].split("/");
  return segs
    .map((s, i) => (i > 1 && (KINDS.has(segs[i - 1]) || /\d/.test(s)) && !["new", "edit"].includes(s) ? "{}" : s))
    .join("/");
}

// Runs in the page: everything checked there, as a list of {rule, detail}.
function checkPage({ lang }) {
  const out = [];
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const cs = getComputedStyle(el);
    return cs.visibility !== "hidden" && cs.display !== "none" && !el.closest("[hidden],.sr");
  };
  const describe = (el) => {
    const text = (el.innerText || el.value || el.getAttribute("aria-label") || el.getAttribute("name") || "").trim().replace(/\s+/g, " ");
    const id = el.id ? "#" + el.id : "";
    const cls = el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "";
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text.slice(0, 40)}"`;
  };
  // Tap targets: 48×48 CSS px, except links inside running text (WCAG 2.5.8's inline exception).
  const targets = new Set();
  for (const el of document.querySelectorAll("a[href], button, input, select, textarea, summary")) {
    if (el.type === "hidden") continue;
    if (el.matches("input[type=checkbox], input[type=radio]")) {
      const label = el.closest("label") || (el.id && document.querySelector(`label[for="${el.id}"]`));
      targets.add(label || el);
    } else targets.add(el);
  }
  const inSentence = (el) => {
    if (!el.matches("a") || getComputedStyle(el).display !== "inline" || el.closest("nav, header")) return false;
    let block = el.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    const all = (block.innerText || "").replace(/\s+/g, "");
    const own = [...block.querySelectorAll("a")].map((a) => a.innerText).join("").replace(/\s+/g, "");
    return all.length > own.length;
  };
  for (const el of targets) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    if ((r.width < 47.5 || r.height < 47.5) && !inSentence(el)) {
      out.push({ rule: "tap-target-48", detail: `${describe(el)} is ${Math.round(r.width)}×${Math.round(r.height)}` });
    }
  }
  // Navigation items carry an icon beside their words.
  for (const el of document.querySelectorAll("nav a, nav button")) {
    if (!el.querySelector("svg, img")) out.push({ rule: "nav-icon", detail: `${describe(el)} has no icon` });
  }
  // Images: alt text present, and written in the language around the image.
  const scripts = { hi: /[\u0900-\u097F]/, or: /[\u0B00-\u0B7F]/, bn: /[\u0980-\u09FF]/ };
  for (const img of document.querySelectorAll("img")) {
    const alt = img.getAttribute("alt");
    if (alt === null) out.push({ rule: "img-alt", detail: `${img.src} has no alt` });
    else if (alt.trim() === "" && img.getAttribute("role") !== "presentation" && !img.closest("[aria-hidden=true]") && !img.closest("a, button, label")?.innerText.trim()) {
      out.push({ rule: "img-alt", detail: `${img.src} has an empty alt but is not marked decorative` });
    } else if (alt.trim() !== "") {
      const around = (img.closest("[lang]") || document.documentElement).getAttribute("lang");
      if (scripts[around] && /[A-Za-z]{3}/.test(alt) && !scripts[around].test(alt)) {
        out.push({ rule: "img-alt-language", detail: `${img.src}: alt "${alt}" is not in ${around}` });
      }
    }
  }
  if (document.documentElement.lang !== lang) out.push({ rule: "html-lang", detail: `html lang is "${document.documentElement.lang}"` });
  return out;
}

// Runs in the page at 320 CSS px: no sideways scrolling, nothing past the right edge.
function checkNarrow() {
  const out = [];
  const width = window.innerWidth;
  if (document.documentElement.scrollWidth > width) {
    out.push({ rule: "reflow-320", detail: `the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window` });
  }
  const scrolls = (el) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p).overflowX;
      if (o === "auto" || o === "scroll") return true;
    }
    return false;
  };
  let cut = 0;
  for (const el of document.body.querySelectorAll("*")) {
    if (cut >= 5 || el.closest(".sr, [hidden], svg, script")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if ((r.right > width + 1 || r.left < -1) && !scrolls(el)) {
      cut++;
      out.push({ rule: "cut-off-320", detail: `<${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""}> spans ${Math.round(r.left)}–${Math.round(r.right)} px` });
    }
  }
  return out;
}

async function signIn(page, login, password) {
  await page.goto(base + "/sign-in");
  await page.fill("input[name=login]", login);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/sign-in")), page.click("main form button[type=submit]")]);
}

// Follows links from the home page breadth first, one address per kind of page. Reads the
// HTML with the context's request client (same cookies), which is quicker than rendering.
async function discover(context, seen, extra) {
  const queue = ["/", ...extra];
  const found = [];
  const looked = new Set();
  while (queue.length && found.length < MAX_PAGES_PER_ROLE) {
    const path = queue.shift();
    const kind = kindOf(path);
    if (looked.has(kind)) continue;
    looked.add(kind);
    const res = await context.request.get(base + path, { maxRedirects: 0 });
    if (res.status() >= 300 || !(res.headers()["content-type"] || "").includes("text/html")) continue;
    if (!seen.has(kind) || path === "/") { // each role's home is its own
      seen.add(kind);
      found.push(path);
    }
    const html = await res.text();
    for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
      const url = new URL(href.replaceAll("&amp;", "&"), base + path);
      if (url.origin !== new URL(base).origin) continue;
      const p = url.pathname + url.search;
      if (NOT_A_PAGE.some((re) => re.test(url.pathname)) || looked.has(kindOf(p))) continue;
      queue.push(p);
    }
  }
  return found;
}

// Audits each page in one language, as one role: the language's page, with the role's cookies.
async function audit(r, lang, paths, signedIn) {
  const page = pages[lang];
  await page.context().clearCookies();
  await page.context().addCookies([...signedIn.cookies, { name: "lang", value: lang, url: base }]);
  for (const path of paths) {
    const where = { role: r.role, lang, url: path };
    await page.setViewportSize({ width: 360, height: 740 });
    const res = await page.goto(base + path);
    out.pages.push({ ...where, kind: kindOf(path) });
    if (!res || res.status() >= 400) {
      out.violations.push({ ...where, rule: "http-status", detail: `answered ${res && res.status()}` });
      continue;
    }
    await page.evaluate(AXE);
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        resultTypes: ["violations"],
        preload: false, // the styles are read from the page itself, not fetched again
      });
      return r.violations.map((v) => ({
        rule: v.id,
        detail: `${v.help}: ${v.nodes.map((n) => n.target.join(" ") + (n.failureSummary ? " (" + n.failureSummary.split("\n").slice(1).join(" ").trim().slice(0, 120) + ")" : "")).slice(0, 4).join("; ")}${v.nodes.length > 4 ? ` and ${v.nodes.length - 4} more` : ""}`,
      }));
    });
    for (const v of axe) out.violations.push({ ...where, rule: "axe:" + v.rule, detail: v.detail });
    for (const v of await page.evaluate(checkPage, { lang })) out.violations.push({ ...where, ...v });
    await page.setViewportSize({ width: 320, height: 640 });
    for (const v of await page.evaluate(checkNarrow)) out.violations.push({ ...where, ...v });
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
  // Indic fonts as on a phone (fonts.conf), so that pages are measured and shown as read.
  env: { ...process.env, FONTCONFIG_FILE: new URL("fonts.conf", import.meta.url).pathname },
});
const out = { pages: [], violations: [] };
const pages = {};
const started = Date.now();
try {
  // One page per language for the whole run: a new browser context costs seconds.
  // No service worker: its copies of every page are the offline test's business, and slow here.
  for (const lang of languages) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: "block" });
    pages[lang] = await context.newPage();
  }
  const seen = new Set(); // kinds of page already audited, by an earlier role
  for (const r of plan.roles) {
    const context = await browser.newContext();
    if (r.login) await signIn(await context.newPage(), r.login, plan.password);
    const t0 = Date.now();
    const paths = await discover(context, seen, r.extra || []);
    const signedIn = await context.storageState(); // one sign-in per role: each costs a password hash
    await context.close();
    const t1 = Date.now();
    const together = Number(process.env.AUDIT_TOGETHER || 2);
    for (let i = 0; paths.length && i < languages.length; i += together) {
      await Promise.all(languages.slice(i, i + together).map((lang) => audit(r, lang, paths, signedIn)));
    }
    if (process.env.AUDIT_TIMES) console.error(r.role, paths.length, "pages; found in", t1 - t0, "ms, audited in", Date.now() - t1, "ms");
  }
  out.ok = true;
} catch (e) {
  out.ok = false;
  out.error = String((e && e.stack) || e);
} finally {
  await browser.close();
}
out.seconds = Math.round((Date.now() - started) / 1000);
console.log(JSON.stringify(out));
