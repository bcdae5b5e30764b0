package fr.permanence.matrix;

import com.fasterxml.jackson.databind.JsonNode;
import fr.permanence.conversation.Role;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot knows of its rooms: who holds a role, and which rooms are direct conversations.
 *
 * <p>Roles come from {@link MatrixRoles}: the configured lists, and the power levels of the
 * control room for people joined to it; never from the room a message is sent in. Power levels
 * and members of the control room are read from the homeserver once, then kept current from the
 * sync's state and timeline events.
 *
 * <p>A room is direct when two people are joined to it, the bot and the member. The count comes
 * from the room {@code summary} (sent by Synapse when members are lazy-loaded, and only when it
 * changed), else from {@code /joined_members} when membership changed or the count is unknown. If
 * the server cannot say, a room the invitation or the account's {@code m.direct} marked direct is
 * direct, and last the members seen joined in the sync's state and timeline are counted (a server
 * that neither sends summaries nor answers {@code /joined_members} does not lazy-load members
 * either, so its state lists them all). Counts and marks are kept in {@link MatrixMemory} across
 * restarts.
 *
 * <p>Not thread-safe: used by the sync thread only.
 */
final class RoomState {
  private static final Logger LOG = LoggerFactory.getLogger(RoomState.class);
  /** The member and the bot. */
  private static final int DIRECT_ROOM_MEMBERS = 2;

  private final MatrixClient client;
  private final MatrixRoles config;
  private final MatrixMemory memory;
  /** Members seen joined in each room's state and timeline since the start, for the last resort count. */
  private final Map<String, Set<String>> seenJoined = new HashMap<>();
  private JsonNode controlLevels;
  private Set<String> controlMembers;

  RoomState(MatrixClient client, MatrixRoles config, MatrixMemory memory) {
    this.client = client;
    this.config = config;
    this.memory = memory;
  }

  /** Takes in one joined room's part of a sync: summary, power levels, membership changes. */
  void update(String roomId, JsonNode room) {
    JsonNode count = room.path("summary").path("m.joined_member_count");
    boolean membershipChanged = false;
    for (String section : new String[] {"state", "timeline"}) {
      for (JsonNode event : room.path(section).path("events")) {
        String type = event.path("type").asText();
        if (!event.has("state_key")) {
          continue;
        }
        if (type.equals("m.room.member")) {
          membershipChanged = true;
          Set<String> seen = seenJoined.computeIfAbsent(roomId, r -> new HashSet<>());
          if ("join".equals(event.path("content").path("membership").asText())) {
            seen.add(event.path("state_key").asText());
          } else {
            seen.remove(event.path("state_key").asText());
          }
          if (roomId.equals(config.controlRoom()) && controlMembers != null) {
            String who = event.path("state_key").asText();
            if ("join".equals(event.path("content").path("membership").asText())) {
              controlMembers.add(who);
            } else {
              controlMembers.remove(who);
            }
          }
        } else if (type.equals("m.room.power_levels") && roomId.equals(config.controlRoom())) {
          controlLevels = event.path("content");
        }
      }
    }
    if (count.canConvertToInt()) {
      memory.joinedCount(roomId, count.asInt());
    } else if (membershipChanged) {
      // Lazy-loaded state names only some members: counting them would make a big room look direct.
      memory.forgetJoinedCount(roomId);
    }
  }

  /** The invitation's member event said {@code is_direct}: a member opened a direct conversation. */
  void markDirect(String roomId) {
    memory.markDirect(roomId);
  }

  /** The account's {@code m.direct} data: for each person, the rooms that are direct conversations with them. */
  void directAccountData(JsonNode content) {
    for (Map.Entry<String, JsonNode> person : content.properties()) {
      for (JsonNode room : person.getValue()) {
        memory.markDirect(room.asText());
      }
    }
  }

  /** Whether {@code roomId} is a direct conversation between a member and the bot. */
  boolean direct(String roomId) throws IOException, InterruptedException {
    if (memory.joinedCount(roomId).isEmpty()) {
      try {
        memory.joinedCount(roomId, client.joinedMembers(roomId).size());
      } catch (MatrixException e) {
        if (e.transientFailure()) {
          throw e;
        }
        LOG.warn("cannot count the members of {}: {}", roomId, e.getMessage());
        Set<String> seen = seenJoined.getOrDefault(roomId, Set.of());
        return memory.markedDirect(roomId) || seen.size() == DIRECT_ROOM_MEMBERS;
      }
    }
    return memory.joinedCount(roomId).orElseThrow() == DIRECT_ROOM_MEMBERS;
  }

  /** What {@code userId} may do, wherever they write. */
  Set<Role> roles(String userId) throws IOException, InterruptedException {
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    if (config.trainers().contains(userId)) {
      roles.add(Role.TRAINER);
    }
    if (config.moderators().contains(userId)) {
      roles.add(Role.MODERATOR);
    }
    if (!config.controlRoom().isEmpty() && loadControlRoom() && controlMembers.contains(userId)) {
      JsonNode own = controlLevels.path("users").path(userId);
      int level = own.canConvertToInt() ? own.asInt() : controlLevels.path("users_default").asInt(0);
      if (level >= config.trainerLevel()) {
        roles.add(Role.TRAINER);
      }
      if (level >= config.moderatorLevel()) {
        roles.add(Role.MODERATOR);
      }
    }
    return roles;
  }

  /** Reads the control room's power levels and members once; false when the bot cannot read them. */
  private boolean loadControlRoom() throws IOException, InterruptedException {
    if (controlLevels != null && controlMembers != null) {
      return true;
    }
    try {
      if (controlMembers == null) {
        controlMembers = new HashSet<>(client.joinedMembers(config.controlRoom()));
      }
      if (controlLevels == null) {
        controlLevels = client.powerLevels(config.controlRoom());
      }
      return true;
    } catch (MatrixException e) {
      if (e.transientFailure()) {
        throw e;
      }
      // Tried again at the next command: the bot may be invited to the control room later.
      LOG.error("cannot read the control room {} (is the bot joined to it?): {}", config.controlRoom(), e.getMessage());
      return false;
    }
  }
}
