// The certificate check with no network. The QR code on a certificate carries, after "#",
// a summary signed with the academy's Ed25519 key; this script verifies it in the browser
// against the public keys the page carries, and a service worker keeps the page on the
// phone so that a verifier can scan certificates where there is no signal.
(function () {
  function bytes(text) {
    var b64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
    return Uint8Array.from(atob(b64), function (c) { return c.charCodeAt(0); });
  }

  // Resolves to {ok, summary}; ok is false when anything does not check.
  async function check(token, keys, id) {
    var parts = token.replace(/^#/, "").split(".");
    if (parts.length !== 2) return { ok: false };
    var payload = bytes(parts[0]);
    var summary = JSON.parse(new TextDecoder().decode(payload));
    var key = keys.filter(function (k) { return k.k === summary.k; })[0];
    if (!key || (id && summary.i !== id)) return { ok: false, summary: summary };
    var pub = await crypto.subtle.importKey("raw", bytes(key.x), { name: "Ed25519" }, false, ["verify"]);
    var ok = await crypto.subtle.verify({ name: "Ed25519" }, pub, bytes(parts[1]), payload);
    return { ok: ok, summary: summary };
  }
  globalThis.academyCheck = check;
  if (typeof document === "undefined") return;

  function show(box, result) {
    var say = function (name) { return box.getAttribute("data-" + name); };
    box.hidden = false;
    box.className = result.ok ? "ok" : "notice";
    var lines = [result.ok ? say("ok") : say("bad")];
    if (result.ok) {
      var s = result.summary;
      lines.push(s.n, s.a + (s.e && s.e !== s.a ? " · " + s.e : ""), s.d, say("note"));
    }
    box.textContent = "";
    lines.forEach(function (line, i) {
      var p = document.createElement(i === 0 ? "strong" : "p");
      p.textContent = line;
      box.appendChild(p);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("offline-check");
    var keys = document.getElementById("academy-keys");
    if ("serviceWorker" in navigator) navigator.serviceWorker.register("/verify/sw.js").catch(function () {});
    if (!box || !keys || !location.hash) return;
    var id = location.pathname.split("/")[2];
    if (id === "offline") id = null;
    check(location.hash, JSON.parse(keys.textContent), id)
      .then(function (r) { show(box, r); })
      .catch(function () { show(box, { ok: false }); });
  });
})();
