extension HTMLScript {
  /// The compliance view (findings grouped by `framework:requirement` tag with pass and fail
  /// counts and a score per framework) and the table of failed collection calls.
  static let compliance = #"""
    // Status of a requirement from its counts [fail, pass, muted, not evaluated].
    function requirementStatus(counts) {
      if (counts[0] > 0) return 0;
      if (counts[1] > 0) return 1;
      if (counts[2] > 0) return 2;
      return 3;
    }

    function complianceSummary(model) {
      var byTag = {};
      model.findings.forEach(function (f) {
        var tags = model.compliance(f);
        for (var i = 0; i < tags.length; i++) {
          var counts = byTag[tags[i]] || (byTag[tags[i]] = [0, 0, 0, 0]);
          counts[f[1]]++;
        }
      });
      var frameworks = {};
      Object.keys(byTag).forEach(function (key) {
        var tag = model.s[key], cut = tag.indexOf(':');
        var name = cut < 0 ? tag : tag.slice(0, cut);
        var requirement = cut < 0 ? '' : tag.slice(cut + 1);
        var framework = frameworks[name] || (frameworks[name] = { name: name, items: [] });
        framework.items.push({ id: requirement, counts: byTag[key],
          status: requirementStatus(byTag[key]) });
      });
      return Object.keys(frameworks).sort().map(function (name) {
        var framework = frameworks[name], passed = 0, failed = 0;
        framework.items.sort(function (a, b) {
          return a.id.localeCompare(b.id, 'en', { numeric: true });
        });
        framework.items.forEach(function (item) {
          if (item.status === 0) failed++;
          if (item.status === 1) passed++;
        });
        framework.passed = passed;
        framework.failed = failed;
        framework.score = passed + failed === 0 ? 0 : Math.round(100 * passed / (passed + failed));
        return framework;
      });
    }

    function drawCompliance(container, frameworks) {
      if (frameworks.length === 0) {
        return container.appendChild(el('div', 'empty', 'No finding carries a compliance tag.'));
      }
      frameworks.forEach(function (framework) {
        var details = container.appendChild(el('details', 'framework'));
        details.setAttribute('data-framework', framework.name);
        var summary = details.appendChild(el('summary'));
        summary.appendChild(el('span', 'name', framework.name));
        var meter = summary.appendChild(el('span', 'meter'));
        meter.appendChild(el('i')).style.width = framework.score + '%';
        summary.appendChild(el('span', null, framework.score + '% \u00b7 '
          + framework.passed + ' passing, ' + framework.failed + ' failing of '
          + framework.items.length + ' requirements'));
        var table = details.appendChild(el('table'));
        var head = table.appendChild(el('thead')).appendChild(el('tr'));
        ['Requirement', 'Status', 'Fail', 'Pass', 'Muted', 'Not evaluated'].forEach(
          function (title) { head.appendChild(el('th', null, title)); });
        var body = table.appendChild(el('tbody'));
        framework.items.forEach(function (item) {
          var tr = body.appendChild(el('tr'));
          tr.appendChild(el('td', 'mono', item.id));
          tr.appendChild(el('td')).appendChild(badge('s', item.status));
          item.counts.forEach(function (count) { tr.appendChild(el('td', null, fmt(count))); });
        });
      });
    }

    function drawFailures(container, failures) {
      if (failures.length === 0) {
        return container.appendChild(el('div', 'empty', 'Every collection call succeeded.'));
      }
      var wrap = container.appendChild(el('div', 'table-wrap'));
      var table = wrap.appendChild(el('table'));
      var head = table.appendChild(el('thead')).appendChild(el('tr'));
      ['Service', 'Region', 'Operation', 'Reason', 'Permission', 'Resource', 'Message']
        .forEach(function (title) { head.appendChild(el('th', null, title)); });
      var body = table.appendChild(el('tbody'));
      failures.forEach(function (failure) {
        var tr = body.appendChild(el('tr'));
        [failure.service, failure.region, failure.operation, failure.kind.replace('_', ' '),
          failure.permission, failure.resource_id || '', failure.message
        ].forEach(function (text) { tr.appendChild(el('td', null, text)); });
      });
    }

    """#
}
