import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "claimtracker.settings")

application = get_wsgi_application()

# What start-up made (modules, URL patterns, settings) lives as long as the process:
# frozen, it is out of the collector's sight, and each collection scans only what
# requests made (bench/README.md, "Speed tricks in the code").
gc.freeze()
