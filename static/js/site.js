// Progressive enhancement only: the site works without this file.
(function () {
    "use strict";
    // The menu and the filter panels are folded (<details> without "open") and CSS shows
    // their content from the width in data-open-from up, before the first paint
    // (::details-content, site.css). A browser without ::details-content opens them here
    // at that width instead; without this script it shows their summary to open them by.
    if (window.CSS && CSS.supports && CSS.supports("selector(::details-content)")) {
        return;
    }
    document.querySelectorAll("details[data-open-from]").forEach(function (details) {
        if (window.matchMedia("(min-width: " + details.dataset.openFrom + ")").matches) {
            details.open = true;
        }
    });
})();
