/* ropa: make the table after a <div class="ropa-table"> sortable (click a header) and filterable.
   Local code only; nothing is loaded from another host. */
(function () {
  "use strict";
  function text(cell) { return (cell.textContent || "").trim().toLowerCase(); }
  function enhance(marker) {
    var next = marker.nextElementSibling;
    var table = next && (next.tagName === "TABLE" ? next : next.querySelector("table"));
    if (!table || table.dataset.ropa) { return; }
    table.dataset.ropa = "1";
    var body = table.tBodies[0];
    var input = document.createElement("input");
    input.type = "search";
    input.className = "ropa-filter";
    input.placeholder = marker.getAttribute("data-filter") || "Filter";
    input.setAttribute("aria-label", input.placeholder);
    marker.appendChild(input);
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      Array.prototype.forEach.call(body.rows, function (row) {
        var content = text(row);
        row.hidden = !words.every(function (w) { return content.indexOf(w) !== -1; });
      });
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.classList.add("ropa-sortable");
      th.tabIndex = 0;
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = text(a.cells[column]), y = text(b.cells[column]);
          return (ascending ? 1 : -1) * x.localeCompare(y, undefined, { numeric: true });
        });
        rows.forEach(function (row) { body.appendChild(row); });
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
    });
  }
  function init() { Array.prototype.forEach.call(document.querySelectorAll(".ropa-table"), enhance); }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(init); } else { document.addEventListener("DOMContentLoaded", init); }
})();
