"""Reading what a page shows, for tests that compare markup with the visible page."""

from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.texts: dict[str, str] = {}
        self.attrs: dict[str, dict] = {}
        self.scripts: list[tuple[str, str]] = []
        self._open: list[tuple[str, str | None]] = []
        self._script: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._script = attrs.get("type", "")
            self.scripts.append((self._script, ""))
        element_id = attrs.get("id")
        if element_id:
            self.attrs[element_id] = attrs
            self.texts.setdefault(element_id, "")
        if tag not in VOID:
            self._open.append((tag, element_id))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None
        while self._open:
            open_tag, _ = self._open.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if self._script is not None:
            kind, text = self.scripts[-1]
            self.scripts[-1] = (kind, text + data)
        for _, element_id in self._open:
            if element_id:
                self.texts[element_id] += data


def parse(html: str | bytes) -> _Collector:
    collector = _Collector()
    collector.feed(html.decode() if isinstance(html, bytes) else html)
    return collector
