"""Routes of this app outside the page tree (none yet), per language."""

urlpatterns = []
