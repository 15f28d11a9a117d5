/* policygen serve only: reload the page after each rebuild, or show what went wrong. */
(function () {
  var seen = null, overlay = null;
  function show(state) {
    var lang = (document.documentElement.lang || "en").slice(0, 2);
    var words = (state.words && state.words[lang]) || {};
    var error = (state.errors && state.errors[lang]) || state.error;
    var face = document.getElementById("policygen-overlay-font");
    if (!face) {
      face = document.createElement("style");
      face.id = "policygen-overlay-font";
      document.head.appendChild(face);
    }
    var css = '@font-face{font-family:"policygen overlay";src:url(' +
      '"/__policygen__/overlay-font.woff2?build=' + state.build + '") format("woff2");' +
      "font-display:swap;}";
    if (face.textContent !== css) { face.textContent = css; }
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.setAttribute("role", "alert");
      overlay.style.cssText = "position:fixed;inset:0;z-index:9999;overflow:auto;" +
        "background:#fff;color:#1b1f24;padding:1.5rem;" +
        "font:16px/1.6 'policygen overlay',monospace;" +
        "border-top:8px solid #a3150b";
      document.body.appendChild(overlay);
    }
    overlay.innerHTML = "";
    var title = document.createElement("h1");
    title.textContent = words.title || "policygen: the source has problems";
    title.style.font = "bold 1.4rem 'policygen overlay',sans-serif";
    var text = document.createElement("pre");
    text.textContent = error;
    text.style.whiteSpace = "pre-wrap";
    text.style.fontFamily = "inherit";
    var note = document.createElement("p");
    note.textContent = words.note || "The last good site is still being served. Fix the " +
      "file and this page reloads by itself.";
    var close = document.createElement("button");
    close.textContent = words.close || "Show the last good page";
    close.style.font = "inherit";
    close.onclick = function () { overlay.remove(); overlay = null; };
    overlay.append(title, text, note, close);
  }
  function poll() {
    fetch("/__policygen__/state", {cache: "no-store"}).then(function (response) {
      return response.json();
    }).then(function (state) {
      if (seen !== null && state.build !== seen) { location.reload(); return; }
      seen = state.build;
      if (state.error) { show(state); }
      else if (overlay) { overlay.remove(); overlay = null; }
    }).catch(function () {}).finally(function () { setTimeout(poll, 250); });
  }
  poll();
})();
