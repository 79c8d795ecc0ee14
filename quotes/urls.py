from django.contrib.auth import views as auth_views
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, register_converter

from quotes.views import (
    accounts,
    annotations,
    claims,
    exports,
    feeds,
    quotes,
    review,
    sources,
    speakers,
)
from quotes.views.limits import export_limited


class ExportFormat:
    regex = "json|csv"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportFormat, "format")

urlpatterns = [
    path("", quotes.home, name="home"),
    path(
        "favicon.ico",
        lambda request: redirect(static("quotes/favicon.svg"), permanent=True),
        name="favicon",
    ),
    path("quotes/", quotes.quote_list, name="quote-list"),
    path("quotes.<format:fmt>", export_limited(exports.quote_export), name="quote-export"),
    path("quotes/feed/", export_limited(feeds.SearchFeed()), name="quote-feed"),
    path("quotes/<int:pk>/", quotes.quote_detail, name="quote-detail"),
    path("speakers/", speakers.speaker_list, name="speaker-list"),
    path("speakers.<format:fmt>", export_limited(exports.speaker_export), name="speaker-export"),
    path("speakers/<slug:slug>/", speakers.speaker_detail, name="speaker-detail"),
    path("speakers/<slug:slug>/feed/", export_limited(feeds.SpeakerFeed()), name="speaker-feed"),
    path("sources/<int:pk>/", sources.source_detail, name="source-detail"),
    # Claims and verdicts
    path("claims/", claims.claim_list, name="claim-list"),
    path("claims.<format:fmt>", export_limited(exports.claim_export), name="claim-export"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim-detail"),
    path(
        "claims/claimreview.ndjson",
        export_limited(claims.claimreview_feed),
        name="claimreview-feed",
    ),
    path("corrections/", claims.corrections, name="corrections"),
    path("quotes/<int:pk>/claim/", claims.claim_from_quote, name="quote-make-claim"),
    path("quotes/<int:pk>/review/", review.quote_review, name="quote-review"),
    # Annotations
    path("quotes/<int:pk>/annotations/", annotations.annotation_post, name="annotation-create"),
    path(
        "quotes/<int:pk>/annotations.jsonld",
        annotations.annotation_collection_jsonld,
        name="quote-annotations",
    ),
    path("annotations/<int:pk>/flag/", annotations.annotation_flag_post, name="annotation-flag"),
    # Accounts
    path("accounts/login/", accounts.SignInView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/register/", accounts.register, name="register"),
]
