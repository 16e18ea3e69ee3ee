// Showcase enhancements; every page works without this file.
// 1. Filter forms: a select marked data-submit-on-change submits its form.
// 2. Galleries ([data-lightbox]): links to large images open in a modal dialog,
//    with previous/next buttons, arrow keys, Escape to close, focus returned.
(function () {
    "use strict";

    document.querySelectorAll("form[data-autosubmit] [data-submit-on-change]").forEach(function (el) {
        el.addEventListener("change", function () {
            if (el.name === "region") {
                // A new region: the province list changes with it.
                var province = el.form.querySelector("[name=province]");
                if (province) { province.value = ""; }
            }
            el.form.requestSubmit ? el.form.requestSubmit() : el.form.submit();
        });
    });

    if (typeof HTMLDialogElement !== "function") { return; }

    function make(tag, className, text) {
        var el = document.createElement(tag);
        if (className) { el.className = className; }
        if (text) { el.textContent = text; }
        return el;
    }

    document.querySelectorAll("[data-lightbox]").forEach(function (gallery) {
        var links = Array.prototype.slice.call(gallery.querySelectorAll("[data-lightbox-item]"));
        if (!links.length) { return; }
        var labels = gallery.dataset;
        var dialog = make("dialog", "sc-lightbox");
        dialog.setAttribute("aria-label", labels.labelDialog || "");
        var inner = make("div", "sc-lightbox__inner");
        var bar = make("div", "sc-lightbox__bar");
        var counter = make("p", "sc-lightbox__counter");
        counter.setAttribute("aria-live", "polite");
        var close = make("button", "sc-lightbox__close", labels.labelClose || "×");
        close.type = "button";
        bar.append(counter, close);
        var figure = make("figure", "sc-lightbox__figure");
        var img = make("img");
        var caption = make("figcaption");
        figure.append(img, caption);
        var nav = make("div", "sc-lightbox__nav");
        var prev = make("button", "sc-lightbox__prev", labels.labelPrev || "‹");
        var next = make("button", "sc-lightbox__next", labels.labelNext || "›");
        prev.type = next.type = "button";
        nav.append(prev, next);
        inner.append(bar, figure, nav);
        dialog.append(inner);
        document.body.append(dialog);
        nav.hidden = links.length < 2;

        var index = 0;
        var opener = null;
        function show(i) {
            index = (i + links.length) % links.length;
            var link = links[index];
            img.src = link.href;
            img.alt = link.dataset.caption || "";
            if (link.dataset.width) { img.width = link.dataset.width; img.height = link.dataset.height; }
            caption.textContent = link.dataset.caption || "";
            counter.textContent = (labels.labelCounter || "{n} / {total}")
                .replace("{n}", index + 1).replace("{total}", links.length);
        }
        links.forEach(function (link, i) {
            link.addEventListener("click", function (event) {
                if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) { return; }
                event.preventDefault();
                opener = link;
                show(i);
                dialog.showModal();
                close.focus();
            });
        });
        prev.addEventListener("click", function () { show(index - 1); });
        next.addEventListener("click", function () { show(index + 1); });
        close.addEventListener("click", function () { dialog.close(); });
        dialog.addEventListener("click", function (event) {
            if (event.target === dialog || event.target === figure) { dialog.close(); }
        });
        dialog.addEventListener("keydown", function (event) {
            if (event.key === "ArrowLeft") { show(index - 1); event.preventDefault(); }
            if (event.key === "ArrowRight") { show(index + 1); event.preventDefault(); }
        });
        dialog.addEventListener("close", function () {
            if (opener) { opener.focus(); }
        });
    });
})();
