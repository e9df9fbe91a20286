/* ropa, both sites. A table wider than its column can be scrolled sideways. Such a scrolling box is
   made a labelled region that the keyboard can reach (arrow keys then scroll it), and a line above it
   says that it scrolls. Boxes that fit get neither. The words come from the page (<meta
   name="ropa-scroll-hint">), in the page's language. The navigation drawer's button is reached by the keyboard. Local code only;
   nothing is stored. */
(function () {
  "use strict";
  function heading(element) {
    for (var node = element.previousElementSibling; node; node = node.previousElementSibling) {
      if (/^H[1-6]$/.test(node.tagName)) { return (node.textContent || "").replace(/\u00b6/g, "").trim(); }
    }
    return "";
  }
  function mark() {
    var meta = document.querySelector('meta[name="ropa-scroll-hint"]');
    var hint = meta ? meta.getAttribute("content") : "";
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      var note = box.previousElementSibling;
      var noted = note && note.classList.contains("ropa-scroll-hint");
      box.classList.toggle("ropa-scrolls", scrolls);
      if (scrolls) {
        box.tabIndex = 0;
        box.setAttribute("role", "region");
        var name = heading(box);
        box.setAttribute("aria-label", name ? name + ": " + hint : hint);
        if (!noted && hint) {
          note = document.createElement("p");
          note.className = "ropa-scroll-hint";
          note.textContent = hint;
          box.parentNode.insertBefore(note, box);
        }
      } else {
        box.removeAttribute("tabindex");
        box.removeAttribute("role");
        box.removeAttribute("aria-label");
        if (noted) { note.parentNode.removeChild(note); }
      }
    });
  }
  // Material opens its navigation drawer (narrow screens, or a page zoomed in) with a <label>, which the
  // keyboard cannot reach; make it a button that says whether the drawer is open.
  function drawer() {
    var toggle = document.getElementById("__drawer");
    var nav = document.querySelector(".md-nav--primary");
    Array.prototype.forEach.call(document.querySelectorAll('label.md-header__button[for="__drawer"]'), function (label) {
      if (!toggle || label.hasAttribute("role")) { return; }
      label.setAttribute("role", "button");
      label.tabIndex = 0;
      if (nav && nav.getAttribute("aria-label")) { label.setAttribute("aria-label", nav.getAttribute("aria-label")); }
      var state = function () { label.setAttribute("aria-expanded", toggle.checked ? "true" : "false"); };
      state();
      toggle.addEventListener("change", state);
      document.addEventListener("keydown", function (event) {  // Escape closes it and returns to the button
        if (event.key === "Escape" && toggle.checked) {
          toggle.checked = false;
          toggle.dispatchEvent(new Event("change", { bubbles: true }));
          label.focus();
        }
      });
      label.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" && event.key !== " ") { return; }
        event.preventDefault();
        event.stopPropagation();
        toggle.checked = !toggle.checked;
        toggle.dispatchEvent(new Event("change", { bubbles: true }));
      });
    });
  }
  function init() { drawer(); mark(); }
  var pending = null;
  function later() { clearTimeout(pending); pending = setTimeout(mark, 150); }
  if (window.document$ && window.document$.subscribe) { window.document$.subscribe(init); } else { document.addEventListener("DOMContentLoaded", init); }
  window.addEventListener("resize", later);
  window.addEventListener("load", mark);
})();
