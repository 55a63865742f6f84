// Reflections on a lesson page save themselves as the learner types, and the page asks before
// the learner leaves with text that is not saved yet. Without this script, the lesson's form
// saves every reflection when the learner presses "Save reflection" or "Mark as complete".

const PAUSE_MS = 1500;
const NOT_SAVED =
  "Not saved yet: check your internet connection. Your text is still here, so keep this page open.";

const fields = Array.from(document.querySelectorAll("textarea[data-reflection-draft]"));
const unsaved = new Set();
const timers = new Map();
const queues = new Map();
let leaving = false;

function statusShow(field, message) {
  const region = document.getElementById(field.dataset.status);
  if (region) {
    region.textContent = message;
  }
}

function csrfToken(field) {
  const input = field.form && field.form.querySelector("input[name=csrfmiddlewaretoken]");
  return input ? input.value : "";
}

async function send(field) {
  const text = field.value;
  if (!text.trim()) {
    unsaved.delete(field);
    return true;
  }
  const body = new FormData();
  body.append("csrfmiddlewaretoken", csrfToken(field));
  body.append("prompt", field.dataset.prompt);
  body.append("text", text);
  let result = null;
  try {
    const response = await fetch(field.dataset.reflectionDraft, {
      method: "POST",
      body,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    result = await response.json();
  } catch {
    result = null;
  }
  if (!result || !result.saved) {
    statusShow(field, (result && result.message) || NOT_SAVED);
    return false;
  }
  if (field.value === text) {
    unsaved.delete(field);
  }
  statusShow(field, result.message);
  return true;
}

// One save at a time per box, in the order typed, so an older text never overwrites a newer one.
function save(field) {
  clearTimeout(timers.get(field));
  timers.delete(field);
  const queued = (queues.get(field) || Promise.resolve(true)).then(() => send(field));
  queues.set(field, queued);
  return queued;
}

function hasUnsaved() {
  return Array.from(unsaved).some((field) => field.value.trim());
}

fields.forEach((field) => {
  field.addEventListener("input", () => {
    unsaved.add(field);
    clearTimeout(timers.get(field));
    timers.set(field, setTimeout(() => save(field), PAUSE_MS));
  });
  field.addEventListener("blur", () => {
    if (unsaved.has(field)) {
      save(field);
    }
  });
});

// A form that carries the reflection boxes saves them on the server; any other form (a quiz,
// signing out) waits until the boxes are saved here, then goes ahead.
document.addEventListener("submit", async (event) => {
  const form = event.target;
  const elsewhere = Array.from(unsaved).filter((field) => field.form !== form && field.value.trim());
  if (!elsewhere.length || form.dataset.reflectionsSaved) {
    leaving = true;
    return;
  }
  event.preventDefault();
  const results = await Promise.all(elsewhere.map(save));
  leaving = results.every(Boolean);
  form.dataset.reflectionsSaved = "true";
  form.requestSubmit(event.submitter);
  delete form.dataset.reflectionsSaved;
});

window.addEventListener("beforeunload", (event) => {
  if (!leaving && hasUnsaved()) {
    event.preventDefault();
    event.returnValue = "";
  }
});

window.addEventListener("pageshow", () => {
  leaving = false;
});
