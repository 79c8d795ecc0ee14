"""Who made a change and why: what each service puts on the history row it writes."""


def record(instance, *, user, reason: str):
    """Name the user and the reason on `instance`'s next history row; returns it."""
    instance._change_reason = reason[:100]
    if user is not None:
        instance._history_user = user
    return instance
