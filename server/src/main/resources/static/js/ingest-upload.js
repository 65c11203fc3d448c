/*
 * Upload form of the interactions page: sends the file with XMLHttpRequest so that a progress bar shows how much of
 * a big file has reached the server (the import itself is followed on the job page). The server answers an accepted
 * upload with a redirect to the job page, which the browser then opens; any other answer (the form again with its
 * errors, an error page) replaces this page, as a plain form post would. Without JavaScript the form posts as usual.
 * The figures' text comes from the data-figures attribute: {0} MB sent of {1} MB, {2} per cent.
 */
(function () {
    'use strict';

    function megabytes(bytes) {
        return (bytes / 1048576).toLocaleString(document.documentElement.lang || undefined,
            { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    }

    function showProgress(box, loaded, total) {
        var bar = box.querySelector('progress');
        var figures = box.querySelector('.upload-figures');
        var percent = total > 0 ? Math.floor(loaded * 100 / total) : 0;
        bar.value = percent;
        figures.textContent = box.dataset.figures
            .replace('{0}', megabytes(loaded))
            .replace('{1}', megabytes(total))
            .replace('{2}', String(percent));
    }

    function send(form, box) {
        var request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.upload.addEventListener('progress', function (event) {
            showProgress(box, event.loaded, event.lengthComputable ? event.total : 0);
        });
        request.addEventListener('load', function () {
            var target = new URL(request.responseURL || form.action, window.location.href);
            if (target.pathname.indexOf('/interactions/jobs/') >= 0) {
                window.location.assign(target.href);
            } else {
                document.open();
                document.write(request.responseText);
                document.close();
            }
        });
        request.addEventListener('error', function () {
            // the connection failed: post the form the plain way, which shows the browser's own error
            form.submit();
        });
        request.send(new FormData(form));
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.matches || !form.matches('form.upload-form') || typeof FormData !== 'function') {
            return;
        }
        var box = form.querySelector('.upload-progress');
        event.preventDefault();
        box.hidden = false;
        form.querySelector('button[type=submit]').disabled = true;
        showProgress(box, 0, 0);
        send(form, box);
    });
})();
