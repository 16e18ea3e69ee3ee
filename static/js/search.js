// Search-box autocomplete: progressive enhancement of the plain GET form.
// Every input with data-suggest-url becomes an ARIA combobox whose listbox
// shows pages from /tim-kiem/goi-y/?q= (debounced). Without JS the form works.
(function () {
    "use strict";
    var DELAY = 200;
    var MIN_LENGTH = 2;
    var counter = 0;

    function setup(input) {
        counter += 1;
        var listId = "search-suggest-" + counter;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggest";
        list.setAttribute("role", "listbox");
        list.hidden = true;
        input.parentNode.appendChild(list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var timer = null;
        var controller = null;
        var active = -1;
        var lastQuery = "";

        function close() {
            list.hidden = true;
            list.textContent = "";
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            var options = list.querySelectorAll("[role=option]");
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", i === index ? "true" : "false");
            });
            active = index;
            if (index >= 0 && options[index]) {
                input.setAttribute("aria-activedescendant", options[index].id);
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(results) {
            list.textContent = "";
            if (!results.length) {
                close();
                return;
            }
            results.forEach(function (result, i) {
                var item = document.createElement("li");
                item.id = listId + "-" + i;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                var link = document.createElement("a");
                link.href = result.url;
                link.tabIndex = -1;
                link.textContent = result.title;
                var type = document.createElement("span");
                type.className = "search-suggest__type";
                type.textContent = result.type;
                link.appendChild(type);
                item.appendChild(link);
                list.appendChild(item);
            });
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
            active = -1;
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query === lastQuery) {
                return;
            }
            lastQuery = query;
            if (query.length < MIN_LENGTH) {
                close();
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = new AbortController();
            var url = input.dataset.suggestUrl + "?q=" + encodeURIComponent(query);
            fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
                .then(function (response) {
                    return response.ok ? response.json() : { results: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(data.results || []);
                    }
                })
                .catch(function () {});
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            var options = list.querySelectorAll("[role=option]");
            if (event.key === "ArrowDown" && options.length) {
                event.preventDefault();
                highlight((active + 1) % options.length);
            } else if (event.key === "ArrowUp" && options.length) {
                event.preventDefault();
                highlight(active <= 0 ? options.length - 1 : active - 1);
            } else if (event.key === "Enter" && active >= 0 && options[active]) {
                event.preventDefault();
                window.location.assign(options[active].querySelector("a").href);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () {
            window.setTimeout(close, 150);
        });
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(setup);
})();
