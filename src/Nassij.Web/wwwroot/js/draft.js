// Drafts save as you go and survive a lost connection: what is typed is kept in this browser,
// sent to the server a few seconds after the last keystroke, and offered back if it never got there.
// Without this script the form still works: the Save button keeps the draft.
(() => {
  "use strict";
  const form = document.querySelector("form[data-draft]");
  if (!form || !window.localStorage || !window.fetch) return;
  const key = "nassij-draft:" + form.dataset.draft;
  const status = document.querySelector("[data-draft-status]");
  const version = form.querySelector("input[name=Version]");
  const fields = () => [...form.elements].filter(e => e.name && !e.name.startsWith("__") && e.type !== "file" && e.type !== "hidden" && e.type !== "submit");
  const say = text => { if (status) status.textContent = text; };

  const kept = JSON.parse(localStorage.getItem(key) || "null");
  if (kept && kept.version === version.value) {
    for (const e of fields()) {
      if (e.name in kept.values && e.type !== "checkbox" && e.type !== "radio") e.value = kept.values[e.name];
    }
    say(form.dataset.restored);
  } else {
    localStorage.removeItem(key);
  }

  const keep = () => localStorage.setItem(key, JSON.stringify({ version: version.value, values: Object.fromEntries(fields().map(e => [e.name, e.value])) }));
  let timer;
  const send = async () => {
    if (!navigator.onLine) { say(form.dataset.offline); return; }
    const data = new FormData(form);
    for (const e of form.querySelectorAll("input[type=file]")) data.delete(e.name);
    try {
      const response = await fetch(form.dataset.autosave, { method: "POST", body: data, credentials: "same-origin" });
      if (!response.ok) { say(form.dataset.failed); return; }
      version.value = (await response.text()).trim();
      localStorage.removeItem(key);
      say(form.dataset.saved + " " + new Date().toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit" }));
    } catch {
      say(form.dataset.offline);
    }
  };
  form.addEventListener("input", () => { keep(); clearTimeout(timer); timer = setTimeout(send, 3000); });
  form.addEventListener("submit", () => { clearTimeout(timer); localStorage.removeItem(key); });
  window.addEventListener("online", () => { if (localStorage.getItem(key)) send(); });
})();
