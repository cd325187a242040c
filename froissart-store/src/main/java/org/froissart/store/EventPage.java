package org.froissart.store;

import java.util.List;

/** One page of events, latest first, and how many match in all. */
public record EventPage(long total, List<StoredEvent> events) {
}
