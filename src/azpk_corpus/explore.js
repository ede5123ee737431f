// azpk-corpus explorer: keyboard reading of timeline marks, lane highlighting and the claims filter.
// The page is complete without this script; it only adds behaviour.
(function () {
  "use strict";
  var detail = document.getElementById("mark-detail");
  var marks = Array.prototype.slice.call(document.querySelectorAll("svg.timeline .mark"));
  function show(mark) {
    marks.forEach(function (m) {
      m.classList.toggle("active", m === mark);
      m.classList.toggle("dim", m.getAttribute("data-article") !== mark.getAttribute("data-article"));
    });
    detail.textContent = mark.getAttribute("aria-label");
  }
  function clear() {
    marks.forEach(function (m) { m.classList.remove("active", "dim"); });
  }
  marks.forEach(function (mark, i) {
    mark.addEventListener("focus", function () { show(mark); });
    mark.addEventListener("mouseenter", function () { show(mark); });
    mark.addEventListener("mouseleave", clear);
    mark.addEventListener("blur", clear);
    mark.addEventListener("keydown", function (event) {
      var step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step) {
        event.preventDefault();
        marks[(i + step + marks.length) % marks.length].focus();
      } else if (event.key === "Enter") {
        var target = document.getElementById(mark.getAttribute("data-fact"));
        if (target) { location.hash = target.id; }
      }
    });
  });
  var filter = document.getElementById("claim-filter");
  if (filter) {
    filter.addEventListener("change", function () {
      document.querySelectorAll("li.claim").forEach(function (li) {
        li.classList.toggle("hidden", filter.value !== "all" && li.getAttribute("data-label") !== filter.value);
      });
    });
  }
  document.body.setAttribute("data-ready", String(marks.length));
})();
