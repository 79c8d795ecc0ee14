"""How django-axes forgets failed sign-ins after a successful one.

Axes' own reset deletes every failure that matches any lockout parameter of the
successful sign-in, so with a lockout per address a reader who signs in to their own
account wipes the failures their address ran up against every other account: sign in
between batches of guesses and the guessing never locks. Here a success clears only
the failures of that account from that address.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username


class OwnFailuresResetHandler(AxesDatabaseHandler):
    def reset_user_attempts(self, request, credentials=None) -> int:
        username = get_client_username(request, credentials)
        if not username:
            return 0
        return self.reset_attempts(username=username, ip_address=request.axes_ip_address)
