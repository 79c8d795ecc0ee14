"""A web server on 127.0.0.1 for the importer's URL tests: each path answers as a
test tells it to (status, headers, body, a delay, a slow drip), and every request is
recorded. It stops by itself at the end of the test."""

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    delay: float = 0.0  # seconds before answering
    drip: float = 0.0  # seconds between bytes of the body
    length: int | None = None  # a Content-Length to claim (default: the body's; -1: none)


class LoopbackServer:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict]] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, dict(self.headers)))
                route = server.routes.get(self.path, Route(b"not here", 404))
                if server.wait(route.delay):
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                length = len(route.body) if route.length is None else route.length
                if length >= 0:  # else the body ends when the connection closes
                    self.send_header("Content-Length", str(length))
                self.end_headers()
                try:
                    if not route.drip:
                        self.wfile.write(route.body)
                        return
                    for byte in route.body:
                        if server.wait(route.drip):
                            return
                        self.wfile.write(bytes([byte]))
                        self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the importer hung up, as it should on a page too large or slow

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def wait(self, seconds: float) -> bool:
        """Sleep, unless the test is over (then say so)."""
        return self.stopping.wait(seconds) if seconds else False

    def page(self, path: str, body, **options) -> str:
        self.routes[path] = Route(body.encode() if isinstance(body, str) else body, **options)
        return self.url + path

    def redirect(self, path: str, to: str, status: int = 302) -> str:
        self.routes[path] = Route(b"", status, {"Location": to})
        return self.url + path

    def paths_requested(self) -> list[str]:
        return [path for path, _ in self.requests]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        time.sleep(0)
