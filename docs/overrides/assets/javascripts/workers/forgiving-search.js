/*
 * Search that forgives (issue 17): Material's own search worker, with a query that forgives one slip per
 * word and any missing or extra accent. "Blinkin" finds Blinken, "Bruxelels" Bruxelles, "Séjourne" and
 * "sejourne" Séjourné, and the preview highlights the word as the page writes it.
 *
 * Material runs its search in a web worker; assets/javascripts/reader.js points Material at this file,
 * with the address of Material's worker in `?worker=`. This file loads that worker unchanged (importScripts)
 * and stands between it and the page:
 *
 * - it keeps the Lunr index the worker builds, and folds the index's words once (accents off, lower case);
 * - a query word becomes the word as typed (Material still matches it as a prefix, as the reader types),
 *   plus every word of the index that is the same once folded ("séjourné" for "sejourne"), boosted, and
 *   every word one slip away once folded (an inserted, missing, changed or swapped letter) for words of
 *   four letters or more: "blinken" for "blinkin". Lunr then finds, ranks and highlights real words of
 *   the pages, so the preview marks "Séjourné";
 * - in the results, a word is reported missing only if none of its spellings was found, and the page the
 *   reader opens highlights the spellings that were.
 *
 * A query written in Lunr's syntax (+word, -word, word~2, title:word, "a phrase") is left as it is. If
 * Material's worker changes so that any of this no longer holds, the queries simply go through unchanged.
 * Folding is the same as the build's (generator/site/search.py), which also gives every page a field of
 * its words without accents, so that a word typed without accents is found while it is being typed.
 */
