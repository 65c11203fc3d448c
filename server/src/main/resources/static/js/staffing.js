/*
 * Charts of the staffing calculator: service level, ASA and abandonment against the number of agents.
 * The series come from the data-staffing-charts attribute (JSON written by the server), the translated names
 * from data-* attributes of each .chart element; the target, when one is set, is a dashed line.
 * Runs on the first page load and again whenever htmx swaps in a new answer.
 */
(function () {
    'use strict';

    function cssColour(name, fallback) {
        var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return value || fallback;
    }

    function drawChart(element, data) {
        if (typeof echarts !== 'object' || element.dataset.drawn === 'true') {
            return;
        }
        element.dataset.drawn = 'true';
        var values = data[element.dataset.series] || [];
        var points = data.agents.map(function (n, i) { return [n, values[i]]; });
        var target = data[element.dataset.target];
        var unit = element.dataset.unit || '';
        var accent = cssColour('--accent', '#2b5fd9');
        var muted = cssColour('--muted', '#667085');
        var series = {
            type: 'line',
            name: element.dataset.name,
            data: points,
            connectNulls: false,
            symbolSize: 7,
            lineStyle: { color: accent, width: 2 },
            itemStyle: { color: accent },
            markLine: typeof target === 'number' ? {
                silent: true,
                symbol: 'none',
                label: { formatter: target + ' ' + unit, color: muted, position: 'insideEndTop' },
                lineStyle: { type: 'dashed', color: muted },
                data: [{ yAxis: target }]
            } : undefined
        };
        var chart = echarts.init(element, null, { renderer: 'svg' });
        chart.setOption({
            animation: false,
            grid: { left: 48, right: 24, top: 16, bottom: 40 },
            tooltip: {
                trigger: 'axis',
                valueFormatter: function (v) { return v == null ? '—' : v + ' ' + unit; }
            },
            xAxis: {
                type: 'value',
                name: element.dataset.axis,
                nameLocation: 'middle',
                nameGap: 26,
                minInterval: 1,
                min: data.agents[0],
                max: data.agents[data.agents.length - 1],
                axisLabel: { color: muted }
            },
            yAxis: { type: 'value', min: 0, axisLabel: { color: muted, formatter: '{value} ' + unit } },
            series: [series]
        });
    }

    function drawAll(root) {
        var scope = root && root.querySelectorAll ? root : document;
        var groups = scope.matches && scope.matches('[data-staffing-charts]')
            ? [scope] : Array.prototype.slice.call(scope.querySelectorAll('[data-staffing-charts]'));
        groups.forEach(function (group) {
            var data = JSON.parse(group.dataset.staffingCharts);
            group.querySelectorAll('.chart').forEach(function (element) { drawChart(element, data); });
        });
    }

    window.addEventListener('resize', function () {
        document.querySelectorAll('[data-staffing-charts] .chart').forEach(function (element) {
            var chart = typeof echarts === 'object' ? echarts.getInstanceByDom(element) : null;
            if (chart) {
                chart.resize();
            }
        });
    });
    document.addEventListener('htmx:load', function (event) { drawAll(event.target); });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
    } else {
        drawAll(document);
    }
})();
