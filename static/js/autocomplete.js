/*
 * The header search box as a WAI-ARIA 1.2 combobox with a listbox popup.
 *
 * Progressive enhancement: without this file the box is a plain GET form to
 * /search/. With it, typing two or more characters asks /search/suggest/ for
 * up to eight pages; Down/Up move through them (aria-activedescendant keeps
 * focus in the input), Enter opens the highlighted page (or submits the
 * search when none is), Escape closes the list (or clears the box when it is
 * already closed), and a polite live region says how many suggestions there
 * are. No inline handlers or styles, so it runs under the site's strict CSP.
 */
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 200;

  function init(form) {
    var input = form.querySelector('[role="combobox"]');
    var listbox = form.querySelector('[role="listbox"]');
    var status = form.querySelector("[data-autocomplete-status]");
    var url = form.getAttribute("data-suggest-url");
    if (!input || !listbox || !url || !window.fetch) {
      return;
    }

    var options = [];
    var active = -1;
    var timer = null;
    var controller = null;
    var lastQuery = "";

    function announce(count) {
      if (!status) {
        return;
      }
      var message;
      if (count === 0) {
        message = form.getAttribute("data-msg-none") || "";
      } else if (count === 1) {
        message = form.getAttribute("data-msg-one") || "";
      } else {
        message = (form.getAttribute("data-msg-many") || "").replace("{count}", String(count));
      }
      status.textContent = message;
    }

    function setActive(index) {
      options.forEach(function (option, i) {
        option.setAttribute("aria-selected", i === index ? "true" : "false");
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      setActive(-1);
    }

    function open() {
      if (options.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
    }

    function go(index) {
      var option = options[index];
      if (option && option.getAttribute("data-url")) {
        window.location.assign(option.getAttribute("data-url"));
      }
    }

    function render(results) {
      listbox.textContent = "";
      options = [];
      results.forEach(function (result, i) {
        if (!result || !result.url) {
          return;
        }
        var li = document.createElement("li");
        li.id = listbox.id + "-option-" + i;
        li.className = "combobox__option";
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.setAttribute("data-url", result.url);
        var title = document.createElement("span");
        title.className = "combobox__title";
        title.textContent = result.title;
        li.appendChild(title);
        if (result.type) {
          var type = document.createElement("span");
          type.className = "combobox__type";
          type.textContent = result.type;
          li.appendChild(type);
        }
        listbox.appendChild(li);
        options.push(li);
      });
      setActive(-1);
      if (options.length) {
        open();
      } else {
        close();
      }
      announce(options.length);
    }

    function fetchSuggestions(query) {
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      var separator = url.indexOf("?") === -1 ? "?" : "&";
      window
        .fetch(url + separator + "q=" + encodeURIComponent(query), {
          headers: { Accept: "application/json" },
          credentials: "same-origin",
          signal: controller ? controller.signal : undefined,
        })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          // Ignore answers to a query the user has already typed past.
          if (input.value.trim() === query) {
            render((data && data.results) || []);
          }
        })
        .catch(function () {
          /* Offline or aborted: the form still submits to /search/. */
        });
    }

    input.addEventListener("input", function () {
      var query = input.value.trim();
      window.clearTimeout(timer);
      if (query.length < MIN_CHARS) {
        lastQuery = "";
        render([]);
        if (status) {
          status.textContent = "";
        }
        return;
      }
      if (query === lastQuery) {
        return;
      }
      timer = window.setTimeout(function () {
        lastQuery = query;
        fetchSuggestions(query);
      }, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var expanded = input.getAttribute("aria-expanded") === "true";
      switch (event.key) {
        case "ArrowDown":
        case "Down":
          if (!options.length) {
            return;
          }
          event.preventDefault();
          open();
          setActive(expanded ? (active + 1) % options.length : 0);
          break;
        case "ArrowUp":
        case "Up":
          if (!options.length) {
            return;
          }
          event.preventDefault();
          open();
          setActive(active <= 0 ? options.length - 1 : active - 1);
          break;
        case "Enter":
          if (expanded && active >= 0) {
            event.preventDefault();
            go(active);
          }
          break;
        case "Escape":
        case "Esc":
          if (expanded) {
            event.preventDefault();
            close();
          } else if (input.value) {
            event.preventDefault();
            input.value = "";
            lastQuery = "";
            render([]);
          }
          break;
        case "Tab":
          close();
          break;
        default:
          break;
      }
    });

    // Keep focus in the input when a suggestion is pressed, then follow it.
    listbox.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    listbox.addEventListener("click", function (event) {
      var option = event.target.closest('[role="option"]');
      if (option) {
        go(options.indexOf(option));
      }
    });

    input.addEventListener("blur", function () {
      close();
    });

    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) {
        close();
      }
    });
  }

  function start() {
    var forms = document.querySelectorAll("form[data-autocomplete]");
    Array.prototype.forEach.call(forms, init);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
