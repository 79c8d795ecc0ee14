from django.conf import settings
from django.db import models


class UsernameSkeleton(models.Model):
    """The confusable skeleton of an account's username (quotes.usernames).

    Not unique: accounts that already look alike, or that staff make alike on
    purpose, must still save; registration is where a look-alike is refused."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="username_skeleton",
    )
    skeleton = models.CharField(max_length=600, db_index=True)

    class Meta:
        # Not public data: outside the "quotes_" tables whose writes retire every
        # cached public page (quotes.data_version), so a registration does not.
        db_table = "accounts_username_skeleton"

    def __str__(self):
        return self.skeleton
