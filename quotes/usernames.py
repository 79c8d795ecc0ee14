"""Usernames that look like another account's: the Unicode confusable skeleton
(UTS #39) of every username is kept, so registration refuses a look-alike of any
existing name (a Cyrillic "е" for a Latin "e", "l" for "1") with one indexed query.

The skeleton comes from disarm's `skeleton_key` with the identifier policy ("tr39":
1, l and I are one letter, 0 and O another), which also drops invisible characters,
folds width (NFKC) and case. Django itself refuses a name that differs from another
only in case.
"""

from disarm import skeleton_key

from quotes.models import UsernameSkeleton


def skeleton(username: str) -> str:
    return skeleton_key(username, digit_policy="tr39")


def looks_like_an_existing_name(username: str) -> bool:
    return UsernameSkeleton.objects.filter(skeleton=skeleton(username)).exists()


def keep_skeleton(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """post_save receiver for the user model: every account, however it was made
    (registration, the admin, create_editor, createsuperuser), has its skeleton."""
    if update_fields is not None and "username" not in update_fields:
        return  # a sign-in saves last_login alone
    UsernameSkeleton.objects.update_or_create(
        user_id=instance.pk, defaults={"skeleton": skeleton(instance.get_username())}
    )
