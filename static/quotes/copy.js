// "Copy link" and "Copy citation": buttons with data-copy="ID" copy that element's
// value (an input) or text. They stay hidden where the clipboard cannot be written;
// the link and the citation are on the page to select either way.
(function () {
  "use strict";
  if (!navigator.clipboard || !window.isSecureContext) {
    return;
  }
  var status = document.getElementById("copy-status");
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.dataset.copy);
      var text = "value" in source ? source.value : source.textContent.trim();
      navigator.clipboard.writeText(text).then(
        function () {
          if (status) status.textContent = "Copied to the clipboard.";
          button.textContent = "Copied";
        },
        function () {
          if (status) status.textContent = "Copying failed: select the text and copy it.";
        }
      );
    });
  });
})();
