{{{marker}}}
// Filters the tool cards of index.html as you type. Each card carries its search key, folded by
// stackcat like `stackcat search` folds text (case, accents, full-width forms); the query is folded
// the same way here. Without JavaScript the filters stay hidden and every card shows, and graphs
// are drawn fitted to the page width.
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
  if (!form) { return; }
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

  var cards = Array.prototype.slice.call(document.querySelectorAll("#cards > .card"));
  var keys = cards.map(function (card) {
    return {
      search: card.getAttribute("data-search") || "",
      category: " " + (card.getAttribute("data-categories") || "") + " ",
      role: " " + (card.getAttribute("data-roles") || "") + " ",
      lifecycle: card.getAttribute("data-lifecycle") || "",
      stack: " " + (card.getAttribute("data-stacks") || "") + " ",
      owner: card.getAttribute("data-owner") || ""
    };
  });
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
  var count = document.getElementById("count");

  function apply() {
    var words = fold(query.value).split(/\s+/).filter(function (word) { return word.length > 0; });
    var category = selects.category.value, role = selects.role.value;
    var lifecycle = selects.lifecycle.value, stack = selects.stack.value;
    var team = selects.owner ? selects.owner.value : "";
    var shown = 0;
    for (var i = 0; i < cards.length; i++) {
      var key = keys[i];
      var match = (!category || key.category.indexOf(" " + category + " ") >= 0) &&
        (!role || key.role.indexOf(" " + role + " ") >= 0) &&
        (!lifecycle || key.lifecycle === lifecycle) &&
        (!stack || key.stack.indexOf(" " + stack + " ") >= 0) &&
        (!team || key.owner === team) &&
        words.every(function (word) { return key.search.indexOf(word) >= 0; });
      cards[i].hidden = !match;
      if (match) { shown++; }
    }
    count.textContent = shown === cards.length ? cards.length + " tools"
      : shown + " of " + cards.length + " tools" + (shown === 0 ? ": none matches" : "");
  }

  // index.html#role=canary-release (the role links of the tool pages) opens with that filter set;
  // #owner=team-id likewise.
  function fromHash() {
    var hash = window.location.hash.replace(/^#/, "");
    hash.split("&").forEach(function (pair) {
      var parts = pair.split("=");
      var name = decodeURIComponent(parts[0] || ""), value = decodeURIComponent(parts[1] || "");
      if (name === "q") { query.value = value; }
      else if (Object.prototype.hasOwnProperty.call(selects, name)) { selects[name].value = value; }
    });
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  fromHash();
  apply();
})();
