// OpenEip console: the little JavaScript it uses. Everything works without it, only less smoothly.
(function () {
  "use strict";

  // Regions of a page marked data-refresh follow resources in a transitional state (Associating,
  // Unassociating, Pending, ...) without a reload: while such a region holds an element marked
  // data-transitional="true", the page is fetched again each second and the region replaced by its new
  // content. (Razor always writes data-* attributes, even for a null value, hence "true"/"false".)
  const intervalMs = 1000;

  function schedule(region) {
    if (!region.querySelector('[data-transitional="true"]')) return;
    setTimeout(() => refresh(region.id), intervalMs);
  }

  async function refresh(id) {
    const current = document.getElementById(id);
    if (!current) return;
    try {
      const response = await fetch(window.location.href, { headers: { "Accept": "text/html" }, credentials: "same-origin" });
      if (!response.ok) { setTimeout(() => refresh(id), intervalMs * 3); return; }
      const doc = new DOMParser().parseFromString(await response.text(), "text/html");
      const fresh = doc.getElementById(id);
      if (!fresh) return;
      // Keep the keyboard focus where it was when the element still exists.
      const focusedId = document.activeElement && document.activeElement.id;
      current.replaceWith(fresh);
      if (focusedId) { const again = document.getElementById(focusedId); if (again) again.focus(); }
      schedule(fresh);
    } catch (e) {
      setTimeout(() => refresh(id), intervalMs * 3);
    }
  }

  // Selects marked data-autosubmit submit their form when changed (the region and language pickers);
  // their forms keep a submit button for keyboards and for browsers without JavaScript.
  function wireAutosubmit() {
    document.querySelectorAll("select[data-autosubmit]").forEach(select => {
      select.addEventListener("change", () => select.form && select.form.requestSubmit());
    });
  }

  // "Select all" checkboxes: data-select-all names the checkboxes (by name) they toggle.
  function wireSelectAll() {
    document.querySelectorAll("input[data-select-all]").forEach(box => {
      box.addEventListener("change", () => {
        document.querySelectorAll(`input[type=checkbox][name="${box.dataset.selectAll}"]:not(:disabled)`)
          .forEach(other => { other.checked = box.checked; });
      });
    });
  }

  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-refresh]").forEach(schedule);
    wireAutosubmit();
    wireSelectAll();
  });
})();
