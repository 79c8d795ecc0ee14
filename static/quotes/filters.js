// The search page's "Filter" panel is a <details>: closed on a phone, where it sits
// above the results, and open beside them on a wider screen (CSS shows it open there
// too where the browser styles ::details-content; this covers the others).
(function () {
  "use strict";
  var panel = document.getElementById("filters");
  if (!panel || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 48.01rem)");
  function sync() {
    if (wide.matches) {
      panel.open = true;
    }
  }
  sync();
  wide.addEventListener("change", sync);
})();
