"""What the showcase offers other apps through Wagtail hooks (they never import it)."""

from wagtail import hooks


def test_related_case_studies_hook_answers_in_the_pages_language(index, case_studies, home):
    (fn,) = hooks.get_hooks("kcqg_related_case_studies")
    found = fn(
        home, None, 10, sector="che-bien-nong-lam-thuy-san", support_types=["may-moc-thiet-bi"]
    )
    assert [p.title for p in found] == ["Cà phê Đắk Lắk", "Chè Thái Nguyên"]  # newest first
    assert [p.title for p in fn(home, None, 1)] == ["Cà phê Đắk Lắk"]
    assert fn(home, None, 3, province="no-such-province") == []
