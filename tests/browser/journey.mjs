// The learner's and the facilitator's stories in Debian's Chromium, in all four languages:
// a wrong sign-in says what to do; the learner signs in, opens a module and a lesson, has it
// read aloud, finishes the lessons, answers the final test (tapping the picture for a picture
// question), sees her result and her certificate; the language links really change the page;
// a facilitator marks attendance at a session and sees it saved. Screenshots of the main pages
// at 360×740 go to plan.screenshots, one per page and language (en-lesson.png, hi-lesson.png…).
//
// Usage: node journey.mjs BASE_URL PLAN_JSON
// PLAN_JSON: {"password", "learner", "facilitator", "manager" (logins), "module", "lessons": [slugs],
//             "answers": {"QUESTION_ID": ["OPTION_ID", ...]}, "picture": "QUESTION_ID",
//             "wrongLogins": {"en": "...", ...}, "screenshots": "DIR"}
// Prints one JSON line with what it saw; the Rust test (crates/academy/tests/it/browser.rs)
// judges it.
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const [base, planText] = process.argv.slice(2);
const plan = JSON.parse(planText);
const languages = ["en", "hi", "or", "bn"];
mkdirSync(plan.screenshots, { recursive: true });

// Headless Chromium has no voices: a stand-in speechSynthesis with one voice per language,
// which records what it is asked to say, so that the listen button's wiring can be seen.
function fakeSpeech() {
  const spoken = [];
  const voices = ["en-IN", "hi-IN", "or-IN", "bn-IN"].map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang }));
  const fake = {
    speaking: false, pending: false, paused: false, onvoiceschanged: null,
    getVoices: () => voices,
    speak(u) { spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang }); this.speaking = true; },
    cancel() { this.speaking = false; },
    pause() {}, resume() {},
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: fake, configurable: true });
  // The real utterance accepts only real voices.
  window.SpeechSynthesisUtterance = function (text) { this.text = text; this.lang = ""; this.voice = null; this.onend = null; };
  window.__spoken = spoken;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
  // Indic fonts as on a phone (fonts.conf), so that pages are measured and shown as read.
  env: { ...process.env, FONTCONFIG_FILE: new URL("fonts.conf", import.meta.url).pathname },
});
const out = { wrongSignIn: {}, languages: {}, shots: [] };
const started = Date.now();
const newContext = (lang) => browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 }).then(async (c) => {
  await c.addCookies([{ name: "lang", value: lang, url: base }]);
  await c.addInitScript(fakeSpeech);
  return c;
});
async function shot(page, lang, name) {
  const file = `${plan.screenshots}/${lang}-${name}.png`;
  await page.screenshot({ path: file });
  out.shots.push(file);
}
async function signIn(page, login) {
  await page.goto(base + "/sign-in");
  await page.fill("input[name=login]", login);
  await page.fill("input[name=password]", plan.password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/sign-in")), page.click("main form button[type=submit]")]);
}
const text = (page, sel) => page.locator(sel).first().innerText().then((t) => t.trim());

try {
  // A wrong sign-in, in each language: the message is short and says what to do.
  for (const lang of languages) {
    const context = await newContext(lang);
    const page = await context.newPage();
    await page.goto(base + "/sign-in");
    await shot(page, lang, "sign-in");
    await page.fill("input[name=login]", plan.wrongLogins[lang]);
    await page.fill("input[name=password]", "not-the-password");
    await Promise.all([page.waitForLoadState(), page.click("main form button[type=submit]")]);
    out.wrongSignIn[lang] = { text: await text(page, "#sign-in-error"), htmlLang: await page.getAttribute("html", "lang") };
    await context.close();
  }

  // The learner's story, in English.
  const context = await newContext("en");
  const page = await context.newPage();
  await signIn(page, plan.learner);
  const urls = { home: "/" };
  await page.click('nav a[href="/modules"]');
  await page.click(`a.module-card[href="/modules/${plan.module}"]`);
  urls.module = `/modules/${plan.module}`;
  out.moduleTitle = await text(page, "h1");
  await page.click(`a[href="/modules/${plan.module}/lessons/${plan.lessons[0]}"]`);
  urls.lesson = new URL(page.url()).pathname;
  out.lessonTitle = await text(page, "h1");
  // The listen button shows once the phone has a voice, and reads the lesson aloud.
  const listen = page.locator("#listen");
  await listen.waitFor({ state: "visible" });
  out.listenLabel = (await listen.innerText()).trim();
  await listen.click();
  out.spoken = await page.evaluate(() => window.__spoken);
  out.listenLabelSpeaking = (await listen.innerText()).trim();
  out.lessonText = (await text(page, "#lesson-text")).slice(0, 200);
  // Every lesson finished, one after the other.
  out.lessonsWithListen = 0;
  for (const slug of plan.lessons) {
    await page.goto(`${base}/modules/${plan.module}/lessons/${slug}`);
    out.lessonsWithListen += await page.locator("#listen, audio").count() > 0 ? 1 : 0;
    await Promise.all([page.waitForURL((u) => !u.pathname.endsWith(`/lessons/${slug}`)), page.click(`form[action$="/lessons/${slug}/done"] button[type=submit]`)]);
    // A lesson with a short check leads to it: answered, it leads on.
    if (await page.locator("form.quiz").count()) {
      for (const fieldset of await page.locator("form.quiz fieldset").all()) await fieldset.locator("input").first().check();
      await Promise.all([page.waitForLoadState(), page.click("form.quiz button[type=submit]")]);
    }
  }

  // The final test, answered right; the picture question by tapping the picture.
  urls.test = `/modules/${plan.module}/tests/post`;
  await page.goto(base + urls.test);
  out.testQuestions = await page.locator("form.quiz fieldset").count();
  out.pictureOptions = await page.locator("label.choice.picture img").evaluateAll((imgs) => imgs.map((i) => ({ alt: i.alt, loaded: i.complete && i.naturalWidth > 0 || i.loading === "lazy" })));
  for (const [question, options] of Object.entries(plan.answers)) {
    for (const option of options) {
      const input = page.locator(`input[name="q-${question}"][value="${option}"]`);
      if (question === plan.picture) {
        await page.locator(`label.choice:has(input[name="q-${question}"][value="${option}"]) img`).click();
        out.pictureTapChecked = await input.isChecked();
      } else await input.check();
    }
  }
  await Promise.all([page.waitForURL((u) => u.pathname.startsWith("/results/")), page.click("form.quiz button[type=submit]")]);
  urls.result = new URL(page.url()).pathname;
  out.score = await text(page, ".score");
  out.resultStatus = await text(page, "main p[role=status]:not(#outbox)");
  out.completeShown = (await page.locator("p.ok").count()) >= 2;
  // Her certificate, from her page.
  await page.click("main a.button"); // "see your certificates" after completing
  const cert = page.locator('main a[href^="/verify/"]').first();
  urls.certificate = await cert.getAttribute("href");
  await page.goto(base + urls.certificate);
  out.certificateText = (await text(page, "main")).slice(0, 400);

  // The language links change the page: its lang attribute and its words.
  for (const lang of languages) {
    await page.goto(base + urls.lesson);
    await Promise.all([page.waitForLoadState(), page.click(`.langs a[hreflang="${lang}"]`)]);
    out.languages[lang] = {
      path: new URL(page.url()).pathname,
      htmlLang: await page.getAttribute("html", "lang"),
      nav: await page.locator("nav a, nav button").allInnerTexts().then((t) => t.map((x) => x.trim())),
      navIcons: await page.locator("nav a, nav button").evaluateAll((els) => els.every((e) => e.querySelector("svg"))),
      listen: (await page.locator("#listen").innerText()).trim(),
      title: await page.title(),
    };
    for (const [name, path] of Object.entries(urls)) {
      await page.goto(base + path);
      await shot(page, lang, name);
    }
  }
  await context.close();

  // The facilitator marks attendance at a session.
  const fContext = await newContext("en");
  const f = await fContext.newPage();
  await signIn(f, plan.facilitator);
  await f.click('nav a[href="/facilitate"]');
  await f.click('main a[href^="/sessions/"]');
  const session = new URL(f.url()).pathname;
  const open = f.locator("form.attendance input[type=checkbox]:not([disabled])");
  out.attendanceOpenBefore = await open.count();
  out.presentBefore = await f.locator("form.attendance input[type=checkbox]:checked").count();
  const marked = await open.first().getAttribute("name");
  await f.locator(`form.attendance label.choice:has(input[name="${marked}"])`).click(); // the whole row is the target
  await Promise.all([f.waitForLoadState(), f.click("form.attendance button[type=submit]")]);
  await f.goto(base + session);
  out.presentAfter = await f.locator("form.attendance input[type=checkbox]:checked").count();
  out.markedSaved = await f.locator(`form.attendance input[name="${marked}"]`).isChecked();
  for (const lang of languages) {
    await fContext.addCookies([{ name: "lang", value: lang, url: base }]);
    await f.goto(base + session);
    await f.locator("form.attendance").scrollIntoViewIfNeeded();
    await shot(f, lang, "attendance");
  }
  await fContext.close();

  // The manager's reports.
  const mContext = await newContext("en");
  const m = await mContext.newPage();
  await signIn(m, plan.manager);
  for (const lang of languages) {
    await mContext.addCookies([{ name: "lang", value: lang, url: base }]);
    await m.goto(base + "/reports");
    await shot(m, lang, "reports");
  }
  await mContext.close();
  out.urls = urls;
  out.ok = true;
} catch (e) {
  out.ok = false;
  out.error = String((e && e.stack) || e);
} finally {
  await browser.close();
}
out.seconds = Math.round((Date.now() - started) / 1000);
console.log(JSON.stringify(out));
