// kaohe serve: sends each chosen file as the body of its own request (its
// name in a header), then submits the form; sorts the 汇总 table.
"use strict";
async function send(url, file) {
  const r = await fetch(url, {
    method: "POST",
    headers: { "X-Kaohe-Name": encodeURIComponent(file.name) },
    body: file,
  });
  if (!r.ok) {
    const page = await r.text();
    document.open();
    document.write(page);
    document.close();
    throw new Error("refused");
  }
}
const month = document.getElementById("month");
if (month) {
  month.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const job = month.dataset.job;
    const files = document.getElementById("files").files;
    const rubric = document.getElementById("rubric").files;
    const status = document.getElementById("status");
    if (files.length === 0) {
      status.textContent = month.dataset.none;
      return;
    }
    status.textContent = month.dataset.sending;
    await fetch("/job/" + job + "/reset", { method: "POST" });
    if (rubric.length > 0) {
      // A rubric file of one's own wins over the ready one selected.
      await send("/job/" + job + "/rubric", rubric[0]);
      document.getElementById("ready").value = "";
    }
    for (const f of files) {
      await send("/job/" + job + "/input", f);
    }
    month.submit();
  });
}
const against = document.getElementById("against-form");
if (against) {
  against.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const job = against.dataset.job;
    const file = document.getElementById("against").files;
    if (file.length === 0) return;
    await send("/job/" + job + "/against", file[0]);
    window.location.href = "/job/" + job + "/diff";
  });
}
for (const table of document.querySelectorAll("table.sortable")) {
  table.querySelectorAll("th").forEach((th, col) => {
    th.addEventListener("click", () => {
      const body = table.tBodies[0];
      const rows = Array.from(body.rows);
      const value = (row) => row.cells[col].dataset.sort ?? row.cells[col].textContent.trim();
      const numeric = rows.every((r) => value(r) === "" || !isNaN(Number(value(r))));
      const down = th.dataset.dir !== "down";
      table.querySelectorAll("th").forEach((h) => delete h.dataset.dir);
      th.dataset.dir = down ? "down" : "up";
      rows.sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const c = numeric ? Number(x) - Number(y) : x.localeCompare(y, document.documentElement.lang);
        return down ? -c : c;
      });
      rows.forEach((r) => body.appendChild(r));
    });
  });
}
