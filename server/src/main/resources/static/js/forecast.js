/*
 * Charts of the forecast pages, drawn with ECharts from JSON in data attributes (see VersionChart.java and
 * AccuracyChart.java). A version: the history's contacts and the planned forecast (lines) with the 80 % and 95 %
 * prediction bands (stacked areas between lower and upper ends). Accuracy: the signed daily error in percent (bars,
 * over-forecast and under-forecast coloured apart) and the interval × day heat-map of the signed error. Drawn again
 * when htmx swaps in new content (a manual adjustment). No animation.
 */
(function () {
    'use strict';

    function cssColour(name, fallback) {
        var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return value || fallback;
    }

    function width(lower, upper) {
        return upper.map(function (value, i) {
            return value === null || lower[i] === null ? null : Math.round((value - lower[i]) * 100) / 100;
        });
    }

    function band(name, stack, lower, upper, colour) {
        return [
            { name: name, type: 'line', stack: stack, data: lower, symbol: 'none', lineStyle: { opacity: 0 },
              tooltip: { show: false } },
            { name: name, type: 'line', stack: stack, data: width(lower, upper), symbol: 'none',
              lineStyle: { opacity: 0 }, areaStyle: { color: colour } }
        ];
    }

    function version(data) {
        var text = cssColour('--muted', '#5a6579');
        var accent = cssColour('--accent', '#2b5fd9');
        var names = data.names;
        return {
            animation: false,
            textStyle: { color: text },
            tooltip: { trigger: 'axis' },
            legend: { data: [names.history, names.forecast, names.band80, names.band95], textStyle: { color: text } },
            grid: { left: 56, right: 24, top: 40, bottom: 72 },
            dataZoom: [{ type: 'inside' }, { type: 'slider', bottom: 16 }],
            xAxis: { type: 'category', data: data.labels, axisLabel: { color: text } },
            yAxis: { type: 'value', name: names.contacts, min: 0 },
            series: band(names.band95, 'b95', data.lower95, data.upper95, 'rgba(43, 95, 217, 0.12)')
                .concat(band(names.band80, 'b80', data.lower80, data.upper80, 'rgba(43, 95, 217, 0.25)'))
                .concat([
                    { name: names.history, type: 'line', data: data.history, symbol: 'none', color: text },
                    { name: names.forecast, type: 'line', data: data.forecast, symbol: 'none', color: accent }
                ])
        };
    }

    function dailyError(data) {
        var text = cssColour('--muted', '#5a6579');
        var over = cssColour('--accent', '#2b5fd9');
        var under = cssColour('--error', '#b42318');
        return {
            animation: false,
            textStyle: { color: text },
            tooltip: { trigger: 'axis' },
            grid: { left: 56, right: 24, top: 24, bottom: 48 },
            xAxis: { type: 'category', data: data.days, axisLabel: { color: text } },
            yAxis: { type: 'value', name: '%' },
            series: [{
                name: data.names['daily-error'], type: 'bar',
                data: data.dailyError.map(function (value) {
                    return value === null ? null : { value: value, itemStyle: { color: value > 0 ? over : under } };
                })
            }]
        };
    }

    function errorHeat(data) {
        var text = cssColour('--muted', '#5a6579');
        var max = 10;
        data.cells.forEach(function (cell) { max = Math.max(max, Math.abs(cell[2])); });
        return {
            animation: false,
            textStyle: { color: text },
            tooltip: { position: 'top' },
            grid: { left: 64, right: 24, top: 16, bottom: 88 },
            xAxis: { type: 'category', data: data.columns, splitArea: { show: true } },
            yAxis: { type: 'category', data: data.rows, inverse: true, splitArea: { show: true } },
            visualMap: { min: -max, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 8,
                         inRange: { color: ['#b42318', '#fdeceb', '#f5f5f5', '#e3ebfb', '#2b5fd9'] } },
            series: [{ name: data.names.error, type: 'heatmap', data: data.cells }]
        };
    }

    function draw(element, option) {
        var existing = echarts.getInstanceByDom(element);
        if (existing) {
            existing.dispose();
        }
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(option);
        element.setAttribute('data-drawn', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawIn(root) {
        if (typeof echarts === 'undefined') {
            return;
        }
        root.querySelectorAll('[data-forecast-chart=version][data-chart]').forEach(function (element) {
            draw(element, version(JSON.parse(element.getAttribute('data-chart'))));
        });
        root.querySelectorAll('[data-accuracy-charts]').forEach(function (section) {
            var data = JSON.parse(section.getAttribute('data-accuracy-charts'));
            section.querySelectorAll('[data-forecast-chart=daily-error]').forEach(function (element) {
                draw(element, dailyError(data));
            });
            section.querySelectorAll('[data-forecast-chart=error-heat]').forEach(function (element) {
                draw(element, errorHeat(data));
            });
        });
    }

    document.addEventListener('htmx:afterSettle', function (event) { drawIn(event.target); });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { drawIn(document); });
    } else {
        drawIn(document);
    }
}());
