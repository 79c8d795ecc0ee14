// Annotating where the text is: selecting words inside a quote (an element with
// data-annotate: the quote in its paragraph on the quote's page, each quotation on the
// article's page) shows an "Annotate" button beside the selection. Pressing it fills
// the note form with the words and the W3C selectors (position in the quote's text,
// exact words, prefix, suffix) and moves focus to the note. Signed out, the button
// leads to the sign-in page. Without this script readers type the words in the form
// on the quote's page, and the server finds them.
//
// data-offset is where the element's text starts in the quote's own text (negative
// over an opening quotation mark) and data-length the quote's length, so offsets
// count in the quote's text exactly as the server does.
(function () {
  "use strict";
  var CONTEXT = 32;
  var form = document.getElementById("annotation-form");
  var panel = document.getElementById("annotate-panel");
  var signIn = document.querySelector("[data-sign-in]");
  if (!document.querySelector("[data-annotate]") || (!form && !signIn)) {
    return;
  }
  var field = function (name) {
    return document.getElementById("annotation-" + name);
  };
  var button = document.createElement("button");
  button.type = "button";
  button.className = "annotate-button";
  button.textContent = form ? "Annotate" : "Sign in to annotate";
  button.hidden = true;
  var chosen = null;

  function host(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    return element ? element.closest("[data-annotate]") : null;
  }

  function offsetIn(element, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(element);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  // The selected words as a selector of the quote's text, or null.
  function selected() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var element = host(range.startContainer);
    if (!element || element !== host(range.endContainer)) {
      return null;
    }
    var text = element.textContent;
    var shift = Number(element.dataset.offset);
    var first = Math.max(0, -shift);
    var last = Math.min(text.length, Number(element.dataset.length) - shift);
    var from = Math.max(offsetIn(element, range.startContainer, range.startOffset), first);
    var to = Math.min(offsetIn(element, range.endContainer, range.endOffset), last);
    while (from < to && /\s/.test(text.charAt(from))) from += 1;
    while (to > from && /\s/.test(text.charAt(to - 1))) to -= 1;
    if (to <= from) {
      return null;
    }
    return {
      element: element,
      quote: element.dataset.quote,
      exact: text.slice(from, to),
      start: from + shift,
      end: to + shift,
      prefix: text.slice(Math.max(first, from - CONTEXT), from),
      suffix: text.slice(to, Math.min(last, to + CONTEXT)),
      rect: range.getBoundingClientRect(),
    };
  }

  function update() {
    chosen = selected();
    if (!chosen) {
      button.hidden = true;
      return;
    }
    // Right after the quote in the document, so Tab reaches it next; placed under the
    // selection (CSSOM positions are allowed by the page's style policy).
    if (button.previousElementSibling !== chosen.element) {
      chosen.element.insertAdjacentElement("afterend", button);
    }
    button.hidden = false;
    button.style.top = Math.round(chosen.rect.bottom + window.scrollY + 6) + "px";
    button.style.left = Math.round(chosen.rect.left + window.scrollX) + "px";
  }

  function annotate() {
    if (!chosen) {
      return;
    }
    if (!form) {
      window.location.href = signIn.dataset.signIn;
      return;
    }
    var template = form.dataset.actionTemplate;
    if (template) {
      form.action = template.replace("/0/", "/" + chosen.quote + "/");
    }
    ["exact", "start", "end", "prefix", "suffix"].forEach(function (name) {
      field(name).value = String(chosen[name]);
    });
    if (field("words")) {
      field("words").textContent = chosen.exact;
    }
    if (panel) {
      panel.hidden = false;
    }
    button.hidden = true;
    field("body").focus();
  }

  // Keep the selection when the button is pressed with the mouse.
  button.addEventListener("mousedown", function (event) {
    event.preventDefault();
  });
  button.addEventListener("click", annotate);
  document.addEventListener("mouseup", function () {
    window.setTimeout(update, 0);
  });
  document.addEventListener("keyup", function (event) {
    if (event.target !== button) {
      update();
    }
  });

  // A highlight leads to its notes.
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("mark.annotation-highlight");
    var selection = window.getSelection();
    if (!mark || (selection && !selection.isCollapsed)) {
      return;
    }
    var note = document.getElementById("annotation-" + mark.dataset.annotations.split(" ")[0]);
    if (note) {
      note.focus();
    }
  });

  if (panel) {
    panel.querySelector("[data-close-panel]").addEventListener("click", function () {
      panel.hidden = true;
    });
  }
  // Typing the words by hand (the quote's page): the server finds them.
  if (field("exact") && field("exact").type !== "hidden") {
    field("exact").addEventListener("input", function () {
      ["start", "end", "prefix", "suffix"].forEach(function (name) {
        field(name).value = "";
      });
    });
  }
})();
