package vn.dva.review;

import java.util.List;

/**
 * The reviews due in one year: {@code {"year":2023,"due":[…]}}.
 *
 * @param year the year asked for
 * @param due identities due, oldest issue first; never null
 */
public record ReviewList(int year, List<DueReview> due) {
  public ReviewList {
    due = due == null ? List.of() : List.copyOf(due);
  }
}
