// The "listen" button: reads the lesson aloud with the phone's own voice, where the phone has
// one for the lesson's language. Without JavaScript or a voice the button stays hidden.
(function () {
  var b = document.getElementById('listen');
  if (!b || !('speechSynthesis' in window)) return;
  var lang = b.getAttribute('data-lang'), base = lang.split('-')[0];
  var label = b.querySelector('span'), start = label.textContent;
  function voice() {
    var v = speechSynthesis.getVoices();
    for (var i = 0; i < v.length; i++) {
      if (v[i].lang.replace('_', '-').toLowerCase().indexOf(base) === 0) return v[i];
    }
    return null;
  }
  function show() { if (voice()) b.hidden = false; }
  show();
  speechSynthesis.onvoiceschanged = show;
  b.addEventListener('click', function () {
    if (speechSynthesis.speaking) { speechSynthesis.cancel(); label.textContent = start; return; }
    var text = document.getElementById('lesson-text').innerText;
    // Some phones stop after about 200 characters: speak sentence by sentence.
    var parts = text.match(/[^.!?\u0964\n]+[.!?\u0964]?/g) || [text];
    var v = voice();
    parts.forEach(function (p, i) {
      var u = new SpeechSynthesisUtterance(p.trim());
      u.lang = lang;
      if (v) u.voice = v;
      if (i === parts.length - 1) u.onend = function () { label.textContent = start; };
      speechSynthesis.speak(u);
    });
    label.textContent = b.getAttribute('data-stop');
  });
})();
