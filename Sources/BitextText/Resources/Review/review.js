"use strict";
// Bitext review page. Every text from the documents reaches the page through textContent, never as HTML.
(function () {
  const token = new URLSearchParams(location.search).get("token") || "";
  let view = JSON.parse(document.getElementById("bitext-data").textContent || "null");
  let current = 0;
  let lowOnly = false;

  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };

  function say(message, isError) {
    $("status").textContent = message;
    $("status").className = isError ? "error" : "";
  }

  async function call(path, body) {
    const response = await fetch("/api/" + path, {
      method: body === undefined && path === "state" ? "GET" : "POST",
      headers: { "X-Bitext-Token": token, "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await response.json().catch(() => ({ error: "the server answered " + response.status }));
    if (!response.ok) throw new Error(data.error || "the server answered " + response.status);
    return data;
  }

  async function act(path, body, done) {
    try {
      const data = await call(path, body);
      if (data.view) { view = data.view; render(); }
      say(done ? done(data) : "");
    } catch (e) {
      say(e.message, true);
    }
  }

  // Export writes the memory in the background: the page asks for the outcome until it is there.
  async function followMemoryWrite(exported) {
    for (let i = 0; i < 600; i++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      try {
        const data = await call("state");
        if (data.view) { view = data.view; render(); }
        const write = view.memoryWrite;
        if (!write || !write.running) { if (write) say(exported + "; " + write.note, write.note.includes("not updated")); return; }
      } catch (e) {
        say(e.message, true);
        return;
      }
    }
  }

  function exportNow() {
    act("export", {}, (d) => {
      const exported = "exported " + d.units + " units to " + d.tmx;
      if (d.memory && d.memory.startsWith("adding ")) followMemoryWrite(exported);
      return exported + (d.memory ? "; " + d.memory : "");
    });
  }

  function rowClass(bead) {
    if (bead.status === "accepted") return "accepted";
    if (bead.status === "edited") return "edited";
    if (bead.confidence < view.lowConfidence) return "low";
    return bead.confidence >= 0.9 ? "high" : "mid";
  }

  function isLow(bead) { return bead.status === "proposed" && bead.confidence < view.lowConfidence; }

  function segmentNode(side, index) {
    const seg = view[side].segments[index];
    const span = el("span", "seg kind-" + seg.kind);
    span.dataset.side = side;
    span.dataset.seg = String(index);
    if (seg.kind !== "body") span.title = seg.kind;
    let at = 0;
    for (const h of seg.highlights) {
      if (h.start > at) span.appendChild(document.createTextNode(seg.text.slice(at, h.start)));
      const mark = el("mark", h.kind, seg.text.slice(h.start, h.end));
      mark.title = h.kind + ": " + h.key;
      span.appendChild(mark);
      at = h.end;
    }
    if (at < seg.text.length) span.appendChild(document.createTextNode(seg.text.slice(at)));
    return span;
  }

  function cell(side, indices, cls) {
    const td = el("td", cls);
    if (indices.length === 0) td.appendChild(el("span", "empty", "—"));
    for (const i of indices) td.appendChild(segmentNode(side, i));
    return td;
  }

  function button(label, title, handler) {
    const b = el("button", "", label);
    b.title = title;
    b.addEventListener("click", (event) => { event.stopPropagation(); handler(); });
    return b;
  }

  function render() {
    document.body.classList.toggle("read-only", view.readOnly);
    const base = (name) => name.split("/").pop();
    $("source-head").textContent = base(view.source.name) + " (" + view.source.language + ")";
    $("target-head").textContent = base(view.target.name) + " (" + view.target.language + ")";
    const c = view.counts;
    const counts = $("counts");
    counts.replaceChildren();
    const shapes = Object.keys(c.shapes).sort().map((s) => s + ": " + c.shapes[s]).join(", ");
    for (const text of [c.beads + " beads", shapes, c.lowConfidence + " low confidence", c.accepted + " accepted", c.edited + " edited", "mode " + view.mode]) {
      counts.appendChild(el("span", "", text));
    }
    $("undo").disabled = !view.canUndo;
    $("redo").disabled = !view.canRedo;
    const rows = $("rows");
    rows.replaceChildren();
    if (current >= view.beads.length) current = Math.max(0, view.beads.length - 1);
    view.beads.forEach((bead, k) => {
      const tr = el("tr", rowClass(bead));
      tr.dataset.bead = String(k);
      if (k === current) tr.classList.add("current");
      if (lowOnly && !isLow(bead)) tr.classList.add("hidden");
      tr.appendChild(el("td", "num", String(k + 1)));
      const shape = el("td", "shape");
      shape.appendChild(el("span", "badge", bead.shape));
      tr.appendChild(shape);
      tr.appendChild(cell("source", bead.source, "src"));
      tr.appendChild(cell("target", bead.target, "tgt"));
      const conf = el("td", "conf", bead.confidence.toFixed(2));
      conf.appendChild(el("span", "status-mark", bead.status === "proposed" ? "" : bead.status + (bead.changedBy ? " by " + bead.changedBy : "")));
      tr.appendChild(conf);
      if (!view.readOnly) {
        const actions = el("td", "actions");
        actions.appendChild(button("Accept", "a", () => edit("accept", k)));
        actions.appendChild(button("Join ↓", "m: join with the next bead", () => edit("join", k)));
        actions.appendChild(button("Split", "s: split at the cursor", () => split(k)));
        actions.appendChild(button("Unlink", "u", () => edit("unlink", k)));
        actions.appendChild(button("Link ↓", "l: pair with the next one-sided bead", () => edit("link", k)));
        tr.appendChild(actions);
      }
      tr.addEventListener("click", () => select(k, false));
      rows.appendChild(tr);
    });
    renderCandidates();
  }

  function renderCandidates() {
    const list = $("candidates");
    list.replaceChildren();
    if (!view.candidates || view.candidates.length === 0) {
      list.appendChild(el("li", "empty", "No names to propose."));
      return;
    }
    for (const c of view.candidates) {
      const li = el("li", c.decision);
      li.appendChild(el("span", "", c.source + " = " + c.target));
      const evidence = c.kind + ", score " + c.score.toFixed(2) + ", " + c.support + " bead(s)"
        + (c.acceptable ? ", acceptable" : c.reason ? ", " + c.reason : ", needs review")
        + (c.competitors && c.competitors.length ? "; competing: " + c.competitors.join(", ") : "")
        + (c.decision === "open" ? "" : ", " + c.decision);
      li.appendChild(el("span", "status-mark", evidence));
      if (c.decision === "open") {
        li.appendChild(button("Accept", "Add to the glossary", () => act("candidates", { index: c.index, accept: true }, () => "added to the glossary: " + c.source)));
        li.appendChild(button("Edit…", "Correct the forms, then add them to the glossary", () => {
          const source = window.prompt("Form in " + c.sourceLanguage, c.source);
          if (source === null) return;
          const target = window.prompt("Form in " + c.targetLanguage, c.target);
          if (target === null) return;
          act("candidates", { index: c.index, accept: true, source: source, target: target }, () => "added to the glossary: " + source);
        }));
        li.appendChild(button("Reject", "Leave out", () => act("candidates", { index: c.index, accept: false })));
      }
      list.appendChild(li);
    }
  }

  function select(k, scroll) {
    current = Math.max(0, Math.min(view.beads.length - 1, k));
    for (const tr of document.querySelectorAll("#rows tr")) tr.classList.toggle("current", Number(tr.dataset.bead) === current);
    const row = document.querySelector('#rows tr[data-bead="' + current + '"]');
    if (row && scroll) row.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    let k = current + step;
    while (k >= 0 && k < view.beads.length && lowOnly && !isLow(view.beads[k])) k += step;
    if (k >= 0 && k < view.beads.length) select(k, true);
  }

  function nextLow() {
    for (let d = 1; d <= view.beads.length; d++) {
      const k = (current + d) % view.beads.length;
      if (isLow(view.beads[k])) { select(k, true); return; }
    }
    say("no low-confidence bead left");
  }

  function edit(action, bead, extra) {
    if (view.readOnly) return;
    current = bead;
    act("edit", Object.assign({ action: action, bead: bead }, extra || {}), () => action + " done");
  }

  // The cursor (a click in a segment leaves a collapsed selection there): segment and UTF-16 offset.
  function cursor() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0) return null;
    let node = sel.anchorNode;
    const seg = node && (node.nodeType === 1 ? node : node.parentElement).closest(".seg");
    if (!seg) return null;
    let offset = 0;
    const walker = document.createTreeWalker(seg, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      if (t === node) return { side: seg.dataset.side, segment: Number(seg.dataset.seg), offset: offset + sel.anchorOffset };
      offset += t.textContent.length;
    }
    return { side: seg.dataset.side, segment: Number(seg.dataset.seg), offset: 0 };
  }

  function split(bead) {
    const at = cursor();
    if (!at) { say("click in a segment where it should be cut, then split", true); return; }
    edit("split", bead, at);
  }

  document.addEventListener("keydown", (e) => {
    if (e.target instanceof HTMLInputElement) return;
    const ctrl = e.ctrlKey || e.metaKey;
    if (ctrl && e.key.toLowerCase() === "z" && !e.shiftKey) { e.preventDefault(); if (!view.readOnly) act("undo", {}); return; }
    if (ctrl && (e.key.toLowerCase() === "y" || (e.key.toLowerCase() === "z" && e.shiftKey))) { e.preventDefault(); if (!view.readOnly) act("redo", {}); return; }
    if (ctrl && e.key.toLowerCase() === "s") { e.preventDefault(); if (!view.readOnly) act("save", {}, (d) => "saved to " + d.saved); return; }
    if (ctrl || e.altKey) return;
    switch (e.key) {
      case "ArrowDown": case "j": e.preventDefault(); move(1); break;
      case "ArrowUp": case "k": e.preventDefault(); move(-1); break;
      case "n": nextLow(); break;
      case "f": $("filter-low").checked = !$("filter-low").checked; lowOnly = $("filter-low").checked; render(); break;
      case "a": edit("accept", current); break;
      case "m": edit("join", current); break;
      case "s": split(current); break;
      case "u": edit("unlink", current); break;
      case "l": edit("link", current); break;
      case "e": if (!view.readOnly) exportNow(); break;
    }
  });

  $("filter-low").addEventListener("change", () => { lowOnly = $("filter-low").checked; render(); });
  $("undo").addEventListener("click", () => act("undo", {}));
  $("redo").addEventListener("click", () => act("redo", {}));
  $("save").addEventListener("click", () => act("save", {}, (d) => "saved to " + d.saved));
  $("export").addEventListener("click", exportNow);

  if (view) {
    render();
  } else {
    call("state").then((data) => { view = data.view; render(); say("every edit is saved to " + view.savePath); })
      .catch((e) => say(e.message, true));
  }
})();
