/*
 * Accessibility repairs of PrimeFaces 15 markup that its components give no attribute for
 * (issue 14, item 7; AccessibilityBrowserIT runs axe-core on every page). Applied when the page
 * loads and again whenever PrimeFaces AJAX replaces part of it. Adds no text of its own.
 */
(function () {
    'use strict';

    function repair(root) {
        // p:tabMenu (the links between a year's pages): each <li role="tab" tabindex="0"> wraps
        // an <a role="menuitem" tabindex="-1">, a focusable control inside another and a menu
        // item outside any menu. The link itself becomes the tab; the item only lays it out.
        root.querySelectorAll('.ui-tabmenu .ui-tabmenuitem').forEach(function (item) {
            var link = item.querySelector('a');
            if (!link || link.getAttribute('role') === 'tab') {
                return;
            }
            var active = item.classList.contains('ui-state-active');
            item.setAttribute('role', 'presentation');
            ['tabindex', 'aria-selected', 'aria-expanded'].forEach(function (name) {
                item.removeAttribute(name);
            });
            link.setAttribute('role', 'tab');
            link.removeAttribute('tabindex');
            link.setAttribute('aria-selected', active ? 'true' : 'false');
            if (active) {
                link.setAttribute('aria-current', 'page');
            }
        });

        // p:fileUpload mode="simple" skinSimple="true": the file input is what takes the focus,
        // yet it is hidden from assistive technology; it is the control, named by its label.
        root.querySelectorAll('.ui-fileupload-simple input[type=file][aria-hidden]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
            var named = (input.labels && input.labels.length > 0) || input.hasAttribute('aria-label')
                || input.hasAttribute('aria-labelledby');
            var wrapper = input.closest('.ui-fileupload-simple');
            if (!named && wrapper && wrapper.id) {
                var label = document.querySelector('label[for="' + CSS.escape(wrapper.id) + '"]');
                if (label) {
                    if (!label.id) {
                        label.id = wrapper.id + '_for';
                    }
                    input.setAttribute('aria-labelledby', label.id);
                }
            }
        });

        // p:messages: <ul><li role="alert"> is a list whose items are no list items; the list
        // steps aside (the alerts are still announced).
        root.querySelectorAll('.ui-messages ul:not([role])').forEach(function (list) {
            list.setAttribute('role', 'none');
        });

        // Paginator: the Vietnamese locale names the page buttons "Trang {trang}", a placeholder
        // PrimeFaces never fills (it fills {page}); the button's own number takes its place.
        root.querySelectorAll('.ui-paginator-page[aria-label*="{"]').forEach(function (button) {
            button.setAttribute('aria-label', button.getAttribute('aria-label')
                .replace(/\{[^}]*\}/, button.textContent.trim()));
        });
    }

    function fixLocale() {
        var vi = window.PrimeFaces && PrimeFaces.locales && PrimeFaces.locales.vi;
        if (vi && vi.aria && typeof vi.aria.pageLabel === 'string') {
            vi.aria.pageLabel = vi.aria.pageLabel.replace(/\{[^}]*\}/, '{page}');
        }
    }

    function start() {
        fixLocale();
        repair(document);
        new MutationObserver(function () {
            repair(document);
        }).observe(document.body, {
            childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label', 'aria-hidden', 'role']
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
