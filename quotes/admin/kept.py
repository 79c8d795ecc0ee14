class KeptRecord:
    """A record the admin never deletes, not even for a superuser: quotes are rejected,
    speakers merged, verdicts corrected or retracted, notes hidden, sources kept as the
    text quotes point into. Deleting would take history and public links with it."""

    def has_delete_permission(self, request, obj=None):
        return False
