package com.salesbot.adapter.mongo;

import static com.salesbot.adapter.mongo.Samples.ALICE;
import static com.salesbot.adapter.mongo.Samples.BOB;
import static com.salesbot.adapter.mongo.Samples.MARCH_3;
import static com.salesbot.adapter.mongo.Samples.sale;
import static com.salesbot.adapter.mongo.Samples.visit;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.customer.CustomerNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MongoCustomerNamesTest {
    @RegisterExtension
    static final MongoTestDatabase mongo = new MongoTestDatabase();

    private MongoStores stores;
    private CustomerNames names;

    @BeforeEach
    void openStores() {
        stores = new MongoStores(mongo.database());
        names = stores.customerNames();
    }

    @Test
    void namesFromVisitsAndSalesComeOnceInAlphabeticalOrder() {
        stores.visits().add(visit("v1", ALICE, "Globex", MARCH_3, "m1"));
        stores.visits().add(visit("v2", BOB, "Acme Corp", MARCH_3, "m2"));
        stores.sales().add(sale("s1", ALICE, "Globex", "100", MARCH_3, "m3"));
        stores.sales().add(sale("s2", ALICE, "华为技术", "100", MARCH_3, "m4"));

        assertThat(names.matching(Samples.TEAM, "", 25)).containsExactly("Acme Corp", "Globex", "华为技术");
    }

    @Test
    void whatWasTypedMatchesAnywhereIgnoringCaseAndIsNeverAPattern() {
        stores.visits().add(visit("v1", ALICE, "Acme Corp", MARCH_3, "m1"));
        stores.visits().add(visit("v2", ALICE, "Initech", MARCH_3, "m2"));
        stores.visits().add(visit("v3", ALICE, "华为技术", MARCH_3, "m3"));

        assertThat(names.matching(Samples.TEAM, "CORP", 25)).containsExactly("Acme Corp");
        assertThat(names.matching(Samples.TEAM, "华为", 25)).containsExactly("华为技术");
        assertThat(names.matching(Samples.TEAM, ".*", 25)).isEmpty();
    }

    @Test
    void anotherTeamsCustomersAreNotOffered() {
        stores.visits().add(visit("v1", ALICE, "Acme Corp", MARCH_3, "m1"));

        assertThat(names.matching("another-team", "", 25)).isEmpty();
    }

    @Test
    void theLimitCapsTheList() {
        for (int i = 0; i < 5; i++) {
            stores.visits().add(visit("v" + i, ALICE, "Customer " + i, MARCH_3, "m" + i));
        }

        assertThat(names.matching(Samples.TEAM, "customer", 3)).hasSize(3);
    }
}
