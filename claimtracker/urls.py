from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Claimtracker editors"
admin.site.site_title = "Claimtracker"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("quotes.urls")),
]
