// 绩效自评工作台: clicking a finding highlights the figures it compares and scrolls to the first of them.
// The pages work without this script; it only adds the highlighting.
"use strict";

document.addEventListener("click", (event) => {
  const button = event.target instanceof Element ? event.target.closest(".jx-show") : null;
  if (!button) {
    return;
  }

  const finding = button.closest(".jx-finding");
  const keys = (finding?.dataset.locs ?? "").split(" ").filter((key) => key.length > 0);
  document.querySelectorAll(".jx-hit").forEach((cell) => cell.classList.remove("jx-hit"));
  document.querySelectorAll(".jx-finding.jx-active").forEach((item) => item.classList.remove("jx-active"));
  finding?.classList.add("jx-active");
  const cells = keys.flatMap((key) => Array.from(document.querySelectorAll(`[data-loc="${key}"]`)));
  cells.forEach((cell) => cell.classList.add("jx-hit"));
  if (cells.length > 0) {
    cells[0].scrollIntoView({ behavior: "smooth", block: "center" });
  }
});
