"""The library's files, the same in every language (outside the language prefixes)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "phuong-tien/<int:pk>/phu-de.<str:language>.vtt", views.captions, name="multimedia_captions"
    ),
    path("phuong-tien/<int:pk>/<str:filename>", views.media_file, name="multimedia_file"),
]
