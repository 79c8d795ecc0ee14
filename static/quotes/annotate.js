// Progressive enhancement for the annotation form: selecting words in the quote
// fills the form's hidden position and context fields. Without this script the
// reader types the words and the server finds them.
(function () {
  "use strict";
  var CONTEXT = 32;
  var text = document.querySelector("[data-annotatable]");
  var form = document.getElementById("annotation-form");
  if (!text || !form) {
    return;
  }
  var field = function (name) {
    return document.getElementById("annotation-" + name);
  };
  var full = text.textContent;

  // Characters of the quote's text before (node, offset), counting text nodes only,
  // as the server does: highlights are <mark> elements around the same text.
  function offsetOf(node, offset) {
    var range = document.createRange();
    range.selectNodeContents(text);
    range.setEnd(node, offset);
    return range.toString().length;
  }

  function clearPosition() {
    ["start", "end", "prefix", "suffix"].forEach(function (name) {
      field(name).value = "";
    });
  }

  function capture() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      return;
    }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.commonAncestorContainer)) {
      return;
    }
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    if (end <= start) {
      return;
    }
    field("exact").value = full.slice(start, end);
    field("start").value = String(start);
    field("end").value = String(end);
    field("prefix").value = full.slice(Math.max(0, start - CONTEXT), start);
    field("suffix").value = full.slice(end, end + CONTEXT);
    text.classList.add("has-selection");
  }

  text.addEventListener("mouseup", capture);
  text.addEventListener("keyup", capture);
  document.addEventListener("selectionchange", function () {
    var selection = window.getSelection();
    if (selection && !selection.isCollapsed && text.contains(selection.anchorNode)) {
      capture();
    }
  });
  // Typing the words by hand: the server finds them, so drop a stale position.
  field("exact").addEventListener("input", clearPosition);
})();
