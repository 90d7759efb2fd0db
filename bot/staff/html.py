"""Tiny server-side HTML helpers: every value is escaped unless wrapped in `Markup`."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from bot.staff.texts import UI


class Markup(str):
    """A string that is already safe HTML."""


def esc(value: object) -> str:
    if isinstance(value, Markup):
        return value
    return escape("" if value is None else str(value), quote=True)


def h(tag: str, content: object = "", **attrs: object) -> Markup:
    parts = []
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    attr = (" " + " ".join(parts)) if parts else ""
    if isinstance(content, list | tuple):
        inner = "".join(esc(c) for c in content)
    else:
        inner = esc(content)
    return Markup(f"<{tag}{attr}>{inner}</{tag}>")


def join(items: Iterable[object]) -> Markup:
    return Markup("".join(esc(i) for i in items))


def csrf_field(token: str) -> Markup:
    return Markup(f'<input type="hidden" name="csrf" value="{esc(token)}">')


def select_field(name: str, options: Iterable[tuple[str, str]], selected: str | None) -> Markup:
    opts = [h("option", label, value=value, selected=(value == (selected or ""))) for value, label in options]
    return h("select", opts, name=name)


CSS = """
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Noto Sans CJK SC",sans-serif;
margin:0;background:#f4f6f8;color:#1d2730}header{background:#1f4e79;color:#fff;padding:10px 16px;display:flex;
gap:16px;align-items:center;flex-wrap:wrap}header a{color:#fff;text-decoration:none}header .sp{flex:1}
main{padding:16px;max-width:1200px;margin:auto}table{border-collapse:collapse;width:100%;background:#fff}
th,td{padding:6px 8px;border-bottom:1px solid #e3e7eb;text-align:left;vertical-align:top}
.card{background:#fff;border-radius:8px;padding:12px 16px;margin:0 0 16px;box-shadow:0 1px 2px #0001}
.urgent{color:#b00020;font-weight:600}.high{color:#b35c00}.overdue{color:#b00020}
form.inline{display:inline}input,select,textarea,button{font:inherit;padding:6px 8px;margin:2px}
button{background:#1f4e79;color:#fff;border:0;border-radius:4px;cursor:pointer}
.msg{padding:8px 12px;border-radius:6px;background:#e8f4ea;margin-bottom:12px}.err{background:#fdecea}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));gap:16px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 12px}dt{color:#56636f}
@media(max-width:640px){th:nth-child(n+5),td:nth-child(n+5){display:none}}
"""


def page(
    title: str,
    body: object,
    *,
    user_name: str | None = None,
    csrf: str | None = None,
    is_admin: bool = False,
    message: str | None = None,
    error: str | None = None,
) -> str:
    nav = Markup("")
    if user_name:
        links = [h("a", UI["cases"], href="/staff/"), h("a", UI["stats"], href="/staff/stats")]
        links.append(h("a", UI["canned"], href="/staff/canned"))
        if is_admin:
            links.append(h("a", UI["admin_faq"], href="/staff/admin/faq"))
        logout = Markup(
            f'<form class="inline" method="post" action="/staff/logout">{csrf_field(csrf or "")}'
            f"<button>{esc(UI['logout'])}</button></form>"
        )
        nav = join([*links, Markup('<span class="sp"></span>'), h("span", user_name), logout])
    notes = join(
        [
            h("div", message, class_="msg") if message else "",
            h("div", error, class_="msg err") if error else "",
        ]
    )
    return (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{esc(title)} · {esc(UI['app'])}</title><style>{CSS}</style></head><body>"
        f"<header><strong>{esc(UI['app'])}</strong>{nav}</header><main>{notes}{esc(body)}</main></body></html>"
    )
