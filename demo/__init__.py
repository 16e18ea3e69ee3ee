"""The demo site: content to try the project with, kept out of the apps.

``manage.py load_demo_content`` (``demo/management/commands``) builds it. The texts are
plain data in ``demo/data/`` (one module per area, Python literals only); the code that
turns them into pages, snippets, images and documents is in ``demo/loaders/``, with the
shared helpers (generated pictures, publishing, translations) in ``demo/build.py``.
The apps never import this package.
"""
