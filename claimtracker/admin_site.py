"""The editors' admin site, `admin.site` (see EditorsAdminConfig in INSTALLED_APPS):
Django's, with a home page that lists what waits for the editors."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig


class EditorsAdminSite(admin.AdminSite):
    site_header = "Claimtracker editors"
    site_title = "Claimtracker"
    index_title = "Editors' home"
    index_template = "admin/editor_home.html"
    # The app list beside every page took a fifth of a 1366 px screen and clipped the
    # quote list's columns; the breadcrumbs and the home page lead to every list.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        """The admin's index with `waiting` (quotes.selectors.editors.editor_queue)."""
        from quotes.selectors.editors import editor_queue  # the models load after this site

        context = {"waiting": editor_queue(), **(extra_context or {})}
        return super().index(request, context)


class EditorsAdminConfig(AdminConfig):
    """django.contrib.admin, with EditorsAdminSite as `admin.site`."""

    default_site = "claimtracker.admin_site.EditorsAdminSite"
