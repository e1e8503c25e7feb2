package com.salesbot.core.customer;

import java.util.List;

/** Port: the customer names a team has already logged visits or sales with. */
public interface CustomerNames {
    /**
     * Distinct names of the team's customers containing {@code typed} (ignoring case), at most
     * {@code limit}, in alphabetical order; an empty {@code typed} matches every name.
     */
    List<String> matching(String teamId, String typed, int limit);
}
