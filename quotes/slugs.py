from django.utils.text import slugify


def unique_slug(text: str, taken: set[str], *, fallback: str, length: int = 200) -> str:
    """The slug of `text` (at most `length` characters; `fallback` when it has no
    letters), numbered -2, -3... past the slugs in `taken`."""
    base = slugify(text)[:length].strip("-") or fallback
    slug, n = base, 1
    while slug in taken:
        n += 1
        slug = f"{base}-{n}"
    return slug
