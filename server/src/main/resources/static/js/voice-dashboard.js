/*
 * Charts of the customer-voice dashboard, drawn with ECharts from the JSON in the data-charts attribute (see
 * VoiceCharts.java), two per question:
 *  - trend: each metric per month with its confidence interval as a band (shares in percent, NPS in points; for NPS
 *    and eNPS also the composition as stacked bars), months with too few answers drawn hollow, and the built-in
 *    benchmark levels as dashed lines;
 *  - distribution: the share of every answer per month, stacked to 100 %, bottom box in reds and top box in greens,
 *    with the mean as a secondary line, so that a rising mean cannot hide a growing share of very unhappy customers.
 * Texts come translated in the JSON. No animation.
 */
(function () {
    'use strict';

    var REDS = ['#7f1d1d', '#b42318', '#e0685f', '#f1a39d'];
    var GREENS = ['#a6d8b5', '#5fb37c', '#17703f', '#0b4a28'];
    var GREYS = ['#c9ced8', '#aab2c0', '#8b95a7'];

    function cssColour(name, fallback) {
        var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return value || fallback;
    }

    function base(chart) {
        var text = cssColour('--muted', '#5a6579');
        return {
            animation: false,
            textStyle: { color: text },
            tooltip: { trigger: 'axis' },
            legend: { type: 'scroll', textStyle: { color: text } },
            grid: { left: 48, right: 48, top: 48, bottom: 32 },
            xAxis: { type: 'category', data: chart.months, axisLabel: { color: text } }
        };
    }

    function band(line, colour, stack) {
        var lower = line.lower.map(function (v) { return v; });
        var width = line.upper.map(function (v, i) { return v === null || lower[i] === null ? null : +(v - lower[i]).toFixed(1); });
        return [
            { name: line.name, type: 'line', stack: stack, data: lower, symbol: 'none', lineStyle: { opacity: 0 },
              tooltip: { show: false }, silent: true },
            { name: line.name, type: 'line', stack: stack, data: width, symbol: 'none', lineStyle: { opacity: 0 },
              areaStyle: { color: colour, opacity: 0.18 }, tooltip: { show: false }, silent: true }
        ];
    }

    function trend(chart) {
        var option = base(chart);
        var colours = [cssColour('--accent', '#2b5fd9'), cssColour('--error', '#b42318')];
        var series = [];
        var net = chart.lines.length > 0 && chart.lines[0].netScore;
        option.yAxis = net
            ? [{ type: 'value', name: chart.names.points, min: -100, max: 100 },
               { type: 'value', name: chart.names.share, min: 0, max: 100, splitLine: { show: false } }]
            : { type: 'value', name: chart.names.share, min: 0, max: 100 };
        if (chart.composition) {
            series.push({ name: chart.names.detractors, type: 'bar', stack: 'composition', yAxisIndex: 1,
                          data: chart.composition.detractors, itemStyle: { color: REDS[1], opacity: 0.45 } });
            series.push({ name: chart.names.passives, type: 'bar', stack: 'composition', yAxisIndex: 1,
                          data: chart.composition.passives, itemStyle: { color: GREYS[1], opacity: 0.45 } });
            series.push({ name: chart.names.promoters, type: 'bar', stack: 'composition', yAxisIndex: 1,
                          data: chart.composition.promoters, itemStyle: { color: GREENS[2], opacity: 0.45 } });
        }
        chart.lines.forEach(function (line, index) {
            var colour = colours[index % colours.length];
            band(line, colour, 'band-' + index).forEach(function (s) { series.push(s); });
            var marks = chart.benchmarks.filter(function (b) { return b.metric === line.metric; })
                .map(function (b) { return { yAxis: b.value, name: b.label }; });
            series.push({
                name: line.name, type: 'line', data: line.value.map(function (v, i) {
                    return { value: v, symbol: line.insufficient[i] ? 'emptyCircle' : 'circle', symbolSize: 8 };
                }),
                itemStyle: { color: colour }, lineStyle: { width: 2 },
                markLine: marks.length ? { symbol: 'none', lineStyle: { type: 'dashed', color: '#8a5a00' },
                                           label: { formatter: '{b}', position: 'insideEndTop' }, data: marks } : undefined
            });
        });
        option.series = series;
        return option;
    }

    function distribution(chart) {
        var option = base(chart);
        var answers = chart.distribution.answers;
        var bottom = answers.filter(function (a) { return a.bottom; }).length;
        var top = answers.filter(function (a) { return a.top; }).length;
        var red = 0, green = 0, grey = 0;
        option.yAxis = [{ type: 'value', name: chart.names.share, min: 0, max: 100 },
                        { type: 'value', name: chart.names.mean, splitLine: { show: false } }];
        option.series = answers.map(function (a) {
            var colour;
            if (a.bottom) {
                colour = REDS[Math.min(REDS.length - 1, red++ + Math.max(0, REDS.length - bottom))];
            } else if (a.top) {
                colour = GREENS[Math.min(GREENS.length - 1, green++ + Math.max(0, GREENS.length - top))];
            } else {
                colour = GREYS[grey++ % GREYS.length];
            }
            return { name: a.label, type: 'bar', stack: 'answers', data: a.shares, itemStyle: { color: colour } };
        });
        option.series.push({ name: chart.names.mean, type: 'line', yAxisIndex: 1, data: chart.mean,
                             itemStyle: { color: '#1f2937' }, lineStyle: { type: 'dotted' } });
        return option;
    }

    function draw(section) {
        if (typeof echarts === 'undefined') {
            return;
        }
        var charts = JSON.parse(section.getAttribute('data-charts'));
        var byCode = {};
        charts.forEach(function (c) { byCode[c.code] = c; });
        section.querySelectorAll('[data-voice-chart]').forEach(function (element) {
            var data = byCode[element.getAttribute('data-question')];
            if (!data) {
                return;
            }
            var option = element.getAttribute('data-voice-chart') === 'trend' ? trend(data) : distribution(data);
            var chart = echarts.init(element, null, { renderer: 'canvas' });
            chart.setOption(option);
            element.setAttribute('data-drawn', 'true');
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    function drawAll() {
        document.querySelectorAll('.voice-charts[data-charts]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
})();
