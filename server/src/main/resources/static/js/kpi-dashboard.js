/*
 * Charts of the KPI dashboard, drawn with ECharts from the JSON in the data-charts attribute of the charts section
 * (see ChartData.java): contacts offered / answered / abandoned per bucket (bars), service level and abandonment rate
 * in percent with ASA and AHT in seconds (lines), and two heat-maps (interval of the day × date or weekday) of service
 * level and of contacts offered. Series names come translated in "names". No animation.
 */
(function () {
    'use strict';

    function cssColour(name, fallback) {
        var value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
        return value || fallback;
    }

    function base(data) {
        var text = cssColour('--muted', '#5a6579');
        return {
            animation: false,
            textStyle: { color: text },
            tooltip: { trigger: 'axis' },
            legend: { textStyle: { color: text } },
            grid: { left: 56, right: 56, top: 40, bottom: 72 },
            dataZoom: data.series.labels.length > 96 ? [{ type: 'inside' }, { type: 'slider', bottom: 16 }] : [],
            xAxis: { type: 'category', data: data.series.labels, axisLabel: { color: text } }
        };
    }

    function volume(element, data) {
        var option = base(data);
        var names = data.names;
        option.color = [cssColour('--accent', '#2b5fd9'), cssColour('--success', '#17703f'), cssColour('--error', '#b42318')];
        option.yAxis = { type: 'value', name: names.contacts, minInterval: 1 };
        option.series = [
            { name: names.offered, type: 'bar', data: data.series.offered },
            { name: names.answered, type: 'bar', data: data.series.answered },
            { name: names.abandoned, type: 'bar', data: data.series.abandoned }
        ];
        return option;
    }

    function service(element, data) {
        var option = base(data);
        var names = data.names;
        option.color = [cssColour('--accent', '#2b5fd9'), cssColour('--error', '#b42318'), '#8a5a00', '#5a6579'];
        option.yAxis = [
            { type: 'value', name: names.percent, min: 0, max: 100 },
            { type: 'value', name: names.seconds, splitLine: { show: false } }
        ];
        option.series = [
            { name: names['service-level'], type: 'line', data: data.series.serviceLevel, yAxisIndex: 0, connectNulls: false },
            { name: names['abandon-rate'], type: 'line', data: data.series.abandonRate, yAxisIndex: 0, connectNulls: false },
            { name: names.asa, type: 'line', data: data.series.asa, yAxisIndex: 1, connectNulls: false },
            { name: names.aht, type: 'line', data: data.series.aht, yAxisIndex: 1, connectNulls: false }
        ];
        return option;
    }

    function heat(cells, data, name, max) {
        var text = cssColour('--muted', '#5a6579');
        return {
            animation: false,
            textStyle: { color: text },
            tooltip: { position: 'top' },
            grid: { left: 64, right: 24, top: 16, bottom: 88 },
            xAxis: { type: 'category', data: data.heat.columns, splitArea: { show: true } },
            yAxis: { type: 'category', data: data.heat.rows, inverse: true, splitArea: { show: true } },
            visualMap: { min: 0, max: max, calculable: true, orient: 'horizontal', left: 'center', bottom: 8,
                         inRange: { color: ['#fdeceb', '#fff5dc', '#e5f5eb', '#2b5fd9'] } },
            series: [{ name: name, type: 'heatmap', data: cells }]
        };
    }

    function maxOf(cells) {
        var max = 1;
        cells.forEach(function (cell) { if (cell[2] > max) { max = cell[2]; } });
        return max;
    }

    function draw(section) {
        if (typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(section.getAttribute('data-charts'));
        section.querySelectorAll('[data-kpi-chart]').forEach(function (element) {
            var kind = element.getAttribute('data-kpi-chart');
            var option;
            if (kind === 'volume') {
                option = volume(element, data);
            } else if (kind === 'service') {
                option = service(element, data);
            } else if (kind === 'heat-service') {
                option = heat(data.heat.serviceLevel, data, data.names['service-level'], 100);
            } else {
                option = heat(data.heat.volume, data, data.names.volume, maxOf(data.heat.volume));
            }
            var chart = echarts.init(element, null, { renderer: 'canvas' });
            chart.setOption(option);
            element.setAttribute('data-drawn', 'true');
            window.addEventListener('resize', function () { chart.resize(); });
        });
    }

    function drawAll() {
        document.querySelectorAll('[data-charts]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
