// While a question's subject is typed, lists help articles that may already answer it.
// Without this script the form works the same; the help search is one link away.
(() => {
  "use strict";
  const input = document.querySelector("input[data-suggest]");
  if (!input || !window.fetch) return;
  const target = document.getElementById(input.dataset.suggestTarget);
  let timer;
  let last = "";
  const show = articles => {
    target.replaceChildren();
    if (articles.length === 0) return;
    const title = document.createElement("p");
    title.className = "small fw-semibold mb-1";
    title.textContent = target.dataset.suggestTitle;
    const list = document.createElement("ul");
    list.className = "small mb-0";
    for (const a of articles) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = a.url;
      link.target = "_blank";
      link.textContent = a.title;
      item.append(link);
      list.append(item);
    }
    target.append(title, list);
  };
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const q = input.value.trim();
      if (q === last) return;
      last = q;
      if (q.length < 3) { show([]); return; }
      try {
        const response = await fetch(`${input.dataset.suggest}?take=5&q=${encodeURIComponent(q)}`, { headers: { Accept: "application/json" } });
        if (response.ok) show(await response.json());
      } catch { /* offline: no suggestions, the form still works */ }
    }, 350);
  });
})();
