// A learner takes a test with no network and sees it arrive when the network returns.
// Usage: node offline.mjs BASE_URL TEST_PATH LOGIN PASSWORD
// Drives Debian's Chromium (CHROMIUM, default /usr/bin/chromium); prints one JSON line.
import { chromium } from "playwright-core";

const [base, testPath, login, password] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const out = {};
try {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(base + "/sign-in");
  await page.fill("input[name=login]", login);
  await page.fill("input[name=password]", password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/sign-in")), page.click("main form button[type=submit]")]);

  // Online: the module is saved on the phone, its size shown first.
  const modulePath = testPath.split("/tests/")[0];
  await page.goto(base + modulePath);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload(); // now under the service worker's control
  const save = page.locator("button[data-save]");
  await save.waitFor({ state: "visible" });
  out.saveLabel = await save.textContent();
  await save.click();
  await page.waitForFunction(() => {
    const b = document.querySelector("button[data-save]");
    return b.textContent === b.getAttribute("data-saved");
  }, null, { timeout: 30000 });
  const lessons = await page.$$eval('a[href*="/lessons/"]', (as) => as.map((a) => a.getAttribute("href")));
  out.lastLesson = lessons[lessons.length - 1];

  // The test page is opened once too.
  await page.goto(base + testPath);
  out.attemptOnline = await page.inputValue("input[name=attempt]");

  // The network goes. A lesson never opened, but saved with its module, opens.
  await context.setOffline(true);
  await page.goto(base + out.lastLesson);
  out.savedLessonOpened = (await page.locator("form[data-offline]").count()) > 0;
  await page.goto(base + testPath);
  await page.reload();
  out.openedOffline = (await page.locator("form.quiz fieldset").count()) > 0;
  for (const fieldset of await page.locator("form.quiz fieldset").all()) {
    await fieldset.locator("input").first().check();
  }
  await page.click("form.quiz button[type=submit]");
  await page.waitForSelector("#outbox:not([hidden])");
  out.waitingText = await page.textContent("#outbox");
  out.kept = await page.evaluate(() => JSON.parse(localStorage.getItem("academy-outbox")).length);
  out.keptAttempt = await page.evaluate(() =>
    new URLSearchParams(JSON.parse(localStorage.getItem("academy-outbox"))[0].body).get("attempt"));

  // The network returns: the answers go by themselves.
  await context.setOffline(false);
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem("academy-outbox")) || []).length === 0, null, { timeout: 20000 });
  out.sentText = await page.textContent("#outbox");
  out.ok = true;
} catch (e) {
  out.ok = false;
  out.error = String(e && e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
