/*
 * Requirement chart of a bulk requirement set: contacts (bars, left axis) and required agents (step line, right axis)
 * per interval. Reads the series from the element's data-series attribute ({"labels":[], "contacts":[],
 * "agents":[]}) and the translated series names from data-label-contacts / data-label-agents. No animation.
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
        var series = JSON.parse(element.getAttribute('data-series') || '{"labels":[],"contacts":[],"agents":[]}');
        var contactsName = element.getAttribute('data-label-contacts') || '';
        var agentsName = element.getAttribute('data-label-agents') || '';
        var text = cssColour('--muted', '#5a6579');
        var line = cssColour('--line', '#e2e7ef');
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption({
            animation: false,
            color: [cssColour('--accent', '#2b5fd9'), cssColour('--error', '#b42318')],
            textStyle: { color: text },
            tooltip: { trigger: 'axis' },
            legend: { data: [contactsName, agentsName], textStyle: { color: text } },
            grid: { left: 56, right: 56, top: 40, bottom: 72 },
            dataZoom: series.labels.length > 96 ? [{ type: 'inside' }, { type: 'slider', bottom: 16 }] : [],
            xAxis: { type: 'category', data: series.labels, axisLabel: { color: text } },
            yAxis: [
                { type: 'value', name: contactsName, splitLine: { lineStyle: { color: line } } },
                { type: 'value', name: agentsName, minInterval: 1, splitLine: { show: false } }
            ],
            series: [
                { name: contactsName, type: 'bar', data: series.contacts, yAxisIndex: 0, barCategoryGap: '10%' },
                { name: agentsName, type: 'line', step: 'start', data: series.agents, yAxisIndex: 1, symbol: 'none' }
            ]
        });
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawAll() {
        document.querySelectorAll('[data-requirement-chart]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
