extension HTMLScript {
  /// The expanded view of one finding: evidence, explanation, remediation snippets with a
  /// copy button, references and compliance tags.
  static let detail = #"""
    function section(parent, title) {
      parent.appendChild(el('h4', null, title));
      return parent;
    }

    function copyText(text, button) {
      var done = function () {
        button.textContent = 'Copied';
        setTimeout(function () { button.textContent = 'Copy'; }, 1500);
      };
      var fallback = function () {
        var area = el('textarea');
        area.value = text;
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); done(); } catch (e) { button.textContent = 'Failed'; }
        document.body.removeChild(area);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, fallback);
      } else {
        fallback();
      }
    }

    function snippet(parent, title, code) {
      if (!code) return;
      var box = el('div', 'snippet');
      var head = el('header', null, title);
      var button = el('button', null, 'Copy');
      button.type = 'button';
      button.addEventListener('click', function (event) {
        event.stopPropagation();
        copyText(code, button);
      });
      head.appendChild(button);
      box.appendChild(head);
      box.appendChild(el('pre')).appendChild(el('code', null, code));
      parent.appendChild(box);
    }

    function evidenceList(model, f) {
      var list = el('dl', 'evidence');
      f[5].forEach(function (item) {
        var row = el('div');
        row.appendChild(el('dt', 'mono', model.s[item[0]] + ':'));
        var value = item.length > 1 ? JSON.stringify(item[1]) : '(absent)';
        row.appendChild(el('dd', 'mono', value));
        list.appendChild(row);
      });
      if (f[5].length === 0) list.appendChild(el('div', 'empty', 'No evidence recorded.'));
      return list;
    }

    function findingDetail(model, index) {
      var f = model.findings[index], check = model.check(f), resource = model.resource(f);
      var tr = el('tr', 'detail-row'), td = el('td', 'detail');
      td.colSpan = 6;
      var grid = td.appendChild(el('div', 'detail-grid'));
      var left = grid.appendChild(el('div')), right = grid.appendChild(el('div'));

      section(left, 'Result').appendChild(el('p', null, model.message(f) || STATUS_LABEL[f[1]]));
      section(left, 'Evidence').appendChild(evidenceList(model, f));
      section(left, 'Resource');
      [['Id', resource[0]], ['Type', model.s[resource[1]]], ['Account', model.s[resource[3]]],
        ['Region', model.s[resource[4]]]].forEach(function (pair) {
        var line = el('p');
        line.appendChild(el('strong', null, pair[0] + ': '));
        line.appendChild(el('span', 'mono', pair[1]));
        left.appendChild(line);
      });
      var tags = model.compliance(f);
      if (tags.length) {
        var chips = section(left, 'Compliance').appendChild(el('div'));
        tags.forEach(function (tag) { chips.appendChild(el('span', 'tag', model.s[tag])); });
      }

      if (check.desc) section(right, 'About this check').appendChild(el('p', null, check.desc));
      if (check.risk) section(right, 'Risk').appendChild(el('p', null, check.risk));
      var remediation = model.remediation(f), snippets = model.snippets(f);
      if (remediation || check.rem || snippets.join('')) {
        section(right, 'Remediation');
        if (remediation) right.appendChild(el('p', null, remediation));
        if (check.rem && check.rem !== remediation) right.appendChild(el('p', null, check.rem));
        snippet(right, 'AWS CLI', snippets[0]);
        snippet(right, 'Terraform', snippets[1]);
        snippet(right, 'CloudFormation', snippets[2]);
      }
      if (check.refs.length) {
        var list = section(right, 'References').appendChild(el('ul', 'refs'));
        check.refs.forEach(function (ref) {
          var item = list.appendChild(el('li'));
          if (/^https:\/\/[^\s]+$/i.test(ref)) {
            var link = item.appendChild(el('a', null, ref));
            link.href = ref;
            link.target = '_blank';
            link.rel = 'noopener noreferrer';
          } else {
            item.textContent = ref;
          }
        });
      }
      tr.appendChild(td);
      return tr;
    }

    """#
}
