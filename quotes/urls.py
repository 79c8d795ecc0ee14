from django.contrib.auth import views as auth_views
from django.urls import path

from quotes.views import accounts, annotations, claims, pages

urlpatterns = [
    path("", pages.home, name="home"),
    path("quotes/<int:pk>/", pages.quote_detail, name="quote-detail"),
    path("speakers/<slug:slug>/", pages.speaker_detail, name="speaker-detail"),
    path("sources/<int:pk>/", pages.source_detail, name="source-detail"),
    path("claims/", pages.claim_list, name="claim-list"),
    # Claims and verdicts
    path("claims/<int:pk>/", claims.claim_detail, name="claim-detail"),
    path("claims/claimreview.ndjson", claims.claimreview_feed, name="claimreview-feed"),
    path("corrections/", claims.corrections, name="corrections"),
    path("quotes/<int:pk>/claim/", claims.claim_from_quote, name="quote-make-claim"),
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
