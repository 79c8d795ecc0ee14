"""Query counting for pages: the same count with few and many rows."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        if response.streaming:
            b"".join(response.streaming_content)
    return len(captured)
