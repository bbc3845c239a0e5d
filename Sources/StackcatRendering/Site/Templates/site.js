{{{marker}}}
// The index's search and filters, over search.js (window.stackcatSearch). The ranking is
// `stackcat search`'s, step for step (Search.Fields.tier): an exact id or alias first, then a word in
// the name or an id, then in a tag, then in the summary or description; ties by id. Every word must
// match. The entries' fields were folded by stackcat; the query is folded here the same way (case,
// accents, full-width forms). The query and the filters live in the address (?q=...&category=...),
// so a search survives a reload and can be shared. Without JavaScript the form stays hidden and the
// tiles show; graphs are drawn fitted to the page width.
(function () {
  "use strict";
  // Graphs: a button switches between fitted to the width and Graphviz's own size (scrolled).
  Array.prototype.forEach.call(document.querySelectorAll(".graph-svg"), function (frame) {
    var caption = frame.parentNode.querySelector("figcaption");
    if (!caption) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Full size";
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var full = frame.classList.toggle("full");
      button.setAttribute("aria-pressed", full ? "true" : "false");
    });
    caption.appendChild(button);
  });

  var form = document.getElementById("filters");
  var entries = window.stackcatSearch;
  if (!form || !entries) { return; }
  var FOLD = {{{foldTable}}};
  var MARK = /[\p{Mn}\p{Me}]/u;

  function fold(text) {
    var out = "";
    for (var ch of text.toLowerCase()) {
      var code = ch.codePointAt(0);
      if (code < 0x80) { out += ch; }
      else if (Object.prototype.hasOwnProperty.call(FOLD, ch)) { out += FOLD[ch]; }
      else if (code >= 0xFF01 && code <= 0xFF5E) { out += String.fromCharCode(code - 0xFEE0).toLowerCase(); }
      else if (!MARK.test(ch)) { out += ch; }
    }
    return out;
  }

  // Search.Fields.tier(of:): 0 an exact id or alias, 1 in the name or an id, 2 in a tag, 3 in the text.
  function wordTier(entry, word) {
    if (entry.i.indexOf(word) >= 0) { return 0; }
    if (entry.n.indexOf(word) >= 0 || entry.i.some(function (id) { return id.indexOf(word) >= 0; })) { return 1; }
    if (entry.g.some(function (tag) { return tag.indexOf(word) >= 0; })) { return 2; }
    if (entry.x.indexOf(word) >= 0) { return 3; }
    return -1;
  }

  // Search.Fields.tier(whole:words:): the whole query as an id or alias, else the worst word's tier,
  // never better than a name match.
  function tier(entry, whole, words) {
    if (entry.i.indexOf(whole) >= 0) { return 0; }
    var worst = 0;
    for (var w = 0; w < words.length; w++) {
      var t = wordTier(entry, words[w]);
      if (t < 0) { return -1; }
      if (t > worst) { worst = t; }
    }
    return Math.max(worst, 1);
  }

  var KINDS = { tool: "tools/", stack: "stacks/", team: "teams/", category: "categories/" };
  var ORDER = { tool: 0, stack: 1, team: 2, category: 3 };
  var query = document.getElementById("q");
  var selects = {
    category: document.getElementById("f-category"),
    role: document.getElementById("f-role"),
    lifecycle: document.getElementById("f-lifecycle"),
    stack: document.getElementById("f-stack")
  };
  // The owner filter is there only when the catalog has teams.
  var owner = document.getElementById("f-owner");
  if (owner) { selects.owner = owner; }
  var names = Object.keys(selects);
  var count = document.getElementById("count");
  var results = document.getElementById("results");
  var groups = document.getElementById("groups");
  var toolCount = entries.filter(function (e) { return e.k === "tool"; }).length;

  function passes(entry, filters) {
    if (entry.k !== "tool") { return filters.length === 0; }
    for (var f = 0; f < filters.length; f++) {
      var name = filters[f][0], value = filters[f][1];
      if (name === "category" && entry.c.indexOf(value) < 0) { return false; }
      if (name === "role" && entry.r.indexOf(value) < 0) { return false; }
      if (name === "lifecycle" && entry.l !== value) { return false; }
      if (name === "stack" && entry.st.indexOf(value) < 0) { return false; }
      if (name === "owner" && entry.o !== value) { return false; }
    }
    return true;
  }

  function item(entry) {
    var li = document.createElement("li");
    li.className = "result result-" + entry.k;
    li.setAttribute("data-id", entry.id);
    li.setAttribute("data-kind", entry.k);
    var link = document.createElement("a");
    link.href = KINDS[entry.k] + encodeURIComponent(entry.id) + ".html";
    link.textContent = entry.name;
    li.appendChild(link);
    if (entry.k !== "tool") {
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = entry.k;
      li.appendChild(kind);
    }
    (entry.rg || []).forEach(function (ring) {
      var badge = document.createElement("span");
      badge.className = "ring ring-" + ring;
      badge.textContent = ring;
      li.appendChild(badge);
    });
    if (entry.s) {
      var summary = document.createElement("span");
      summary.className = "result-summary";
      summary.textContent = entry.s;
      li.appendChild(summary);
    }
    return li;
  }

  // The address holds the state: ?q=...&category=... (#name=value, as older links have it, is read too).
  function stateFromAddress() {
    var pairs = [];
    new URLSearchParams(window.location.search).forEach(function (value, name) { pairs.push([name, value]); });
    window.location.hash.replace(/^#/, "").split("&").forEach(function (pair) {
      var at = pair.indexOf("=");
      if (at > 0) {
        try { pairs.push([decodeURIComponent(pair.slice(0, at)), decodeURIComponent(pair.slice(at + 1))]); } catch (e) { /* not ours */ }
      }
    });
    pairs.forEach(function (pair) {
      if (pair[0] === "q") { query.value = pair[1]; }
      else if (Object.prototype.hasOwnProperty.call(selects, pair[0])) { selects[pair[0]].value = pair[1]; }
    });
  }

  function saveToAddress() {
    var params = new URLSearchParams();
    if (query.value) { params.set("q", query.value); }
    names.forEach(function (name) { if (selects[name].value) { params.set(name, selects[name].value); } });
    var search = params.toString();
    var url = window.location.pathname + (search ? "?" + search : "");
    if (url === window.location.pathname + window.location.search && !/=/.test(window.location.hash)) { return; }
    try { window.history.replaceState(null, "", url + (/=/.test(window.location.hash) ? "" : window.location.hash)); } catch (e) { /* a browser that refuses: the state stays on the page */ }
  }

  var timer = 0, shownState = null;
  function apply() {
    var whole = fold(query.value).trim();
    var words = whole.split(/\s+/).filter(function (word) { return word.length > 0; });
    var filters = names.filter(function (name) { return selects[name].value; }).map(function (name) { return [name, selects[name].value]; });
    // The same search again (a change event after the input events, as the box loses focus to a
    // click on a result) keeps the list: rebuilding it would take the clicked link away.
    var state = JSON.stringify([words, filters]);
    if (state === shownState) { return; }
    shownState = state;
    if (words.length === 0 && filters.length === 0) {
      results.hidden = true;
      results.textContent = "";
      groups.hidden = false;
      count.textContent = toolCount + " tools";
      return;
    }
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      if (words.length === 0 && entry.k !== "tool") { continue; }
      if (!passes(entry, filters)) { continue; }
      var t = words.length ? tier(entry, whole, words) : 0;
      if (t >= 0) { hits.push({ entry: entry, tier: t }); }
    }
    hits.sort(function (a, b) {
      if (a.tier !== b.tier) { return a.tier - b.tier; }
      if (a.entry.id !== b.entry.id) { return a.entry.id < b.entry.id ? -1 : 1; }
      return ORDER[a.entry.k] - ORDER[b.entry.k];
    });
    var fragment = document.createDocumentFragment();
    hits.forEach(function (hit) { fragment.appendChild(item(hit.entry)); });
    results.textContent = "";
    results.appendChild(fragment);
    results.hidden = false;
    groups.hidden = true;
    var tools = hits.filter(function (hit) { return hit.entry.k === "tool"; }).length;
    var others = hits.length - tools;
    count.textContent = tools + " of " + toolCount + " tools"
      + (others ? " and " + others + (others === 1 ? " other match" : " other matches") : "")
      + (hits.length === 0 ? ": none matches" : "");
  }

  function update() {
    apply();
    window.clearTimeout(timer);
    timer = window.setTimeout(saveToAddress, 150);
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  window.addEventListener("hashchange", function () { stateFromAddress(); apply(); });
  stateFromAddress();
  apply();
})();
