// Policy finder: submit the filter form as soon as a filter changes.
// Progressive enhancement only: without JavaScript the "Áp dụng" button does it.
(function () {
    "use strict";
    document.querySelectorAll("form[data-autosubmit]").forEach(function (form) {
        form.addEventListener("change", function (event) {
            if (event.target.matches("input[type=checkbox], select")) {
                form.requestSubmit ? form.requestSubmit() : form.submit();
            }
        });
    });
})();