"use strict";
(function () {
  var SETUP = 0, QUERY = 2, RESULT = 3; // Material's SearchMessageType
  var FUZZY_FROM = 4; // letters a word needs (once folded) for one slip to be forgiven: "Yi" is not "Xi"
  var EXACT_BOOST = 4; // the word as written, accents aside, before words one slip away
  var MOST = 12; // other spellings of one word, at most
  var LIGATURES = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "’": "'" };
  var SYNTAX = /(^|\s)[+\-]|["~^*:]/; // Lunr's query syntax: a query written in it is left alone
  var UNSAFE = /[\s"~^*:+\-\\]/; // a word of the index that could not be written in a query

  var lunr; // Lunr as Material's worker exposes it (self.lunr = lunr)
  var index = null; // the index Material built
  var words = null; // folded word -> the index's words that fold to it, and their TokenSet
  var asked = null; // for the query being answered: each typed word and the spellings asked for it

  function fold(word) {
    return word
      .toLowerCase()
      .replace(/[œæßøłđı’]/g, function (c) { return LIGATURES[c]; })
      .normalize("NFKD")
      .replace(/\p{Mn}/gu, "");
  }

  // Catch Lunr when Material's worker exposes it, and every index it builds from then on.
  Object.defineProperty(self, "lunr", {
    configurable: true,
    enumerable: true,
    get: function () { return lunr; },
    set: function (value) {
      lunr = value;
      if (value && value.Builder && !value.Builder.prototype.forgivingSearch) {
        var build = value.Builder.prototype.build;
        value.Builder.prototype.build = function () {
          var built = (index = build.apply(this, arguments));
          words = null;
          // The index's words, folded, once the page knows the search is ready: not in the first query's time.
          setTimeout(function () {
            try {
              if (index === built) vocabulary();
            } catch (err) {
              index = null; // an index not as expected: queries go through unchanged
            }
          }, 0);
          return built;
        };
        value.Builder.prototype.forgivingSearch = true;
      }
    },
  });

  // The index's words by their folded spelling, and the folded spellings by length.
  function vocabulary() {
    if (words === null) {
      var byFold = new Map(), byLength = [];
      Object.keys(index.invertedIndex).forEach(function (term) {
        var folded = fold(term);
        var same = byFold.get(folded);
        if (same) return same.push(term);
        byFold.set(folded, [term]);
        (byLength[folded.length] = byLength[folded.length] || []).push(folded);
      });
      words = { byFold: byFold, byLength: byLength };
    }
    return words;
  }

  // Whether two different words are one slip apart: a letter inserted, left out, changed, or two
  // neighbours swapped (Damerau-Levenshtein distance 1). Lunr's own fuzzy matching misses changed letters.
  function oneSlip(a, b) {
    var la = a.length, lb = b.length;
    if (la < lb) return oneSlip(b, a);
    if (la - lb > 1) return false;
    var i = 0;
    while (i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (la > lb) return a.slice(i + 1) === b.slice(i);
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }

  // The index's words that are `word` once folded (first) or one slip away from it once folded.
  function spellings(word) {
    var known = vocabulary();
    var folded = fold(word);
    var same = (known.byFold.get(folded) || []).slice(), other = [];
    if (folded.length >= FUZZY_FROM) {
      for (var length = folded.length - 1; length <= folded.length + 1; length++) {
        (known.byLength[length] || []).forEach(function (f) {
          if (f !== folded && oneSlip(folded, f)) other.push.apply(other, known.byFold.get(f));
        });
      }
    }
    var keep = function (term) { return term !== word && !UNSAFE.test(term); };
    return { same: same.filter(keep), other: other.filter(keep).slice(0, MOST) };
  }

  function forgive(query) {
    asked = null;
    if (!index || !lunr || SYNTAX.test(query)) return query;
    var separator = lunr.tokenizer.separator || /[\s\-]+/;
    var parts = [], groups = [];
    query.trim().split(/\s+/).forEach(function (part) {
      part.split(separator).forEach(function (typed) {
        if (!typed) return;
        var word = typed.toLowerCase();
        var found = spellings(word);
        parts.push(typed); // as typed: Material matches it as a prefix
        if (!UNSAFE.test(word)) parts.push(word + "~0^" + EXACT_BOOST);
        found.same.forEach(function (term) { parts.push(term + "~0^" + EXACT_BOOST); });
        found.other.forEach(function (term) { parts.push(term + "~0"); });
        groups.push({ word: word, terms: [word].concat(found.same, found.other) });
      });
    });
    if (!groups.length) return query;
    asked = groups;
    return parts.join(" ");
  }

  // Material's "terms" of a result, per typed word: the spellings found, or the word as missing.
  function regroup(terms, groups) {
    var out = {}, grouped = {};
    groups.forEach(function (group) {
      var seen = false, found = [];
      group.terms.forEach(function (term) {
        grouped[term] = true;
        if (Object.prototype.hasOwnProperty.call(terms, term)) {
          seen = true;
          if (terms[term]) found.push(term);
        }
      });
      if (found.length) found.forEach(function (term) { out[term] = true; });
      else if (seen) out[group.word] = false;
    });
    Object.keys(terms).forEach(function (term) {
      if (!grouped[term]) out[term] = terms[term];
    });
    return out;
  }

  function answered(message) {
    var items = message && message.type === RESULT && message.data && message.data.items;
    if (asked && Array.isArray(items)) {
      items.forEach(function (group) {
        group.forEach(function (item) {
          if (item && item.terms) item.terms = regroup(item.terms, asked);
        });
      });
    }
    return message;
  }

  // Stand between the page and Material's worker: queries in, results out.
  var listen = self.addEventListener;
  self.addEventListener = function (type, listener, options) {
    if (type !== "message" || typeof listener !== "function") return listen.call(self, type, listener, options);
    return listen.call(self, type, function (event) {
      var message = event.data;
      if (message && message.type === QUERY && typeof message.data === "string") {
        var query;
        try {
          query = forgive(message.data);
        } catch (err) {
          asked = null;
          query = message.data;
        }
        return listener.call(this, { data: { type: QUERY, data: query } });
      }
      if (message && message.type === SETUP) asked = null;
      return listener.call(this, event);
    }, options);
  };
  var post = self.postMessage;
  self.postMessage = function (message) {
    var rest = Array.prototype.slice.call(arguments, 1);
    try {
      message = answered(message);
    } catch (err) {
      /* the results as Material made them */
    }
    return post.apply(self, [message].concat(rest));
  };

  var worker = new URL(self.location.href).searchParams.get("worker");
  if (!worker || new URL(worker, self.location.href).origin !== self.location.origin) {
    throw new Error("forgiving-search.js: ?worker= must name Material's search worker on this site");
  }
  importScripts(worker);
})();
