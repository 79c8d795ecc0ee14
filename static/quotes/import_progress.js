// Live progress of article imports in the admin: polls the jobs' progress (JSON) every
// second while any is unfinished, and updates the page in place, without a reload.
// Loaded in the admin's <head> (a ModelAdmin's Media): it starts once the page is parsed.
document.addEventListener("DOMContentLoaded", function () {
  "use strict";
  var container = document.querySelector("[data-progress-url]");
  if (!container) {
    return;
  }
  var url = container.getAttribute("data-progress-url");

  function jobs() {
    var found = container.hasAttribute("data-job") ? [container] : [];
    return found.concat(Array.prototype.slice.call(container.querySelectorAll("[data-job]")));
  }

  function unfinished() {
    return jobs().filter(function (element) {
      return element.getAttribute("data-finished") !== "true";
    });
  }

  function show(element, job) {
    element.querySelectorAll("[data-field]").forEach(function (field) {
      var value = job[field.getAttribute("data-field")];
      field.textContent = value === undefined || value === null ? "" : String(value);
      if (field.hasAttribute("hidden") && value) {
        field.removeAttribute("hidden");
      }
    });
    var bar = element.querySelector("progress");
    if (bar) {
      bar.max = Math.max(job.articles_found, 1);
      bar.value = job.articles_done;
    }
    var errors = element.querySelector(".import-errors");
    if (errors) {
      errors.replaceChildren.apply(
        errors,
        job.errors.map(function (line) {
          var item = document.createElement("li");
          item.textContent = line; // text, never HTML: file names come from outside
          return item;
        })
      );
    }
    if (job.finished) {
      element.setAttribute("data-finished", "true");
      element.querySelectorAll("[data-link]").forEach(function (link) {
        link.setAttribute("href", job[link.getAttribute("data-link")]);
      });
      var summary = element.querySelector(".import-summary");
      if (summary) {
        summary.removeAttribute("hidden");
      }
    }
  }

  function poll() {
    var waiting = unfinished();
    if (!waiting.length) {
      return;
    }
    var query = waiting
      .map(function (element) {
        return "id=" + encodeURIComponent(element.getAttribute("data-job"));
      })
      .join("&");
    fetch(url + "?" + query, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        data.jobs.forEach(function (job) {
          waiting.forEach(function (element) {
            if (element.getAttribute("data-job") === String(job.id)) {
              show(element, job);
            }
          });
        });
        window.setTimeout(poll, 1000);
      })
      .catch(function () {
        window.setTimeout(poll, 2000); // the server restarting: try again, more slowly
      });
  }

  poll();
});
