/*
 * Coverage chart of a schedule version: required and scheduled agents per interval (step lines, left axis) and the
 * projected service level per skill in percent (dashed lines, right axis). Reads the series from the element's
 * data-series attribute ({"labels":[], "required":[], "scheduled":[], "serviceLevel":{"skill":[]}}) and the translated
 * series names from data-label-required / data-label-scheduled / data-label-service-level. No animation.
 */
(function () {
    'use strict';

    function cssColour(name, fallback) {
        var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return value || fallback;
    }

    function draw(element) {
        if (typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(element.getAttribute('data-series') || '{"labels":[],"required":[],"scheduled":[],"serviceLevel":{}}');
        var required = element.getAttribute('data-label-required') || '';
        var scheduled = element.getAttribute('data-label-scheduled') || '';
        var level = element.getAttribute('data-label-service-level') || '';
        var text = cssColour('--muted', '#5a6579');
        var line = cssColour('--line', '#e2e7ef');
        var series = [
            { name: required, type: 'line', step: 'start', data: data.required, symbol: 'none', yAxisIndex: 0 },
            { name: scheduled, type: 'line', step: 'start', data: data.scheduled, symbol: 'none', yAxisIndex: 0,
              areaStyle: { opacity: 0.15 } }
        ];
        var names = [required, scheduled];
        Object.keys(data.serviceLevel).forEach(function (skill) {
            var name = level + ' · ' + skill;
            names.push(name);
            series.push({ name: name, type: 'line', data: data.serviceLevel[skill], symbol: 'none', yAxisIndex: 1,
                          connectNulls: false, lineStyle: { type: 'dashed', width: 1 } });
        });
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption({
            animation: false,
            color: [cssColour('--error', '#b42318'), cssColour('--accent', '#2b5fd9'), '#6a8f3a', '#a05fb7', '#c4862d'],
            textStyle: { color: text },
            tooltip: { trigger: 'axis' },
            legend: { data: names, textStyle: { color: text } },
            grid: { left: 56, right: 56, top: 48, bottom: 72 },
            dataZoom: data.labels.length > 96 ? [{ type: 'inside' }, { type: 'slider', bottom: 16 }] : [],
            xAxis: { type: 'category', data: data.labels, axisLabel: { color: text } },
            yAxis: [
                { type: 'value', minInterval: 1, splitLine: { lineStyle: { color: line } } },
                { type: 'value', min: 0, max: 100, splitLine: { show: false } }
            ],
            series: series
        });
        element.setAttribute('data-rendered', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawAll() {
        document.querySelectorAll('[data-schedule-chart]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
