/* Sort, filter and page the report's tables. Works offline: no library, no network. */
(function () {
  "use strict";
  function cellValue(row, index, numeric) {
    var text = row.cells[index] ? row.cells[index].textContent : "";
    if (numeric) {
      var n = parseFloat(text.replace(/[^0-9.\-]/g, ""));
      return isNaN(n) ? -Infinity : n;
    }
    return text.toLocaleLowerCase();
  }

  function enhance(table) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var rows = Array.prototype.slice.call(body.rows);
    var pageSize = parseInt(table.getAttribute("data-page-size"), 10) || 25;
    var state = { page: 0, query: "", visible: rows };

    var controls = document.createElement("div");
    controls.className = "controls";
    var filter = document.createElement("input");
    filter.type = "search";
    filter.placeholder = "Filter rows…";
    filter.setAttribute("aria-label", "Filter rows");
    var prev = document.createElement("button");
    prev.type = "button"; prev.textContent = "‹ Prev"; prev.className = "prev";
    var next = document.createElement("button");
    next.type = "button"; next.textContent = "Next ›"; next.className = "next";
    var count = document.createElement("span");
    count.className = "count";
    controls.appendChild(filter); controls.appendChild(prev); controls.appendChild(next); controls.appendChild(count);
    var wrap = table.parentNode;
    wrap.parentNode.insertBefore(controls, wrap);

    function render() {
      var pages = Math.max(1, Math.ceil(state.visible.length / pageSize));
      if (state.page >= pages) { state.page = pages - 1; }
      var start = state.page * pageSize, end = start + pageSize;
      var shown = new Set(state.visible.slice(start, end));
      rows.forEach(function (row) { row.hidden = !shown.has(row); });
      state.visible.forEach(function (row) { body.appendChild(row); });
      prev.disabled = state.page === 0;
      next.disabled = state.page >= pages - 1;
      prev.hidden = next.hidden = rows.length <= pageSize;
      count.textContent = state.visible.length + " of " + rows.length + " rows · page " +
        (state.page + 1) + " of " + pages;
    }

    filter.addEventListener("input", function () {
      var q = filter.value.toLocaleLowerCase().trim();
      state.visible = rows.filter(function (row) {
        return !q || row.textContent.toLocaleLowerCase().indexOf(q) !== -1;
      });
      state.page = 0;
      render();
    });
    prev.addEventListener("click", function () { state.page -= 1; render(); });
    next.addEventListener("click", function () { state.page += 1; render(); });

    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.classList.add("sortable");
      th.tabIndex = 0;
      var numeric = th.getAttribute("data-type") === "num";
      function sort() {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(th.parentNode.cells, function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var order = ascending ? 1 : -1;
        state.visible.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          return x < y ? -order : x > y ? order : 0;
        });
        rows.sort(function (a, b) {
          var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
          return x < y ? -order : x > y ? order : 0;
        });
        state.page = 0;
        render();
      }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
    });
    table.setAttribute("data-enhanced", "true");
    render();
  }

  document.querySelectorAll("table.data").forEach(enhance);
  document.body.setAttribute("data-ready", "true");
})();
