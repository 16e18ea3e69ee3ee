"""``website.compiled``: statements compiled once, run with each call's values; what a
``prefetch_related`` gives, from a statement compiled once."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from demo.build import demo_image
from website.compiled import compiled, compiled_objects, compiled_prefetch


@pytest.fixture
def images(db):
    made = [demo_image(f"Ảnh {n}", width=900, height=600) for n in range(3)]
    made[0].get_rendition("fill-100x100")
    made[0].get_rendition("fill-50x50")
    made[2].get_rendition("fill-100x100")
    return made


def _fresh(images):
    Image = get_image_model()
    return [Image.objects.get(pk=image.pk) for image in images]


def _renditions(ids):
    return get_image_model().get_rendition_model().objects.filter(image_id__in=ids)


@pytest.mark.django_db
def test_each_call_gets_its_own_rows_where_a_prefetch_puts_them(images):
    for given in ([0, 1, 2], [2, 0, 1], [1], [0, 2]):
        fresh = _fresh([images[n] for n in given])
        compiled_prefetch(fresh, "renditions", ("tests", "renditions"), _renditions)
        with CaptureQueriesContext(connection) as reading:
            for image in fresh:
                specs = sorted(rendition.filter_spec for rendition in image.renditions.all())
                expected = sorted(
                    image.renditions.model.objects.filter(image_id=image.pk).values_list(
                        "filter_spec", flat=True
                    )
                )
                assert specs == expected
                # Each row points at its own instance, without a query.
                assert all(r.image is image for r in image.renditions.all())
        assert len(reading.captured_queries) == len(fresh)  # the `expected` queries only


@pytest.mark.django_db
def test_nothing_to_prefetch_for_no_instances(django_assert_num_queries):
    with django_assert_num_queries(0):
        compiled_prefetch([], "renditions", ("tests", "renditions"), _renditions)


@pytest.mark.django_db
def test_dates_are_values_of_their_own(images):
    Image = get_image_model()
    Image.objects.filter(pk=images[0].pk).update(created_at=dt.datetime(2024, 1, 10, tzinfo=dt.UTC))
    Image.objects.filter(pk=images[1].pk).update(created_at=dt.datetime(2024, 3, 10, tzinfo=dt.UTC))
    Image.objects.filter(pk=images[2].pk).update(created_at=dt.datetime(2024, 6, 10, tzinfo=dt.UTC))

    def build(values):
        return Image.objects.filter(created_at__date__lt=values[0]).order_by("pk").values("pk")

    for day, expected in (
        (dt.date(2024, 1, 1), []),
        (dt.date(2024, 2, 1), [0]),
        (dt.date(2024, 12, 31), [0, 1, 2]),
        (dt.date(2024, 4, 1), [0, 1]),
    ):
        rows = compiled(("tests", "before-day"), build, [day])
        assert [row[0] for row in rows] == [images[n].pk for n in expected], day
        found = compiled_objects(
            ("tests", "before-day", "objects"),
            lambda values: Image.objects.filter(created_at__date__lt=values[0]).order_by("pk"),
            [day],
        )
        assert [image.pk for image in found] == [images[n].pk for n in expected], day


@pytest.mark.django_db
def test_a_value_left_out_of_the_statement_is_refused():
    """A comparison the ORM finds always true for the marker (a negative file size) or a
    value computed from it (another day of a date) would leave the call's value out:
    refused."""
    Image = get_image_model()
    with pytest.raises(ValueError, match="not in its statement"):
        compiled(
            ("tests", "dropped"),
            lambda values: Image.objects.exclude(file_size__lt=values[0]).values("pk"),
            [100],
        )
    with pytest.raises(ValueError, match="not in its statement"):
        compiled_objects(
            ("tests", "computed"),
            lambda values: Image.objects.filter(created_at__date=values[0].replace(month=6)),
            [dt.date(2024, 5, 1)],
        )


def test_a_datetime_is_refused_as_a_value():
    with pytest.raises(TypeError):
        compiled(("tests", "datetime"), lambda values: None, [dt.datetime(2024, 1, 1)])


@pytest.mark.django_db
def test_each_connection_converts_the_values_it_reads():
    """The columns' converters are kept per database connection: another connection to
    the database (as another thread has) reads aware datetimes too. The rows read are
    the migrations' own, there for every connection."""
    from django.db import connections
    from django.db.migrations.recorder import MigrationRecorder

    Migration = MigrationRecorder(connection).Migration
    expected = {row.name: row.applied for row in Migration.objects.filter(app__in=["wagtailcore"])}

    def applied():
        found = compiled_objects(
            ("tests", "migrations"),
            lambda values: Migration.objects.filter(app__in=values),
            ["wagtailcore"],
        )
        return {row.name: row.applied for row in found}

    first = applied()
    own, other = connections["default"], connections.create_connection("default")
    connections["default"] = other
    try:
        second = applied()
    finally:
        connections["default"] = own
        other.close()
    assert first == second == expected
    assert all(isinstance(value, dt.datetime) and value.tzinfo for value in second.values())
