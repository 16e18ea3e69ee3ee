// News pages: view beacon, copy link, print, filters that submit themselves.
// Progressive enhancement only: without JavaScript the <noscript> pixel counts the
// read, the links still work and the filter form has its own button.
(function () {
    "use strict";

    // One read per page view, sent when the page is actually visible.
    var beacon = document.querySelector("[data-view-beacon]");
    if (beacon) {
        var url = beacon.getAttribute("data-view-beacon");
        var sent = false;
        var send = function () {
            if (sent || document.visibilityState !== "visible") {
                return;
            }
            sent = true;
            if (navigator.sendBeacon && navigator.sendBeacon(url)) {
                return;
            }
            if (window.fetch) {
                window.fetch(url, { method: "POST", keepalive: true, credentials: "omit" })
                    .catch(function () {});
            }
        };
        send();
        document.addEventListener("visibilitychange", send);
    }

    var status = document.querySelector(".share__status");
    var say = function (message) {
        if (status) {
            status.textContent = message;
        }
    };

    document.querySelectorAll("[data-copy-link]").forEach(function (link) {
        link.addEventListener("click", function (event) {
            if (!navigator.clipboard) {
                return; // the link itself still leads to the article
            }
            event.preventDefault();
            navigator.clipboard.writeText(link.href).then(function () {
                say(link.getAttribute("data-copied"));
            }, function () {
                window.prompt("", link.href);
            });
        });
    });

    document.querySelectorAll("[data-print]").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            window.print();
        });
    });

    // Filters: submit as soon as a choice changes; the button stays for keyboards.
    // Empty choices stay out of the address (?category=x, not ?category=x&year=&month=).
    document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
        var submit = function () {
            form.querySelectorAll("select").forEach(function (select) {
                select.disabled = select.value === "";
            });
            form.submit();
        };
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            submit();
        });
        form.querySelectorAll("select").forEach(function (select) {
            select.addEventListener("change", submit);
        });
        // Coming back with the Back button: the choices are usable again.
        window.addEventListener("pageshow", function () {
            form.querySelectorAll("select").forEach(function (select) {
                select.disabled = false;
            });
        });
    });
})();
