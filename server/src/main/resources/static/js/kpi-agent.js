/*
 * States timeline of the agent page: one row per agent state, a bar per interval, on a time axis of the chosen day,
 * drawn with an ECharts custom series from the JSON in data-timeline (see AgentPageController.TimelineData):
 * {"states":[names], "intervals":[[state, fromMs, toMs, label, seconds]], "dayStart":ms, "dayEnd":ms}, times being
 * the centre's wall-clock times written as UTC, hence useUTC.
 */
(function () {
    'use strict';

    var COLOURS = ['#8b95a7', '#17703f', '#8a5a00', '#2b5fd9', '#6fa3ff', '#b42318'];

    function draw(element) {
        if (typeof echarts === 'undefined') {
            return;
        }
        var data = JSON.parse(element.getAttribute('data-timeline'));
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption({
            animation: false,
            useUTC: true,
            tooltip: {
                formatter: function (item) {
                    var minutes = Math.round(item.value[4] / 60);
                    return item.value[3] + ' · ' + minutes + ' min';
                }
            },
            grid: { left: 110, right: 24, top: 12, bottom: 32 },
            xAxis: { type: 'time', min: data.dayStart, max: data.dayEnd },
            yAxis: { type: 'category', data: data.states },
            series: [{
                type: 'custom',
                encode: { x: [1, 2], y: 0 },
                data: data.intervals,
                renderItem: function (params, api) {
                    var state = api.value(0);
                    var start = api.coord([api.value(1), state]);
                    var end = api.coord([api.value(2), state]);
                    var height = api.size([0, 1])[1] * 0.6;
                    return {
                        type: 'rect',
                        shape: { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 1), height: height },
                        style: { fill: COLOURS[state % COLOURS.length] }
                    };
                }
            }]
        });
        element.setAttribute('data-drawn', 'true');
        window.addEventListener('resize', function () { chart.resize(); });
    }

    function drawAll() {
        document.querySelectorAll('[data-kpi-timeline]').forEach(draw);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', drawAll);
    } else {
        drawAll();
    }
}());
