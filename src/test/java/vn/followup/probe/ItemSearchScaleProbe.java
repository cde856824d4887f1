package vn.followup.probe;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.followup.support.FollowupSpringBootTest;
import vn.followup.support.Http;
import vn.followup.support.TestData;

/** Throwaway: the search's time at 100,000 items (not committed). */
@FollowupSpringBootTest
class ItemSearchScaleProbe {

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  IdentityService identityService;

  @Test
  void measure() {
    jdbc.execute("insert into followup_notice (id, number, symbol, issuer, summary, document, registered_at)"
        + " select 'p-' || n, n::text, 'TB/TU', 'thuong-truc-thanh-uy', 'Thông báo kết luận số ' || n, '{\"items\":[]}',"
        + " now() - (n || ' minutes')::interval from generate_series(1, 5000) n");
    jdbc.execute("insert into followup_item (notice_id, number, business_key, kind, lead_agency, position, item_text)"
        + " select 'p-' || (i / 20 + 1), '1.' || (i % 20), 'p-' || (i / 20 + 1) || '/1.' || (i % 20), 'TASK',"
        + " (array['phong-tnmt','phong-qldt','phong-noi-vu','ubnd-thanh-pho'])[i % 4 + 1], i % 20,"
        + " 'Rà soát quỹ đất công số ' || i || ' và chỉnh trang đô thị khu dân cư' from generate_series(0, 99999) i");
    jdbc.execute("insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,"
        + " end_time_, state_) select 'pi-' || i, 'pi-' || i, 'p-' || (i / 20 + 1) || '/1.' || (i % 20),"
        + " 'Process_FollowUpItem', 'x', now(), case when i % 3 = 0 then now() else null end,"
        + " case when i % 3 = 0 then 'COMPLETED' else 'ACTIVE' end from generate_series(0, 99999) i");
    for (String[] v : List.of(new String[] {"leadAgency", "text_", "(array['phong-tnmt','phong-qldt','phong-noi-vu','ubnd-thanh-pho'])[i % 4 + 1]"},
        new String[] {"closureOutcome", "text_", "case when i % 6 = 0 then 'STOPPED' else 'COMPLETED_ON_TIME' end"},
        new String[] {"overdue", "long_", "(i % 5 = 0)::int"})) {
      jdbc.execute("insert into act_hi_varinst (id_, proc_inst_id_, execution_id_, name_, var_type_, " + v[1] + ", state_)"
          + " select 'v-" + v[0] + "-' || i, 'pi-' || i, 'pi-' || i, '" + v[0] + "', 'string', " + v[2] + ", 'CREATED'"
          + " from generate_series(0, 99999) i");
    }
    jdbc.execute("analyze");
    TestData.user(identityService, "probe.giamsat", "Tham-do-100k-2026", List.of("giam-sat"));
    Http http = new Http(port);
    String[] queries = {"", "words=quy+dat+99999", "words=chinh+trang+xyz", "notice=p-4000", "number=1.5&agency=phong-qldt",
        "state=STOPPED", "state=OVERDUE&agency=phong-tnmt", "page=50", "words=dat&state=FOLLOWED"};
    for (int round = 0; round < 2; round++) {
      for (String q : queries) {
        long start = System.nanoTime();
        var answer = http.get("/api/items?" + q, "probe.giamsat", "Tham-do-100k-2026");
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.println("PROBE " + round + " " + q + " -> " + answer.statusCode() + " " + ms + " ms, "
            + answer.body().length() + " chars");
      }
    }
  }
}
