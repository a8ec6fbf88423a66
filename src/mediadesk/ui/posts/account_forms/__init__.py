"""Each platform's account form, registered in one place (in the order the dialog shows them)."""

from __future__ import annotations

from mediadesk.ui.posts.account_forms.base import AccountForm, SignInHost
from mediadesk.ui.posts.account_forms.bluesky import BlueskyForm
from mediadesk.ui.posts.account_forms.mastodon import MastodonForm
from mediadesk.ui.posts.account_forms.x import XForm

__all__ = ["FORMS", "AccountForm", "SignInHost"]

FORMS: tuple[type[AccountForm], ...] = (BlueskyForm, MastodonForm, XForm)
