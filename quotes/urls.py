from django.urls import path

from quotes.views import pages

urlpatterns = [
    path("", pages.home, name="home"),
]
