"""POST data for the admin's page forms, as the browser sends it (test helper)."""

from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from website.groups import EDITORS


def make_editor(django_user_model, username="bientapvien"):
    """A user of the "Biên tập viên" group only (not a superuser)."""
    user = django_user_model.objects.create_user(username, f"{username}@example.vn", "pw-12345")
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


def published_child(parent, page):
    """``page`` added under ``parent`` and published."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def page_data(fields, *, streams=(), formsets=()):
    """The page form's data: ``fields`` as typed, StreamFields given empty unless in
    ``fields`` (as streamfield([...])), and every inline formset empty unless given."""
    data = {
        "comments": inline_formset([]),
        **{name: streamfield([]) for name in streams},
        **{name: inline_formset([]) for name in formsets},
        **fields,
    }
    return nested_form_data(data)


def form_errors(response):
    """{field: [messages]} of the page form in an admin response (empty when saved)."""
    context = getattr(response, "context", None)
    if not context or "form" not in context:
        return {}
    form = context["form"]
    errors = {name: [str(m) for m in messages] for name, messages in form.errors.items()}
    for name, formset in getattr(form, "formsets", {}).items():
        for index, sub in enumerate(formset.forms):
            for field, messages in sub.errors.items():
                errors[f"{name}-{index}-{field}"] = [str(m) for m in messages]
        if formset.non_form_errors():
            errors[name] = [str(m) for m in formset.non_form_errors()]
    return errors
