package org.switchboard.server.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.switchboard.server.support.SwitchboardIntegrationTest;
import org.switchboard.server.user.Role;

/**
 * The dashboard exports open and hold the figures: the .xlsx read back with fastexcel-reader, the CSV parts read as
 * text; agent names only for roles that may see them.
 */
@SwitchboardIntegrationTest
class KpiExportIT {

    private static final LocalDate TUESDAY = DemoWeek.MONDAY.plusDays(1);
    private static final String FILTER = "period=custom&from=" + TUESDAY + "&to=" + TUESDAY + "&queue=service";

    @Autowired
    MockMvc mvc;

    @Test
    void theWorkbookHoldsTheOfferedCountAndHidesAgentNamesFromAViewer() throws Exception {
        long offered = DemoWeek.contacts("service", TUESDAY).size();

        var response = download("/kpis/export.xlsx?" + FILTER, Role.VIEWER);

        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheets = workbook.getSheets().map(sheet -> sheet.getName()).toList();
            assertThat(sheets).containsExactly("Filter", "KPIs", "Queues", "Series", "Agents");
            var kpis = rowsByFirstTwo(workbook.getSheets().toList().get(1).read());
            assertThat(kpis.get("accessibility/offered").getCellAsNumber(3)).contains(BigDecimal.valueOf(offered));
            var agents = workbook.getSheets().toList().get(4).read();
            assertThat(agents).hasSizeGreaterThan(1);
            assertThat(agents.subList(1, agents.size()))
                    .allSatisfy(row -> assertThat(row.getCellText(1)).isEmpty());
            var series = workbook.getSheets().toList().get(3).read();
            assertThat(series).hasSize(1 + 96);
        }
    }

    @Test
    void theCsvPartsHoldTheSameFigures() throws Exception {
        long offered = DemoWeek.contacts("service", TUESDAY).size();

        var tiles = download("/kpis/export.csv?part=tiles&" + FILTER, Role.MANAGER).getContentAsString(StandardCharsets.UTF_8);
        var agents = download("/kpis/export.csv?part=agents&" + FILTER, Role.MANAGER).getContentAsString(StandardCharsets.UTF_8);

        assertThat(tiles.lines().findFirst()).contains("group,metric,name,value,unit,target,status");
        assertThat(tiles.lines()).anyMatch(line -> line.startsWith("accessibility,offered,Offered," + offered + ","));
        var someAgent = DemoWeek.contacts("service", TUESDAY).stream()
                .flatMap(contact -> contact.agentId().stream())
                .findFirst()
                .orElseThrow();
        var name = DemoWeek.data().agents().stream().filter(a -> a.id().equals(someAgent)).findFirst().orElseThrow()
                .name();
        assertThat(agents).contains(someAgent + "," + name);
    }

    private MockHttpServletResponse download(String url, Role role) throws Exception {
        var response = mvc.perform(get(url).with(user(role.name().toLowerCase(Locale.ROOT)).roles(role.name())))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    private static Map<String, Row> rowsByFirstTwo(List<Row> rows) {
        var byKey = new HashMap<String, Row>();
        for (var row : rows) {
            byKey.put(row.getCellText(0) + "/" + row.getCellText(1), row);
        }
        return byKey;
    }
}
