/* ropa: make the table after a <div class="ropa-table"> sortable and filterable.
   Sorting: a real button in each column header (Enter and Space), aria-sort on the header, dates sorted by
   their ISO date (<time datetime>). Filtering: a labelled search box, and a live region that says how
   many rows are shown. Local code only; nothing is loaded from another host, nothing is stored. */
(function () {
  "use strict";
  function text(cell) { return (cell.textContent || "").trim().toLowerCase(); }
  function key(cell) {
    var time = cell.querySelector("time[datetime]");
    return time ? time.getAttribute("datetime") : text(cell);
  }
  function enhance(marker) {
    var next = marker.nextElementSibling;
    while (next && next.classList.contains("ropa-scroll-hint")) { next = next.nextElementSibling; }  // access.js
    var table = next && (next.tagName === "TABLE" ? next : next.querySelector("table"));
    if (!table || table.dataset.ropa) { return; }
    table.dataset.ropa = "1";
    var body = table.tBodies[0];
    // On a narrow screen (ropa.css) each row is a card, each cell labelled with its column's name; the
    // roles keep it a table for screen readers, whose browsers drop them when a table is not shown as one.
    var names = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return (th.textContent || "").trim(); });
    table.setAttribute("data-ropa-cards", "");
    table.setAttribute("role", "table");
    Array.prototype.forEach.call(table.rows, function (row) {
      row.setAttribute("role", "row");
      Array.prototype.forEach.call(row.cells, function (cell, column) {
        if (cell.tagName === "TH") { cell.setAttribute("role", "columnheader"); return; }
        cell.setAttribute("role", "cell");
        cell.setAttribute("data-label", names[column] || "");
      });
    });
    Array.prototype.forEach.call(table.querySelectorAll("thead, tbody"), function (group) { group.setAttribute("role", "rowgroup"); });
    var input = document.createElement("input");
    input.type = "search";
    input.className = "ropa-filter";
    input.placeholder = marker.getAttribute("data-filter") || "Filter";
    input.setAttribute("aria-label", input.placeholder);
    marker.appendChild(input);
    var status = document.createElement("p");
    status.className = "ropa-shown";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    marker.appendChild(status);
    var template = marker.getAttribute("data-shown") || "{shown} / {total}";
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(body.rows, function (row) {
        var content = text(row);
        row.hidden = !words.every(function (w) { return content.indexOf(w) !== -1; });
        if (!row.hidden) { shown += 1; }
      });
      status.textContent = words.length ? template.replace("{shown}", shown).replace("{total}", body.rows.length) : "";
    });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "ropa-sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      th.classList.add("ropa-sortable");
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          return (ascending ? 1 : -1) * key(a.cells[column]).localeCompare(key(b.cells[column]), undefined, { numeric: true });
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }
  function init() { Array.prototype.forEach.call(document.querySelectorAll(".ropa-table"), enhance); }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(init); } else { document.addEventListener("DOMContentLoaded", init); }
})();
