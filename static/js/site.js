// Progressive enhancement only: the site works without this file.
(function () {
    "use strict";
    // The menu is open without JavaScript; on a small screen, fold it away.
    document.querySelectorAll("details[data-collapse-below]").forEach(function (details) {
        if (window.innerWidth < Number(details.dataset.collapseBelow)) {
            details.open = false;
        }
    });
})();
