/* policygen serve only: reload the page after each rebuild, or show what went wrong.
   The server holds a request with ?since=BUILD until a newer build is out (a long poll), so the
   page reloads the moment its rebuild is published. A hidden tab asks once a second instead,
   holding no connection open (a browser opens only six to one server), and at once when shown. */
(function () {
  var script = document.currentScript;
  var served = script && script.dataset.build ? Number(script.dataset.build) : null;
  var seen = null, overlay = null, request = null, timer = null;
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
  function ask() {
    clearTimeout(timer);
    if (request) { request.abort(); }
    var controller = request = new AbortController();
    var waiting = seen !== null && !document.hidden;
    function next(ms) {
      if (request === controller) { request = null; timer = setTimeout(ask, ms); }
    }
    fetch("/__policygen__/state" + (waiting ? "?since=" + seen : ""),
          {cache: "no-store", signal: controller.signal}).then(function (response) {
      return response.json();
    }).then(function (state) {
      var known = seen === null ? served : seen;  // the build this page was served from
      if (known !== null && state.build !== known) { location.reload(); return; }
      seen = state.build;
      if (state.error) { show(state); }
      else if (overlay) { overlay.remove(); overlay = null; }
      next(document.hidden ? 1000 : 0);
    }, function () {
      if (!controller.signal.aborted) { next(500); }  // not serving now: ask again soon
    });
  }
  document.addEventListener("visibilitychange", ask);
  window.addEventListener("pageshow", function (event) { if (event.persisted) { ask(); } });
  ask();
})();
