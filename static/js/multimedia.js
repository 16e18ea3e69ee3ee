// Multimedia enhancements; every page works without this file.
// Privacy-first embeds ([data-embed]): the poster and a link to the video stay until
// the reader clicks; only then is the outside player (youtube-nocookie.com, Facebook)
// put in an iframe. No request goes to the video site before that click.
(function () {
    "use strict";

    document.querySelectorAll("[data-embed]").forEach(function (box) {
        var play = box.querySelector(".mm-embed__play");
        if (!play) { return; }
        play.addEventListener("click", function (event) {
            event.preventDefault();
            var frame = document.createElement("iframe");
            frame.src = box.getAttribute("data-embed");
            frame.title = box.getAttribute("data-embed-title") || "";
            frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
            frame.allowFullscreen = true;
            frame.referrerPolicy = "strict-origin-when-cross-origin";
            frame.className = "mm-embed__frame";
            box.textContent = "";
            box.appendChild(frame);
            box.classList.add("mm-embed--playing");
            frame.focus();
        });
    });
})();
