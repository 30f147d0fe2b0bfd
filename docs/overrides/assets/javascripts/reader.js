/*
 * The reader's site (issue 17): what Material leaves to fix for readers, loaded by docs/overrides/main.html
 * after the page and before Material's own script. The theme's files stay untouched.
 *
 * - Search that forgives: Material is pointed at workers/forgiving-search.js, which runs Material's search
 *   worker with a query that forgives one slip per word and any accent (see that file). Not under file://,
 *   where Material runs its worker in an iframe.
 * - The search dialog gets a name: Material gives it role="dialog" and no name, so screen readers announce
 *   "dialog" and nothing more.
 * - The menu button of phones and tablets is a <label> for a hidden checkbox, which no keyboard reaches: it
 *   becomes a button that Tab reaches and Enter or Space opens (reader.css hides the closed drawer's links).
 *
 * The words come from the script element's data-search and data-menu attributes (the theme's translations).
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script) return;

  var config = document.getElementById("__config");
  if (config && location.protocol !== "file:") {
    try {
      var value = JSON.parse(config.textContent);
      if (value.search) {
        var wrapper = new URL("workers/forgiving-search.js", script.src);
        wrapper.searchParams.set("worker", new URL(value.search, location.href).href);
        value.search = wrapper.href;
        config.textContent = JSON.stringify(value);
      }
    } catch (err) {
      /* Material's search, as it is */
    }
  }

  document.querySelectorAll('.md-search[role="dialog"]').forEach(function (dialog) {
    if (script.dataset.search) dialog.setAttribute("aria-label", script.dataset.search);
  });

  var drawer = document.getElementById("__drawer");
  document.querySelectorAll('.md-header label.md-header__button[for="__drawer"]').forEach(function (label) {
    function expanded() {
      label.setAttribute("aria-expanded", drawer && drawer.checked ? "true" : "false");
    }
    label.tabIndex = 0;
    label.setAttribute("role", "button");
    if (script.dataset.menu) label.setAttribute("aria-label", script.dataset.menu);
    expanded();
    label.addEventListener("focus", expanded);
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return;
      event.preventDefault();
      label.click();
      expanded();
    });
  });
})();
