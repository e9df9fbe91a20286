/* ropa, both sites: search finds inflected forms. The index is built with the language's stemmer
   (mkdocs.yml: search pipeline "stemmer"), but the theme's search worker turns every word of a query
   into a prefix search ("bewaartermijnen*"), and lunr does not stem a word with a wildcard, so
   "bewaartermijnen" would not find "bewaartermijn". This adds each plain word once more as it is,
   with a boost ("bewaartermijnen^1"), which the worker leaves alone and lunr stems: a page matches on
   the word's stem or on its prefix while one types. Queries with lunr's own syntax are left as they are.
   It rewrites only the query text that the page sends to its own search worker. */
(function () {
  "use strict";
  var QUERY = 2;  // the theme's SearchMessageType.QUERY
  var post = Worker.prototype.postMessage;
  function stemmed(query) {
    if (/["*+\-:^~]/.test(query)) { return query; }  // lunr syntax: the reader meant it
    var words = query.trim().split(/\s+/).filter(function (w) { return w.length > 2; });
    return words.length ? query + " " + words.map(function (w) { return w + "^1"; }).join(" ") : query;
  }
  Worker.prototype.postMessage = function (message) {
    if (message && message.type === QUERY && typeof message.data === "string") {
      var args = Array.prototype.slice.call(arguments);
      args[0] = { type: message.type, data: stemmed(message.data) };
      return post.apply(this, args);
    }
    return post.apply(this, arguments);
  };
})();
