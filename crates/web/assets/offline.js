// Learning without a network. A service worker keeps the page shell and every lesson, test
// and module page opened here; "save this module" stores a whole module. A test answered (or
// a lesson finished) with no network is kept on the phone, with ids made here, and sent
// when the network returns: the academy records an attempt once, however often it is sent.
// Without JavaScript or service workers, every page works online as before.
(function () {
  var KEY = "academy-outbox";

  // Buttons that print the page (the member card): no script in the page itself, so the
  // Content-Security-Policy can forbid inline scripts.
  document.addEventListener("click", function (e) {
    if (e.target.closest && e.target.closest("[data-print]")) { window.print(); }
  });

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || []; } catch (e) { return []; }
  }
  function store(items) { localStorage.setItem(KEY, JSON.stringify(items)); }

  // A UUIDv7: milliseconds since 1970, then random bits.
  function uuid7() {
    var b = crypto.getRandomValues(new Uint8Array(16));
    var t = Date.now();
    for (var i = 5; i >= 0; i--) { b[i] = t % 256; t = Math.floor(t / 256); }
    b[6] = (b[6] & 0x0f) | 0x70;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function say(box, name, n) {
    return (box.getAttribute("data-" + name) || "").replace("{n}", n);
  }

  // The banner: what is waiting, or what happened to it.
  function show(note) {
    var box = document.getElementById("outbox");
    if (!box) return;
    var n = load().length;
    var text = note ? say(box, note, n) : n > 0 ? say(box, "waiting", n) : "";
    box.textContent = text;
    box.hidden = !text;
  }

  // Keeps a form's fields to send later; fresh ids, so that an answer given on a page kept
  // on the phone is a new attempt, and the time it was given.
  function queue(form) {
    var fields = new URLSearchParams(new FormData(form));
    ["attempt", "statement"].forEach(function (name) {
      if (fields.has(name)) fields.set(name, uuid7());
    });
    fields.set("answered_at", String(Date.now()));
    var items = load();
    items.push({ url: form.action, page: location.pathname, body: fields.toString() });
    store(items);
  }

  // A fresh CSRF token from the form's own page, for an item kept since the cookie changed.
  async function freshToken(page) {
    var html = await (await fetch(page, { credentials: "same-origin" })).text();
    var m = html.match(/name="csrf_token" value="([0-9a-f]+)"/);
    return m && m[1];
  }

  var sending = false;
  async function flush() {
    if (sending || !navigator.onLine) return;
    sending = true;
    var note = null;
    try {
      var items = load();
      while (items.length > 0) {
        var item = items[0];
        var r = await fetch(item.url, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: item.body,
        });
        if (new URL(r.url).pathname.indexOf("/sign-in") === 0) { note = "sign-in"; break; }
        if (r.status === 400 || r.status === 403) {
          var token = await freshToken(item.page);
          var body = new URLSearchParams(item.body);
          if (!token || body.get("csrf_token") === token) { note = "failed"; break; }
          body.set("csrf_token", token);
          item.body = body.toString();
          store(items);
          continue;
        }
        if (r.status >= 500) { note = "failed"; break; }
        // Recorded (or refused for good: a test changed since): either way, done with it.
        items.shift();
        store(items);
        note = items.length === 0 ? "sent" : null;
      }
    } catch (e) {
      note = null; // the network went again: try later
    }
    sending = false;
    show(note);
  }

  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute("data-offline") || navigator.onLine) return;
    e.preventDefault();
    queue(form);
    show("saved");
  });

  // "Save this module for offline": its size first, then every page, picture and recording.
  async function prepareSave(button) {
    try {
      var list = await (await fetch(button.getAttribute("data-save"), { credentials: "same-origin" })).json();
      var mb = (list.bytes / 1048576).toFixed(1);
      button.textContent = button.getAttribute("data-label").replace("{size}", mb);
      button.hidden = false;
      button.addEventListener("click", async function () {
        keepPages();
        button.disabled = true;
        button.textContent = button.getAttribute("data-saving");
        var cache = await caches.open("academy-pages");
        for (var i = 0; i < list.urls.length; i++) {
          var r = await fetch(list.urls[i], { credentials: "same-origin" });
          if (r.ok) await cache.put(list.urls[i], r);
        }
        button.textContent = button.getAttribute("data-saved");
      });
    } catch (e) { /* offline or no list: the button stays hidden */ }
  }

  // The service worker is set up from the second page on (or when a module is saved), so
  // that the first page stays as light as the budget says: one page, its stylesheet and
  // scripts, nothing more.
  function keepPages() {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
  }

  document.addEventListener("DOMContentLoaded", function () {
    if ("serviceWorker" in navigator) {
      if (localStorage.getItem("academy-seen")) keepPages();
      else localStorage.setItem("academy-seen", "1");
      var save = document.querySelector("button[data-save]");
      if (save && "caches" in window && navigator.onLine) prepareSave(save);
    }
    show(null);
    flush();
  });
  window.addEventListener("online", flush);
})();
