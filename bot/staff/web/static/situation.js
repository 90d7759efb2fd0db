// Situation page: draws the charts from the figures the server computed for this page
// (embedded as JSON; the same as GET /staff/situation/data.json). Apache ECharts, served
// from /staff/static.
(function () {
  "use strict";
  var labels = JSON.parse(document.getElementById("labels").textContent);
  var charts = [];

  function chart(id) {
    var c = echarts.init(document.getElementById(id), null, { renderer: "svg" });
    charts.push(c);
    return c;
  }

  function bars(id, rows) {
    var names = rows.map(function (r) { return r.name; }).reverse();
    chart(id).setOption({
      tooltip: { trigger: "axis" },
      legend: { data: [labels["this"], labels["last"]] },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value" },
      yAxis: { type: "category", data: names },
      series: [
        { name: labels["this"], type: "bar", data: rows.map(function (r) { return r.n; }).reverse() },
        { name: labels["last"], type: "bar", data: rows.map(function (r) { return r.prev_n; }).reverse() }
      ]
    });
  }

  function trend(series) {
    var cur = series.current, prev = series.previous;
    chart("chart-trend").setOption({
      tooltip: { trigger: "axis" },
      legend: {},
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: series.labels },
      yAxis: [{ type: "value", name: labels.n }, { type: "value", name: labels.amount }],
      series: [
        { name: labels.n + "·" + labels["this"], type: "line", data: cur.n },
        { name: labels.n + "·" + labels["last"], type: "line", data: prev.n, lineStyle: { type: "dashed" } },
        { name: labels.workers + "·" + labels["this"], type: "bar", data: cur.workers },
        { name: labels.amount + "·" + labels["this"], type: "line", yAxisIndex: 1, data: cur.amount }
      ]
    });
  }

  var fig = JSON.parse(document.getElementById("figures").textContent);
  trend(fig.series);
  bars("chart-district", fig.by_district);
  bars("chart-industry", fig.by_industry);
  bars("chart-employer", fig.by_employer);
  document.body.setAttribute("data-charts", "drawn");
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
