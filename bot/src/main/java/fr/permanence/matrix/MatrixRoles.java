package fr.permanence.matrix;

import java.util.Objects;
import java.util.Set;

/**
 * Who is a trainer or a moderator on Matrix. Roles never come from the room a message is sent
 * in: anyone can create a room, hold power level 100 there and invite the bot. They come from a
 * control room the union chose (its power levels, for people joined to it) or from lists of
 * Matrix ids; everyone else is a member.
 *
 * @param controlRoom the id of the control room ("!abc:example.org"), or "" for none
 * @param trainerLevel power level in the control room from which a person is a trainer
 * @param moderatorLevel power level in the control room from which a person is a corpus moderator
 * @param trainers Matrix ids of trainers, whatever the control room says
 * @param moderators Matrix ids of corpus moderators, whatever the control room says
 */
public record MatrixRoles(
    String controlRoom, int trainerLevel, int moderatorLevel, Set<String> trainers, Set<String> moderators) {
  /** Element's "Moderator": trainers read members' questions, a trusted but common role. */
  public static final int DEFAULT_TRAINER_LEVEL = 50;
  /** Element's "Admin": changing what the bot answers from is the most sensitive right. */
  public static final int DEFAULT_MODERATOR_LEVEL = 100;

  public MatrixRoles {
    controlRoom = controlRoom == null ? "" : controlRoom.strip();
    if (!controlRoom.isEmpty() && !controlRoom.matches("![^:\\s]+:\\S+")) {
      throw new IllegalArgumentException("the control room must be a room id like !abc:example.org: " + controlRoom);
    }
    trainers = Set.copyOf(Objects.requireNonNull(trainers, "trainers"));
    moderators = Set.copyOf(Objects.requireNonNull(moderators, "moderators"));
  }

  /** No control room and no list: every person is a member only. */
  public static MatrixRoles none() {
    return new MatrixRoles("", DEFAULT_TRAINER_LEVEL, DEFAULT_MODERATOR_LEVEL, Set.of(), Set.of());
  }

  /** Whether anyone at all can be a trainer or a moderator. */
  public boolean anyone() {
    return !controlRoom.isEmpty() || !trainers.isEmpty() || !moderators.isEmpty();
  }
}
