package com.talentfinder.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.talentfinder.api.ResponseParser;
import com.talentfinder.cleaning.FreelancerJson;
import com.talentfinder.domain.EntryStatus;
import com.talentfinder.domain.Freelancer;
import com.talentfinder.domain.SearchRequest;
import com.talentfinder.domain.ShortlistEntry;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A colleague's tampered JSON goes through the same cleaning as an API answer (issue 10, point 2). */
class TamperedImportCleaningTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TAMPERED = """
            {"id":"~01bad","name":"Bell\\u0007 \\u202EevilName\\u061C\\u200B","title":"\\uFF1Dcmd|' /C calc'!A0",
             "description":"ok","hourly_rate":"1e-100000000","currency":"USD",
             "job_success_score":4200,"total_earnings":"9e999999999","total_hours":-3,
             "total_completed_jobs":-7,"profile_url":"javascript:alert(1)","portrait_url":"http://evil/x.png",
             "skills":["Java","\\u202Ex"]}""";

    private static Freelancer imported(String json) throws Exception {
        return FreelancerJson.fromJson(JSON.readTree(json));
    }

    @Test
    void everyTamperedFieldIsCleanedOnImport() throws Exception {
        Freelancer f = imported(TAMPERED);
        assertThat(f.name()).isEqualTo("Bell evilName");
        assertThat(f.hourlyRate()).isNull();
        assertThat(f.jobSuccessScore()).isNull();
        assertThat(f.totalEarnings()).isNull();
        assertThat(f.totalHours()).isNull();
        assertThat(f.totalCompletedJobs()).isNull();
        assertThat(f.profileUrl()).startsWith("https://www.upwork.com/");
        assertThat(f.portraitUrl()).isNull();
        assertThat(f.skills()).containsExactly("Java", "x");
    }

    @Test
    void negativeAndAbsurdRatesAreDropped() throws Exception {
        assertThat(imported("{\"id\":\"~1\",\"hourly_rate\":-50}").hourlyRate()).isNull();
        assertThat(imported("{\"id\":\"~1\",\"hourly_rate\":\"250000\"}").hourlyRate()).isNull();
        assertThat(imported("{\"id\":\"~1\",\"hourly_rate\":1e400}").hourlyRate()).isNull();
        assertThat(imported("{\"id\":\"~1\",\"hourly_rate\":\"35.50\"}").hourlyRate())
                .isEqualByComparingTo(new BigDecimal("35.5"));
    }

    @Test
    void theApiPathAndTheImportPathCleanAlike() throws Exception {
        String apiBody = """
                {"status":"success","data":{"freelancers":[{"ciphertext":"~01bad",
                "name":"Bell\\u0007 \\u202EevilName\\u061C\\u200B","hourly_rate":"1e-100000000",
                "total_earnings":"9e999999999","total_completed_jobs":-7,"skills":["Java","\\u202Ex"]}]}}""";
        Freelancer api = new ResponseParser().parse(new SearchRequest("x", 1, 10),
                apiBody.getBytes(StandardCharsets.UTF_8)).freelancers().get(0);
        Freelancer file = imported(TAMPERED);
        assertThat(api.name()).isEqualTo(file.name());
        assertThat(api.hourlyRate()).isEqualTo(file.hourlyRate());
        assertThat(api.totalEarnings()).isEqualTo(file.totalEarnings());
        assertThat(api.totalCompletedJobs()).isEqualTo(file.totalCompletedJobs());
        assertThat(api.skills()).isEqualTo(file.skills());
    }

    @Test
    void aMissingOrControlOnlyIdStillFails() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> imported("{\"id\":\"\\u0007\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A value stored by an older version, never cleaned: the writers must not expand its exponent. */
    private static ExportRow storedAbsurd() {
        Freelancer f = new Freelancer("~01old", "Old", "t", "d", "https://www.upwork.com/freelancers/~01old", null,
                new BigDecimal("1e-100000000"), "USD", null, null, null, null, List.of(), 50, false,
                new BigDecimal("9e999999999"), false, Double.POSITIVE_INFINITY, 1, false, false, false, false);
        return ExportRow.of(new ShortlistEntry(1, f, Instant.EPOCH, EntryStatus.NEW, 0, "", List.of(), null));
    }

    @Test
    @Timeout(10)
    void csvAndXlsxNeverExpandAStoredExponent() throws Exception {
        ExportSpec spec = new ExportSpec("L", ExportColumn.forShortlist(), Instant.EPOCH, ZoneOffset.UTC);
        for (ExportFormat format : List.of(ExportFormat.CSV, ExportFormat.XLSX, ExportFormat.JSON)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ShortlistExporter.write(format, out, spec, List.of(storedAbsurd()).iterator());
            assertThat(out.size()).as(format.name()).isLessThan(100_000);
        }
    }

    @Test
    void readingJsonNumbersThatOverflowADoubleGivesNull() throws Exception {
        JsonNode n = JSON.readTree("{\"id\":\"~1\",\"total_earnings\":1e999}");
        assertThat(FreelancerJson.fromJson(n).totalEarnings()).isNull();
    }
}
