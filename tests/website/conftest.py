"""Fixtures of the website tests: a member of each editorial group."""

import pytest
from django.contrib.auth.models import Group

from website.groups import EDITORS, MODERATORS


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("bientap", "bt@example.vn", "pw-editor-1")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def moderator(django_user_model):
    user = django_user_model.objects.create_user("kiemduyet", "kd@example.vn", "pw-moder-1")
    user.groups.add(Group.objects.get(name=MODERATORS))
    return user
