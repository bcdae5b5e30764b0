package fr.permanence.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What is remembered about the latest replies, by id, within a fixed bound: the question a
 * reply answered (so that feedback knows it), the log's number of that question, the reply an
 * event carried on a platform. The oldest entry goes when the bound is reached; a vote on a
 * forgotten reply still counts, without what was remembered.
 *
 * <p>Thread-safe: every method locks the instance; adapters call it from their event threads.
 *
 * @param <V> what is remembered per reply
 */
public final class RecentReplies<V> {
  private final int capacity;
  private final Map<String, V> byId;

  /** @param capacity how many replies are remembered: at least one */
  public RecentReplies(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("a reply memory holds at least one reply: " + capacity);
    }
    this.capacity = capacity;
    // Access order: a reply people still vote on stays longer than one nobody looks at.
    this.byId = new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > RecentReplies.this.capacity;
      }
    };
  }

  /** Remembers {@code value} for reply {@code id}, forgetting the oldest reply when full. */
  public synchronized void put(String id, V value) {
    byId.put(id, value);
  }

  /** What is remembered for reply {@code id}, if it still is. */
  public synchronized Optional<V> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** How many replies are remembered now. */
  public synchronized int size() {
    return byId.size();
  }
}
