package com.salesbot.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void startsWithAByteOrderMarkSoExcelReadsChineseAsUtf8() {
        byte[] csv = Csv.write(List.of("客户"), List.of(List.of("华为技术")));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo("客户\r\n华为技术\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAsRfc4180Says() {
        assertThat(Csv.cell("Acme, Inc")).isEqualTo("\"Acme, Inc\"");
        assertThat(Csv.cell("the \"big\" one")).isEqualTo("\"the \"\"big\"\" one\"");
        assertThat(Csv.cell("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(Csv.cell("+1 555")).isEqualTo("'+1 555");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("12500")).isEqualTo("12500");
    }
}
