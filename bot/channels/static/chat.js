"use strict";
(function () {
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const filebox = document.getElementById("filebox");
  const file = document.getElementById("file");
  let user = localStorage.getItem("laborbot-user");
  if (!user) {
    user = "web-" + (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random());
    localStorage.setItem("laborbot-user", user);
  }
  let seq = 0;
  let busy = false;

  function bubble(text, who, extra) {
    const div = document.createElement("div");
    div.className = "msg " + who + (extra ? " " + extra : "");
    div.textContent = text;
    log.appendChild(div);
    log.scrollTop = log.scrollHeight;
    return div;
  }

  function render(data) {
    for (const r of data.replies || []) {
      const div = bubble(r.text, "bot");
      if (r.buttons && r.buttons.length) {
        const box = document.createElement("div");
        box.className = "buttons";
        for (const b of r.buttons) {
          const btn = document.createElement("button");
          btn.type = "button";
          btn.textContent = b.label;
          btn.dataset.payload = b.payload;
          btn.addEventListener("click", () => send({ button: b.payload }, b.label));
          box.appendChild(btn);
        }
        div.appendChild(box);
      }
    }
    if (data.case_no) {
      bubble("投诉编号：" + data.case_no, "bot", "case").id = "case-no";
    }
    // files are taken at the evidence step and while the summary waits for the confirmation
    filebox.hidden = data.expects !== "evidence" && data.expects !== "confirm";
    input.placeholder = data.expects ? "请在这里输入回答" : "请输入您的问题，例如：老板拖欠工资怎么办";
  }

  async function post(url, options) {
    const resp = await fetch(url, options);
    const data = await resp.json().catch(() => ({}));
    // a limit (429) or a database too busy to take the message (503): the server says why, in Chinese
    if ((resp.status === 429 || resp.status === 503) && data.replies) return data;
    if (!resp.ok) throw new Error(data.error || resp.status);
    return data;
  }

  async function send(body, shown) {
    if (busy) return;
    busy = true;
    bubble(shown, "me");
    try {
      seq += 1;
      const data = await post("/api/chat", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({ user: user, id: user + "-" + Date.now() + "-" + seq }, body)),
      });
      render(data);
    } catch (e) {
      bubble("网络好像有问题，请稍后再试。", "bot");
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text: text }, text);
  });

  document.querySelectorAll("#quick button").forEach((b) =>
    b.addEventListener("click", () => send({ button: b.dataset.payload }, b.textContent)));

  file.addEventListener("change", async () => {
    if (!file.files.length) return;
    const fd = new FormData();
    fd.append("user", user);
    fd.append("file", file.files[0]);
    bubble("📎 " + file.files[0].name, "me");
    try {
      render(await post("/api/chat/upload", { method: "POST", body: fd }));
    } catch (e) {
      bubble("文件没有上传成功，请换一个文件（照片或 PDF，不超过 10 MB）。", "bot");
    }
    file.value = "";
  });

  // Staff updates on a complaint: a page cannot be pushed to, so it asks now and then.
  async function poll() {
    if (!busy && document.visibilityState !== "hidden") {
      try {
        const data = await post("/api/chat/updates", {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ user: user }),
        });
        for (const r of data.replies || []) bubble(r.text, "bot", "notice");
      } catch (e) {
        /* offline for a moment: the next poll or message brings the update */
      }
    }
    setTimeout(poll, window.LABORBOT_POLL_MS || 20000);
  }
  setTimeout(poll, window.LABORBOT_POLL_MS || 20000);

  send({ text: "/start" }, "你好");
})();
