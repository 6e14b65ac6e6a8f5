extension HTMLScript {
  /// Inline SVG charts: a donut with legend, horizontal bars, and stacked bars for the
  /// riskiest resources. Labels are SVG text nodes, so names are never parsed as markup.
  static let charts = #"""
    function emptyChart(container, text) {
      container.appendChild(el('div', 'empty', text));
    }

    function donut(container, segments) {
      var total = segments.reduce(function (sum, s) { return sum + s.value; }, 0);
      if (total === 0) return emptyChart(container, 'No findings.');
      var chart = svg('svg', { 'class': 'chart', viewBox: '0 0 200 200', width: 200,
        height: 200, role: 'img', 'aria-label': 'Findings by status' });
      chart.style.maxWidth = '200px';
      chart.style.margin = '0 auto';
      var radius = 80, circumference = 2 * Math.PI * radius, offset = 0;
      segments.forEach(function (segment) {
        if (segment.value === 0) return;
        var length = circumference * segment.value / total;
        var ring = svg('circle', { cx: 100, cy: 100, r: radius, fill: 'none',
          stroke: segment.color, 'stroke-width': 28,
          'stroke-dasharray': length + ' ' + (circumference - length),
          'stroke-dashoffset': -offset, transform: 'rotate(-90 100 100)' });
        ring.appendChild(svg('title', {}, segment.label + ': ' + fmt(segment.value)));
        chart.appendChild(ring);
        offset += length;
      });
      chart.appendChild(svg('text', { x: 100, y: 98, 'text-anchor': 'middle',
        'font-size': 24, 'font-weight': 600 }, fmt(total)));
      chart.appendChild(svg('text', { x: 100, y: 118, 'text-anchor': 'middle',
        'class': 'dim' }, 'findings'));
      container.appendChild(chart);
      var legend = el('div', 'legend');
      segments.forEach(function (segment) {
        var item = el('span');
        var swatch = el('i');
        swatch.style.background = segment.color;
        item.appendChild(swatch);
        item.appendChild(document.createTextNode(segment.label + ' ' + fmt(segment.value)
          + ' (' + Math.round(100 * segment.value / total) + '%)'));
        legend.appendChild(item);
      });
      container.appendChild(legend);
    }

    function clip(text, length) {
      return text.length > length ? text.slice(0, length - 1) + '\u2026' : text;
    }

    function topEntries(counts, limit, color) {
      return Object.keys(counts).map(function (key) {
        return { label: key, value: counts[key], color: color };
      }).sort(function (a, b) {
        return b.value - a.value || (a.label < b.label ? -1 : 1);
      }).slice(0, limit);
    }

    // Each item: label, value, color, optional max and suffix; or parts for stacked bars.
    // A wide panel passes a wider drawing so its text keeps the size of the others.
    function bars(container, items, wide) {
      if (items.length === 0) return emptyChart(container, 'Nothing to show.');
      var width = wide ? 960 : 460, labelWidth = wide ? 300 : 150, row = 26, valueWidth = 60;
      var max = items.reduce(function (m, item) {
        return Math.max(m, item.max || item.value);
      }, 0) || 1;
      var chart = svg('svg', { 'class': 'chart', viewBox: '0 0 ' + width + ' '
        + (items.length * row + 4), role: 'img' });
      var span = width - labelWidth - valueWidth;
      items.forEach(function (item, index) {
        var y = index * row + 4;
        var label = svg('text', { x: labelWidth - 8, y: y + 15, 'text-anchor': 'end' },
          clip(item.label, wide ? 48 : 22));
        label.appendChild(svg('title', {}, item.label));
        chart.appendChild(label);
        chart.appendChild(svg('rect', { x: labelWidth, y: y + 3, width: span, height: 16,
          fill: '#f0f4f8', rx: 3 }));
        var x = labelWidth;
        (item.parts || [item]).forEach(function (part) {
          var w = span * part.value / max;
          if (w <= 0) return;
          var bar = svg('rect', { x: x, y: y + 3, width: Math.max(w, 2), height: 16,
            fill: part.color, rx: 3 });
          bar.appendChild(svg('title', {}, (part.label || item.label) + ': '
            + fmt(part.value)));
          chart.appendChild(bar);
          x += w;
        });
        chart.appendChild(svg('text', { x: width - valueWidth + 6, y: y + 15,
          'class': 'dim' }, fmt(item.value) + (item.suffix || '')));
      });
      container.appendChild(chart);
    }

    function riskyChart(container, model, risky) {
      var items = Object.keys(risky).map(function (key) {
        var counts = risky[key], resource = model.resources[key];
        return { label: resource[2] || resource[0], value: counts[0] + counts[1],
          critical: counts[0], parts: [
            { label: 'Critical', value: counts[0], color: SEVERITY_COLOR[4] },
            { label: 'High', value: counts[1], color: SEVERITY_COLOR[3] }] };
      }).sort(function (a, b) {
        return b.critical - a.critical || b.value - a.value || (a.label < b.label ? -1 : 1);
      }).slice(0, 10);
      if (items.length === 0) {
        return emptyChart(container, 'No resource has a critical or high failure.');
      }
      bars(container, items, true);
      var legend = el('div', 'legend');
      [4, 3].forEach(function (level) {
        var item = el('span'), swatch = el('i');
        swatch.style.background = SEVERITY_COLOR[level];
        item.appendChild(swatch);
        item.appendChild(document.createTextNode(SEVERITY_LABEL[level]));
        legend.appendChild(item);
      });
      container.appendChild(legend);
    }

    """#
}
