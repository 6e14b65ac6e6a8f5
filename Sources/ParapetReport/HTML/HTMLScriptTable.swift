extension HTMLScript {
  /// The findings table: filters, free-text search, sorting by column, and paging, so that
  /// only one page of rows is ever in the DOM however many findings the report holds.
  static let table = #"""
    function FindingsTable(model) {
      this.model = model;
      this.order = null;
      this.visible = [];
      this.haystack = null;
      this.sort = { key: 'default', direction: 1 };
      this.page = 0;
      this.size = 50;
      this.open = {};
    }

    FindingsTable.prototype.start = function () {
      var self = this, model = this.model;
      var statusCounts = [0, 0, 0, 0], severityCounts = [0, 0, 0, 0, 0];
      var serviceCounts = {}, regionCounts = {}, checkCounts = {};
      model.findings.forEach(function (f) {
        statusCounts[f[1]]++;
        severityCounts[f[2]]++;
        serviceCounts[model.service(f)] = (serviceCounts[model.service(f)] || 0) + 1;
        regionCounts[model.region(f)] = (regionCounts[model.region(f)] || 0) + 1;
        checkCounts[f[0]] = (checkCounts[f[0]] || 0) + 1;
      });
      this.fillSelect('filter-status', 'All statuses', STATUS_ORDER.map(function (i) {
        return [i, STATUS_LABEL[i], statusCounts[i]];
      }));
      this.fillSelect('filter-severity', 'All severities', [4, 3, 2, 1, 0].map(function (i) {
        return [i, SEVERITY_LABEL[i], severityCounts[i]];
      }));
      this.fillSelect('filter-service', 'All services', this.options(serviceCounts,
        function (key) { return model.services[key]; }));
      this.fillSelect('filter-region', 'All regions', this.options(regionCounts,
        function (key) { return model.s[key]; }));
      this.fillSelect('filter-check', 'All checks', this.options(checkCounts,
        function (key) { return model.checks[key].title; }));

      var refresh = function () { self.page = 0; self.apply(); };
      ['filter-status', 'filter-severity', 'filter-service', 'filter-region', 'filter-check']
        .forEach(function (id) { byId(id).addEventListener('change', refresh); });
      var timer = null;
      byId('search').addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(refresh, 200);
      });
      byId('filter-reset').addEventListener('click', function () {
        byId('search').value = '';
        document.querySelectorAll('.toolbar select').forEach(function (s) { s.value = ''; });
        refresh();
      });
      byId('page-prev').addEventListener('click', function () { self.turn(-1); });
      byId('page-next').addEventListener('click', function () { self.turn(1); });
      byId('page-size').addEventListener('change', function () {
        self.size = Number(this.value);
        self.page = 0;
        self.draw();
      });
      document.querySelectorAll('th[data-sort]').forEach(function (th) {
        th.addEventListener('click', function () { self.sortBy(th.getAttribute('data-sort')); });
      });
      this.apply();
    };

    FindingsTable.prototype.options = function (counts, name) {
      return Object.keys(counts).map(function (key) {
        return [key, name(key), counts[key]];
      }).sort(function (a, b) { return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0; });
    };

    FindingsTable.prototype.fillSelect = function (id, all, entries) {
      var select = byId(id);
      var first = el('option', null, all);
      first.value = '';
      select.appendChild(first);
      entries.forEach(function (entry) {
        var option = el('option', null, entry[1] + ' (' + fmt(entry[2]) + ')');
        option.value = String(entry[0]);
        select.appendChild(option);
      });
    };

    FindingsTable.prototype.buildHaystack = function () {
      var model = this.model;
      this.haystack = model.findings.map(function (f) {
        var check = model.check(f), resource = model.resource(f);
        return (check.id + '\n' + check.title + '\n' + resource[0] + '\n' + resource[2]
          + '\n' + model.s[resource[1]] + '\n' + model.s[resource[4]] + '\n'
          + model.message(f)).toLowerCase();
      });
    };

    FindingsTable.prototype.apply = function () {
      var value = function (id) { var v = byId(id).value; return v === '' ? -1 : Number(v); };
      var status = value('filter-status'), severity = value('filter-severity');
      var service = value('filter-service'), region = value('filter-region');
      var check = value('filter-check');
      var query = byId('search').value.trim().toLowerCase();
      if (query && !this.haystack) this.buildHaystack();
      var model = this.model, rows = model.findings, order = this.sorted(), visible = [];
      for (var n = 0; n < order.length; n++) {
        var i = order[n], f = rows[i];
        if (status >= 0 && f[1] !== status) continue;
        if (severity >= 0 && f[2] !== severity) continue;
        if (check >= 0 && f[0] !== check) continue;
        if (region >= 0 && model.region(f) !== region) continue;
        if (service >= 0 && model.service(f) !== service) continue;
        if (query && this.haystack[i].indexOf(query) < 0) continue;
        visible.push(i);
      }
      this.visible = visible;
      this.draw();
    };

    FindingsTable.prototype.sortKey = function (key) {
      var model = this.model;
      switch (key) {
        case 'status': return function (f) { return STATUS_ORDER.indexOf(f[1]); };
        case 'severity': return function (f) { return -f[2]; };
        case 'check': return function (f) { return model.check(f).title; };
        case 'resource': return function (f) { return model.resource(f)[2]; };
        case 'region': return function (f) { return model.s[model.region(f)]; };
        case 'message': return function (f) { return model.message(f); };
      }
      return null;
    };

    // Default order: failures first, most severe first, then by check.
    FindingsTable.prototype.sorted = function () {
      if (this.order) return this.order;
      var rows = this.model.findings, key = this.sortKey(this.sort.key);
      var direction = this.sort.direction;
      var keys = key ? rows.map(key) : null;
      var order = new Array(rows.length);
      for (var i = 0; i < rows.length; i++) order[i] = i;
      order.sort(function (a, b) {
        if (keys) {
          var x = keys[a], y = keys[b];
          if (x < y) return -direction;
          if (x > y) return direction;
        }
        var fa = rows[a], fb = rows[b];
        return STATUS_ORDER.indexOf(fa[1]) - STATUS_ORDER.indexOf(fb[1])
          || fb[2] - fa[2] || fa[0] - fb[0] || a - b;
      });
      this.order = order;
      return order;
    };

    FindingsTable.prototype.sortBy = function (key) {
      var same = this.sort.key === key;
      this.sort = { key: key, direction: same ? -this.sort.direction : 1 };
      this.order = null;
      var sort = this.sort;
      document.querySelectorAll('th[data-sort]').forEach(function (th) {
        if (th.getAttribute('data-sort') === sort.key) {
          th.setAttribute('aria-sort', sort.direction > 0 ? 'ascending' : 'descending');
        } else {
          th.removeAttribute('aria-sort');
        }
      });
      this.page = 0;
      this.apply();
    };

    FindingsTable.prototype.turn = function (step) {
      var pages = Math.max(1, Math.ceil(this.visible.length / this.size));
      this.page = Math.min(pages - 1, Math.max(0, this.page + step));
      this.draw();
    };

    FindingsTable.prototype.draw = function () {
      var self = this, model = this.model, body = byId('rows');
      body.textContent = '';
      var first = this.page * this.size;
      var last = Math.min(this.visible.length, first + this.size);
      for (var n = first; n < last; n++) {
        var index = this.visible[n];
        body.appendChild(this.row(index));
        if (this.open[index]) body.appendChild(findingDetail(model, index));
      }
      if (this.visible.length === 0) {
        var empty = el('td', 'empty', 'No finding matches these filters.');
        empty.colSpan = 6;
        body.appendChild(el('tr')).appendChild(empty);
      }
      var status = byId('table-status');
      status.setAttribute('data-matching', this.visible.length);
      status.textContent = (this.visible.length === 0 ? '0' : fmt(first + 1) + '\u2013'
        + fmt(last)) + ' of ' + fmt(this.visible.length) + ' findings'
        + (this.visible.length < model.findings.length
          ? ' (filtered from ' + fmt(model.findings.length) + ')' : '');
      byId('page-prev').disabled = this.page === 0;
      byId('page-next').disabled = last >= this.visible.length;
    };

    FindingsTable.prototype.row = function (index) {
      var self = this, model = this.model, f = model.findings[index];
      var check = model.check(f), resource = model.resource(f);
      var tr = el('tr', 'finding-row' + (this.open[index] ? ' open' : ''));
      tr.setAttribute('data-index', index);
      tr.appendChild(el('td')).appendChild(badge('s', f[1]));
      tr.appendChild(el('td')).appendChild(badge('v', f[2]));
      var checkCell = el('td', null, check.title);
      checkCell.appendChild(el('small', 'mono', check.id));
      tr.appendChild(checkCell);
      var resourceCell = el('td', null, resource[2] || resource[0]);
      resourceCell.appendChild(el('small', 'mono', model.s[resource[1]]));
      tr.appendChild(resourceCell);
      tr.appendChild(el('td', null, model.s[resource[4]]));
      tr.appendChild(el('td', 'message', model.message(f)));
      tr.addEventListener('click', function () {
        if (self.open[index]) delete self.open[index]; else self.open[index] = true;
        self.draw();
      });
      return tr;
    };

    """#
}
