from django.urls import path, register_converter

from quotes.views import claims, exports, feeds, quotes, sources, speakers


class ExportFormat:
    regex = "json|csv"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(ExportFormat, "format")

urlpatterns = [
    path("", quotes.home, name="home"),
    path("quotes/", quotes.quote_list, name="quote-list"),
    path("quotes.<format:fmt>", exports.quote_export, name="quote-export"),
    path("quotes/feed/", feeds.SearchFeed(), name="quote-feed"),
    path("quotes/<int:pk>/", quotes.quote_detail, name="quote-detail"),
    path("speakers/", speakers.speaker_list, name="speaker-list"),
    path("speakers.<format:fmt>", exports.speaker_export, name="speaker-export"),
    path("speakers/<slug:slug>/", speakers.speaker_detail, name="speaker-detail"),
    path("speakers/<slug:slug>/feed/", feeds.SpeakerFeed(), name="speaker-feed"),
    path("sources/<int:pk>/", sources.source_detail, name="source-detail"),
    path("claims/", claims.claim_list, name="claim-list"),
    path("claims.<format:fmt>", exports.claim_export, name="claim-export"),
    path("claims/<int:pk>/", claims.claim_detail, name="claim-detail"),
]
