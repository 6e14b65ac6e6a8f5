/// The report's script, split by concern; `HTMLReport` concatenates the parts in order
/// (`common`, `charts`, `table`, `compliance`, then `main`). Everything it shows is set
/// through `textContent` or attributes, never parsed as HTML, so no string from the data
/// can become markup.
enum HTMLScript {
  /// Constants, DOM helpers and accessors over the compact data rows.
  static let common = #"""
    'use strict';
    var STATUS = ['fail', 'pass', 'muted', 'not_evaluated'];
    var STATUS_LABEL = ['Fail', 'Pass', 'Muted', 'Not evaluated'];
    var STATUS_COLOR = ['#c62828', '#2e7d32', '#8a94a0', '#7b4fb3'];
    var STATUS_ORDER = [0, 3, 2, 1];
    var SEVERITY = ['informational', 'low', 'medium', 'high', 'critical'];
    var SEVERITY_LABEL = ['Informational', 'Low', 'Medium', 'High', 'Critical'];
    var SEVERITY_COLOR = ['#7b8794', '#2f6fb7', '#e0a100', '#d9480f', '#8e0e0e'];
    var SVG_NS = 'http://www.w3.org/2000/svg';

    function byId(id) { return document.getElementById(id); }
    function el(tag, cls, text) {
      var node = document.createElement(tag);
      if (cls) node.className = cls;
      if (text !== undefined && text !== null) node.textContent = String(text);
      return node;
    }
    function svg(tag, attrs, text) {
      var node = document.createElementNS(SVG_NS, tag);
      for (var key in attrs) node.setAttribute(key, String(attrs[key]));
      if (text !== undefined) node.textContent = String(text);
      return node;
    }
    function fmt(n) { return n.toLocaleString('en-US'); }
    function serviceOf(type) {
      var parts = type.split('.');
      return parts.length > 1 ? parts[1] : type;
    }
    function badge(kind, index) {
      if (kind === 's') return el('span', 'badge s-' + STATUS[index], STATUS_LABEL[index]);
      return el('span', 'badge v-' + SEVERITY[index], SEVERITY_LABEL[index]);
    }

    function Model(data) {
      this.data = data;
      this.s = data.s;
      this.checks = data.checks;
      this.resources = data.resources;
      this.findings = data.findings;
      var services = [], serviceIndex = {};
      this.resourceService = this.resources.map(function (row) {
        var name = serviceOf(data.s[row[1]]);
        if (!(name in serviceIndex)) { serviceIndex[name] = services.length; services.push(name); }
        return serviceIndex[name];
      });
      this.services = services;
    }
    Model.prototype.check = function (f) { return this.checks[f[0]]; };
    Model.prototype.resource = function (f) { return this.resources[f[3]]; };
    Model.prototype.region = function (f) { return this.resources[f[3]][4]; };
    Model.prototype.service = function (f) { return this.resourceService[f[3]]; };
    Model.prototype.message = function (f) { return this.s[f[4]]; };
    Model.prototype.remediation = function (f) {
      var index = f.length > 6 ? f[6] : this.checks[f[0]].fr;
      return index >= 0 ? this.s[index] : '';
    };
    Model.prototype.compliance = function (f) {
      return f.length > 7 ? f[7] : this.checks[f[0]].fc;
    };
    Model.prototype.snippets = function (f) {
      var check = this.checks[f[0]], s = this.s;
      if (f.length > 8) return f[8].map(function (i) { return i >= 0 ? s[i] : ''; });
      return [check.cli, check.tf, check.cfn];
    };

    """#

  /// Computes the overview numbers, draws the charts and runs the page.
  static let main = #"""
    function overview(model) {
      var totals = [0, 0, 0, 0], severity = [0, 0, 0, 0, 0];
      var services = {}, regions = {}, risky = {};
      var rows = model.findings;
      for (var i = 0; i < rows.length; i++) {
        var f = rows[i];
        totals[f[1]]++;
        if (f[1] !== 0) continue;
        severity[f[2]]++;
        var service = model.services[model.service(f)];
        services[service] = (services[service] || 0) + 1;
        var region = model.s[model.region(f)];
        regions[region] = (regions[region] || 0) + 1;
        if (f[2] >= 3) {
          var entry = risky[f[3]] || (risky[f[3]] = [0, 0]);
          entry[f[2] === 4 ? 0 : 1]++;
        }
      }
      return { totals: totals, severity: severity, services: services, regions: regions,
        risky: risky };
    }

    function drawCards(model, numbers) {
      var cards = byId('cards');
      var inventory = model.data.inventory;
      var items = [
        ['count-total', 'Findings', model.findings.length, ''],
        ['count-fail', 'Failed', numbers.totals[0], 'fail'],
        ['count-pass', 'Passed', numbers.totals[1], 'pass'],
        ['count-muted', 'Muted', numbers.totals[2], 'muted'],
        ['count-not_evaluated', 'Not evaluated', numbers.totals[3], 'ne'],
        ['count-resources', 'Resources', inventory.resources, ''],
        ['count-checks', 'Checks', model.checks.length, ''],
        ['count-failures', 'Failed calls', inventory.failures.length, 'ne']
      ];
      items.forEach(function (item) {
        var card = el('div', 'card ' + item[3]);
        var number = el('div', 'num', fmt(item[2]));
        number.id = item[0];
        number.setAttribute('data-count', item[2]);
        card.appendChild(number);
        card.appendChild(el('div', 'label', item[1]));
        cards.appendChild(card);
      });
    }

    function drawOverview(model, numbers, compliance) {
      drawCards(model, numbers);
      donut(byId('chart-status'), numbers.totals.map(function (value, index) {
        return { label: STATUS_LABEL[index], value: value, color: STATUS_COLOR[index] };
      }));
      var severityBars = [];
      for (var level = 4; level >= 0; level--) {
        severityBars.push({ label: SEVERITY_LABEL[level], value: numbers.severity[level],
          color: SEVERITY_COLOR[level] });
      }
      bars(byId('chart-severity'), severityBars);
      bars(byId('chart-service'), topEntries(numbers.services, 10, '#1f4e79'));
      bars(byId('chart-region'), topEntries(numbers.regions, 10, '#3c6e9f'));
      riskyChart(byId('chart-risky'), model, numbers.risky);
      bars(byId('chart-compliance'), compliance.map(function (framework) {
        return { label: framework.name, value: framework.score, max: 100, suffix: '%',
          color: framework.score >= 80 ? '#2e7d32' : framework.score >= 50 ? '#e0a100'
            : '#c62828' };
      }).slice(0, 12));
    }

    function start() {
      var model = new Model(JSON.parse(byId('parapet-data').textContent));
      var numbers = overview(model);
      var compliance = complianceSummary(model);
      drawOverview(model, numbers, compliance);
      new FindingsTable(model).start();
      drawCompliance(byId('compliance-list'), compliance);
      drawFailures(byId('failures'), model.data.inventory.failures);
      document.body.setAttribute('data-render-ms', String(Math.round(performance.now())));
      document.body.setAttribute('data-rendered', 'true');
    }

    try {
      start();
    } catch (error) {
      var box = byId('report-error');
      box.hidden = false;
      box.textContent = 'This report could not be drawn: ' + error;
      throw error;
    }

    """#
}
