/// The static skeleton of the report body: navigation, the section headings and the empty
/// containers the script fills. It holds no data, so nothing in it needs escaping.
enum HTMLLayout {
  static let body = """
    <nav class="nav">
    <a href="#overview">Overview</a><a href="#findings">Findings</a>
    <a href="#compliance">Compliance</a><a href="#collection">Not evaluated</a>
    </nav>
    <main>
    <noscript><p class="notice">This report draws its charts and findings table with
    JavaScript. Enable JavaScript for this file to read it.</p></noscript>
    <div id="report-error" class="notice" hidden></div>
    <section id="overview">
    <h2>Overview</h2>
    <div class="cards" id="cards"></div>
    <div class="charts">
    <figure class="panel" id="chart-status"><figcaption>Findings by status</figcaption></figure>
    <figure class="panel" id="chart-severity">
    <figcaption>Failed findings by severity</figcaption></figure>
    <figure class="panel" id="chart-service">
    <figcaption>Failed findings by service</figcaption></figure>
    <figure class="panel" id="chart-region">
    <figcaption>Failed findings by region</figcaption></figure>
    <figure class="panel wide" id="chart-risky">
    <figcaption>Top risky resources (critical and high failures)</figcaption></figure>
    <figure class="panel" id="chart-compliance">
    <figcaption>Compliance score by framework</figcaption></figure>
    </div>
    </section>
    <section id="findings">
    <h2>Findings</h2>
    <div class="toolbar">
    <input type="search" id="search" placeholder="Search checks, resources, messages"
     aria-label="Search findings">
    <select id="filter-status" aria-label="Status"></select>
    <select id="filter-severity" aria-label="Severity"></select>
    <select id="filter-service" aria-label="Service"></select>
    <select id="filter-region" aria-label="Region"></select>
    <select id="filter-check" aria-label="Check"></select>
    <button type="button" id="filter-reset">Reset</button>
    </div>
    <div class="table-wrap">
    <table class="findings">
    <thead><tr>
    <th data-sort="status">Status</th><th data-sort="severity">Severity</th>
    <th data-sort="check">Check</th><th data-sort="resource">Resource</th>
    <th data-sort="region">Region</th><th data-sort="message">Message</th>
    </tr></thead>
    <tbody id="rows"></tbody>
    </table>
    </div>
    <div class="pager">
    <button type="button" id="page-prev">Previous</button>
    <span id="table-status"></span>
    <button type="button" id="page-next">Next</button>
    <label>Rows per page <select id="page-size">
    <option>25</option><option selected>50</option><option>100</option><option>500</option>
    </select></label>
    </div>
    </section>
    <section id="compliance">
    <h2>Compliance</h2>
    <p class="hint">A requirement fails when any finding mapped to it fails, and passes when
    at least one passes and none fail. Requirements with no evaluated finding are not
    scored.</p>
    <div id="compliance-list"></div>
    </section>
    <section id="collection">
    <h2>Not evaluated: failed collection calls</h2>
    <div id="failures"></div>
    </section>
    </main>

    """
}
