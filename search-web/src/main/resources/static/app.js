// Autocomplete of directive numbers: fills the search box's datalist from /api/suggest.
// Everything works without this script; it only adds suggestions while typing.
(function () {
  var box = document.getElementById('q');
  var list = document.getElementById('directive-list');
  if (!box || !list) return;
  var timer = null;
  box.addEventListener('input', function () {
    clearTimeout(timer);
    var words = box.value.trim().split(/\s+/);
    var last = words[words.length - 1] || '';
    if (!/^\d/.test(last)) { list.textContent = ''; return; }
    timer = setTimeout(function () {
      fetch('/api/suggest?q=' + encodeURIComponent(last))
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = '';
          var prefix = words.slice(0, -1).join(' ');
          data.suggestions.forEach(function (s) {
            var o = document.createElement('option');
            o.value = (prefix ? prefix + ' ' : '') + s.term;
            o.label = s.term + ' — ' + s.articles + ' bài';
            list.appendChild(o);
          });
        })
        .catch(function () {});
    }, 150);
  });
})();
